package se.isu.store.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

	/** Instrument ids of the forms due at the occasion (decision 77); none for a case-level occasion. */
	@ElementCollection
	@CollectionTable(name = "ISU_OCCASION_FORM", joinColumns = @JoinColumn(name = "OCCASION_ID"))
	@Column(name = "INSTRUMENT_ID")
	Set<String> formsDue = new LinkedHashSet<>();
}
