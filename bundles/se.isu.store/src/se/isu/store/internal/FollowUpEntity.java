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
@Table(name = "ISU_FOLLOW_UP")
public class FollowUpEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "ID")
	Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "CASE_ID")
	CaseEntity owner;

	@Column(name = "FOLLOW_UP_DATE")
	LocalDate date;

	@ElementCollection
	@CollectionTable(name = "ISU_FOLLOW_UP_COOPERATION", joinColumns = @JoinColumn(name = "FOLLOW_UP_ID"))
	@Column(name = "CODE")
	Set<Integer> cooperation = new LinkedHashSet<>();

	@Column(name = "COORDINATED_PLAN")
	Integer coordinatedPlan;

	@Column(name = "PARALLEL_INTERVENTIONS")
	Integer parallelInterventions;

	@Column(name = "GOAL_ATTAINMENT")
	Integer goalAttainment;
}
