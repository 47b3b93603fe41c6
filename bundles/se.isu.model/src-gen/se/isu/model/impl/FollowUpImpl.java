/**
 */
package se.isu.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import se.isu.model.FollowUp;
import se.isu.model.IsuPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Follow Up</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.impl.FollowUpImpl#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.impl.FollowUpImpl#getDate <em>Date</em>}</li>
 *   <li>{@link se.isu.model.impl.FollowUpImpl#getCooperation <em>Cooperation</em>}</li>
 *   <li>{@link se.isu.model.impl.FollowUpImpl#getCoordinatedPlan <em>Coordinated Plan</em>}</li>
 *   <li>{@link se.isu.model.impl.FollowUpImpl#getParallelInterventions <em>Parallel Interventions</em>}</li>
 *   <li>{@link se.isu.model.impl.FollowUpImpl#getGoalAttainment <em>Goal Attainment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FollowUpImpl extends MinimalEObjectImpl.Container implements FollowUp {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final long ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected long id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCooperation() <em>Cooperation</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCooperation()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> cooperation;

	/**
	 * The default value of the '{@link #getCoordinatedPlan() <em>Coordinated Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoordinatedPlan()
	 * @generated
	 * @ordered
	 */
	protected static final Integer COORDINATED_PLAN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCoordinatedPlan() <em>Coordinated Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoordinatedPlan()
	 * @generated
	 * @ordered
	 */
	protected Integer coordinatedPlan = COORDINATED_PLAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getParallelInterventions() <em>Parallel Interventions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParallelInterventions()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PARALLEL_INTERVENTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParallelInterventions() <em>Parallel Interventions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParallelInterventions()
	 * @generated
	 * @ordered
	 */
	protected Integer parallelInterventions = PARALLEL_INTERVENTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getGoalAttainment() <em>Goal Attainment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoalAttainment()
	 * @generated
	 * @ordered
	 */
	protected static final Integer GOAL_ATTAINMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGoalAttainment() <em>Goal Attainment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoalAttainment()
	 * @generated
	 * @ordered
	 */
	protected Integer goalAttainment = GOAL_ATTAINMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FollowUpImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IsuPackage.Literals.FOLLOW_UP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(long newId) {
		long oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.FOLLOW_UP__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.FOLLOW_UP__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getCooperation() {
		if (cooperation == null) {
			cooperation = new EDataTypeUniqueEList<Integer>(Integer.class, this, IsuPackage.FOLLOW_UP__COOPERATION);
		}
		return cooperation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCoordinatedPlan() {
		return coordinatedPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoordinatedPlan(Integer newCoordinatedPlan) {
		Integer oldCoordinatedPlan = coordinatedPlan;
		coordinatedPlan = newCoordinatedPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.FOLLOW_UP__COORDINATED_PLAN, oldCoordinatedPlan, coordinatedPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getParallelInterventions() {
		return parallelInterventions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParallelInterventions(Integer newParallelInterventions) {
		Integer oldParallelInterventions = parallelInterventions;
		parallelInterventions = newParallelInterventions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.FOLLOW_UP__PARALLEL_INTERVENTIONS, oldParallelInterventions, parallelInterventions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getGoalAttainment() {
		return goalAttainment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoalAttainment(Integer newGoalAttainment) {
		Integer oldGoalAttainment = goalAttainment;
		goalAttainment = newGoalAttainment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.FOLLOW_UP__GOAL_ATTAINMENT, oldGoalAttainment, goalAttainment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IsuPackage.FOLLOW_UP__ID:
				return getId();
			case IsuPackage.FOLLOW_UP__DATE:
				return getDate();
			case IsuPackage.FOLLOW_UP__COOPERATION:
				return getCooperation();
			case IsuPackage.FOLLOW_UP__COORDINATED_PLAN:
				return getCoordinatedPlan();
			case IsuPackage.FOLLOW_UP__PARALLEL_INTERVENTIONS:
				return getParallelInterventions();
			case IsuPackage.FOLLOW_UP__GOAL_ATTAINMENT:
				return getGoalAttainment();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case IsuPackage.FOLLOW_UP__ID:
				setId((Long)newValue);
				return;
			case IsuPackage.FOLLOW_UP__DATE:
				setDate((LocalDate)newValue);
				return;
			case IsuPackage.FOLLOW_UP__COOPERATION:
				getCooperation().clear();
				getCooperation().addAll((Collection<? extends Integer>)newValue);
				return;
			case IsuPackage.FOLLOW_UP__COORDINATED_PLAN:
				setCoordinatedPlan((Integer)newValue);
				return;
			case IsuPackage.FOLLOW_UP__PARALLEL_INTERVENTIONS:
				setParallelInterventions((Integer)newValue);
				return;
			case IsuPackage.FOLLOW_UP__GOAL_ATTAINMENT:
				setGoalAttainment((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case IsuPackage.FOLLOW_UP__ID:
				setId(ID_EDEFAULT);
				return;
			case IsuPackage.FOLLOW_UP__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case IsuPackage.FOLLOW_UP__COOPERATION:
				getCooperation().clear();
				return;
			case IsuPackage.FOLLOW_UP__COORDINATED_PLAN:
				setCoordinatedPlan(COORDINATED_PLAN_EDEFAULT);
				return;
			case IsuPackage.FOLLOW_UP__PARALLEL_INTERVENTIONS:
				setParallelInterventions(PARALLEL_INTERVENTIONS_EDEFAULT);
				return;
			case IsuPackage.FOLLOW_UP__GOAL_ATTAINMENT:
				setGoalAttainment(GOAL_ATTAINMENT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case IsuPackage.FOLLOW_UP__ID:
				return id != ID_EDEFAULT;
			case IsuPackage.FOLLOW_UP__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case IsuPackage.FOLLOW_UP__COOPERATION:
				return cooperation != null && !cooperation.isEmpty();
			case IsuPackage.FOLLOW_UP__COORDINATED_PLAN:
				return COORDINATED_PLAN_EDEFAULT == null ? coordinatedPlan != null : !COORDINATED_PLAN_EDEFAULT.equals(coordinatedPlan);
			case IsuPackage.FOLLOW_UP__PARALLEL_INTERVENTIONS:
				return PARALLEL_INTERVENTIONS_EDEFAULT == null ? parallelInterventions != null : !PARALLEL_INTERVENTIONS_EDEFAULT.equals(parallelInterventions);
			case IsuPackage.FOLLOW_UP__GOAL_ATTAINMENT:
				return GOAL_ATTAINMENT_EDEFAULT == null ? goalAttainment != null : !GOAL_ATTAINMENT_EDEFAULT.equals(goalAttainment);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", date: ");
		result.append(date);
		result.append(", cooperation: ");
		result.append(cooperation);
		result.append(", coordinatedPlan: ");
		result.append(coordinatedPlan);
		result.append(", parallelInterventions: ");
		result.append(parallelInterventions);
		result.append(", goalAttainment: ");
		result.append(goalAttainment);
		result.append(')');
		return result.toString();
	}

} //FollowUpImpl
