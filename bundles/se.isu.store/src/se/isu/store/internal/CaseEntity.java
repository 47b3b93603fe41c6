package se.isu.store.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
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

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "RESPONSIBLE_STAFF_ID")
	StaffEntity responsibleStaff;

	@ElementCollection
	@CollectionTable(name = "ISU_CASE_REASON", joinColumns = @JoinColumn(name = "CASE_ID"))
	@Column(name = "CODE")
	Set<Integer> actualisationReasons = new LinkedHashSet<>();

	@Column(name = "ORIGIN")
	Integer origin;

	@Column(name = "HOUSEHOLD_TYPE")
	Integer householdType;

	@Column(name = "PREVIOUS_CONTACT")
	Integer previousContact;

	@ElementCollection
	@CollectionTable(name = "ISU_CASE_PROBLEM", joinColumns = @JoinColumn(name = "CASE_ID"))
	@Column(name = "CODE")
	Set<Integer> problems = new LinkedHashSet<>();

	@Column(name = "DECISION_DATE")
	LocalDate decisionDate;

	@Column(name = "IMPLEMENTATION_VS_PLAN")
	Integer implementationVsPlan;

	@Column(name = "CLOSURE_REASON")
	Integer closureReason;

	/* Children load lazily (the case list needs none of them, the editor all) and keep the order the user gave them. */
	@OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderColumn(name = "POSITION")
	List<InterventionEntity> interventions = new ArrayList<>();

	@OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderColumn(name = "POSITION")
	List<FollowUpEntity> followUps = new ArrayList<>();

	@OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderColumn(name = "POSITION")
	List<OccasionEntity> occasions = new ArrayList<>();

	/** Who saved it last and when (V030): named to the next person whose save is refused as stale. */
	@Column(name = "CHANGED_BY")
	String changedBy;

	@Column(name = "CHANGED_AT")
	java.time.LocalDateTime changedAt;

	@Version
	@Column(name = "VERSION")
	long version;
}
