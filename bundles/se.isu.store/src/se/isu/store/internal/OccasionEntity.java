package se.isu.store.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "ISU_OCCASION")
public class OccasionEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "ID")
	Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "CASE_ID")
	CaseEntity owner;

	/** OccasionKind by name. */
	@Column(name = "KIND", nullable = false, length = 16)
	String kind;

	@Column(name = "PLANNED_DATE")
	LocalDate plannedDate;

	/** OccasionStatus by name. */
	@Column(name = "STATUS", nullable = false, length = 16)
	String status;

	@Column(name = "DONE_DATE")
	LocalDate doneDate;

	@Column(name = "NOT_DONE_REASON")
	Integer notDoneReason;

	@Column(name = "B1A")
	Integer b1a;

	@Column(name = "B1B")
	Integer b1b;

	@Column(name = "B2")
	Integer b2;

	@Column(name = "B3")
	Integer b3;

	@Column(name = "B4")
	Integer b4;

	@Column(name = "B5")
	Integer b5;
}
