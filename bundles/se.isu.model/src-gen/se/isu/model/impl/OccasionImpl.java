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

import se.isu.model.IsuPackage;
import se.isu.model.Occasion;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Occasion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.isu.model.impl.OccasionImpl#getId <em>Id</em>}</li>
 *   <li>{@link se.isu.model.impl.OccasionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link se.isu.model.impl.OccasionImpl#getPlannedDate <em>Planned Date</em>}</li>
 *   <li>{@link se.isu.model.impl.OccasionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link se.isu.model.impl.OccasionImpl#getDoneDate <em>Done Date</em>}</li>
 *   <li>{@link se.isu.model.impl.OccasionImpl#getNotDoneReason <em>Not Done Reason</em>}</li>
 *   <li>{@link se.isu.model.impl.OccasionImpl#getFormsDue <em>Forms Due</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OccasionImpl extends MinimalEObjectImpl.Container implements Occasion {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final OccasionKind KIND_EDEFAULT = OccasionKind.INTAKE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected OccasionKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedDate() <em>Planned Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANNED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedDate() <em>Planned Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate plannedDate = PLANNED_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final OccasionStatus STATUS_EDEFAULT = OccasionStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected OccasionStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoneDate() <em>Done Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoneDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DONE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDoneDate() <em>Done Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoneDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate doneDate = DONE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotDoneReason() <em>Not Done Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotDoneReason()
	 * @generated
	 * @ordered
	 */
	protected static final Integer NOT_DONE_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotDoneReason() <em>Not Done Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotDoneReason()
	 * @generated
	 * @ordered
	 */
	protected Integer notDoneReason = NOT_DONE_REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFormsDue() <em>Forms Due</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormsDue()
	 * @generated
	 * @ordered
	 */
	protected EList<String> formsDue;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OccasionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IsuPackage.Literals.OCCASION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.OCCASION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OccasionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OccasionKind newKind) {
		OccasionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.OCCASION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlannedDate() {
		return plannedDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedDate(LocalDate newPlannedDate) {
		LocalDate oldPlannedDate = plannedDate;
		plannedDate = newPlannedDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.OCCASION__PLANNED_DATE, oldPlannedDate, plannedDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OccasionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(OccasionStatus newStatus) {
		OccasionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.OCCASION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDoneDate() {
		return doneDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoneDate(LocalDate newDoneDate) {
		LocalDate oldDoneDate = doneDate;
		doneDate = newDoneDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.OCCASION__DONE_DATE, oldDoneDate, doneDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getNotDoneReason() {
		return notDoneReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotDoneReason(Integer newNotDoneReason) {
		Integer oldNotDoneReason = notDoneReason;
		notDoneReason = newNotDoneReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IsuPackage.OCCASION__NOT_DONE_REASON, oldNotDoneReason, notDoneReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFormsDue() {
		if (formsDue == null) {
			formsDue = new EDataTypeUniqueEList<String>(String.class, this, IsuPackage.OCCASION__FORMS_DUE);
		}
		return formsDue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IsuPackage.OCCASION__ID:
				return getId();
			case IsuPackage.OCCASION__KIND:
				return getKind();
			case IsuPackage.OCCASION__PLANNED_DATE:
				return getPlannedDate();
			case IsuPackage.OCCASION__STATUS:
				return getStatus();
			case IsuPackage.OCCASION__DONE_DATE:
				return getDoneDate();
			case IsuPackage.OCCASION__NOT_DONE_REASON:
				return getNotDoneReason();
			case IsuPackage.OCCASION__FORMS_DUE:
				return getFormsDue();
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
			case IsuPackage.OCCASION__ID:
				setId((Long)newValue);
				return;
			case IsuPackage.OCCASION__KIND:
				setKind((OccasionKind)newValue);
				return;
			case IsuPackage.OCCASION__PLANNED_DATE:
				setPlannedDate((LocalDate)newValue);
				return;
			case IsuPackage.OCCASION__STATUS:
				setStatus((OccasionStatus)newValue);
				return;
			case IsuPackage.OCCASION__DONE_DATE:
				setDoneDate((LocalDate)newValue);
				return;
			case IsuPackage.OCCASION__NOT_DONE_REASON:
				setNotDoneReason((Integer)newValue);
				return;
			case IsuPackage.OCCASION__FORMS_DUE:
				getFormsDue().clear();
				getFormsDue().addAll((Collection<? extends String>)newValue);
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
			case IsuPackage.OCCASION__ID:
				setId(ID_EDEFAULT);
				return;
			case IsuPackage.OCCASION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case IsuPackage.OCCASION__PLANNED_DATE:
				setPlannedDate(PLANNED_DATE_EDEFAULT);
				return;
			case IsuPackage.OCCASION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case IsuPackage.OCCASION__DONE_DATE:
				setDoneDate(DONE_DATE_EDEFAULT);
				return;
			case IsuPackage.OCCASION__NOT_DONE_REASON:
				setNotDoneReason(NOT_DONE_REASON_EDEFAULT);
				return;
			case IsuPackage.OCCASION__FORMS_DUE:
				getFormsDue().clear();
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
			case IsuPackage.OCCASION__ID:
				return id != ID_EDEFAULT;
			case IsuPackage.OCCASION__KIND:
				return kind != KIND_EDEFAULT;
			case IsuPackage.OCCASION__PLANNED_DATE:
				return PLANNED_DATE_EDEFAULT == null ? plannedDate != null : !PLANNED_DATE_EDEFAULT.equals(plannedDate);
			case IsuPackage.OCCASION__STATUS:
				return status != STATUS_EDEFAULT;
			case IsuPackage.OCCASION__DONE_DATE:
				return DONE_DATE_EDEFAULT == null ? doneDate != null : !DONE_DATE_EDEFAULT.equals(doneDate);
			case IsuPackage.OCCASION__NOT_DONE_REASON:
				return NOT_DONE_REASON_EDEFAULT == null ? notDoneReason != null : !NOT_DONE_REASON_EDEFAULT.equals(notDoneReason);
			case IsuPackage.OCCASION__FORMS_DUE:
				return formsDue != null && !formsDue.isEmpty();
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", plannedDate: ");
		result.append(plannedDate);
		result.append(", status: ");
		result.append(status);
		result.append(", doneDate: ");
		result.append(doneDate);
		result.append(", notDoneReason: ");
		result.append(notDoneReason);
		result.append(", formsDue: ");
		result.append(formsDue);
		result.append(')');
		return result.toString();
	}

} //OccasionImpl
