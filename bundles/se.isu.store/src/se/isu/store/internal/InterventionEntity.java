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
@Table(name = "ISU_INTERVENTION")
public class InterventionEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "ID")
	Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "CASE_ID")
	CaseEntity owner;

	@Column(name = "TYPE_CODE", nullable = false)
	Integer typeCode;

	@Column(name = "DECISION_DATE")
	LocalDate decisionDate;

	@Column(name = "START_DATE")
	LocalDate startDate;

	@Column(name = "END_DATE")
	LocalDate endDate;

	/** The provider register's id (ISU_PROVIDER), kept as a plain column: the case aggregate does not own providers. */
	@Column(name = "PROVIDER_ID")
	Long providerId;
}
