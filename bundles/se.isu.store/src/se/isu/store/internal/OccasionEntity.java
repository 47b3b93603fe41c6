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






}
