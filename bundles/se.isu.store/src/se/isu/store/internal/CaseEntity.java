package se.isu.store.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "ISU_CASE")
public class CaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "ID")
	Long id;

	@Column(name = "CASE_NUMBER", nullable = false, length = 32)
	String caseNumber;

	@ManyToOne(optional = false, fetch = FetchType.EAGER)
	@JoinColumn(name = "CLIENT_ID")
	ClientEntity client;

	@ManyToOne(optional = false, fetch = FetchType.EAGER)
	@JoinColumn(name = "UNIT_ID")
	UnitEntity unit;

	/** Stored by name so a reordered enum never rewrites history. */
	@Column(name = "STATUS", nullable = false, length = 16)
	String status;

	@Column(name = "CURRENT_STEP", nullable = false, length = 32)
	String currentStep;

	@Column(name = "ACTUALISATION_DATE")
	LocalDate actualisationDate;

	@Column(name = "CLOSURE_DATE")
	LocalDate closureDate;

	@Version
	@Column(name = "VERSION")
	long version;
}
