/**
 */
package se.isu.model.instrument.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import se.isu.model.instrument.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see se.isu.model.instrument.InstrumentPackage
 * @generated
 */
public class InstrumentAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static InstrumentPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InstrumentAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = InstrumentPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstrumentSwitch<Adapter> modelSwitch =
		new InstrumentSwitch<Adapter>() {
			@Override
			public Adapter caseInstrumentDefinition(InstrumentDefinition object) {
				return createInstrumentDefinitionAdapter();
			}
			@Override
			public Adapter caseScheduleRule(ScheduleRule object) {
				return createScheduleRuleAdapter();
			}
			@Override
			public Adapter casePrerequisite(Prerequisite object) {
				return createPrerequisiteAdapter();
			}
			@Override
			public Adapter caseMissingCode(MissingCode object) {
				return createMissingCodeAdapter();
			}
			@Override
			public Adapter caseChoiceSet(ChoiceSet object) {
				return createChoiceSetAdapter();
			}
			@Override
			public Adapter caseChoice(Choice object) {
				return createChoiceAdapter();
			}
			@Override
			public Adapter caseScaleBand(ScaleBand object) {
				return createScaleBandAdapter();
			}
			@Override
			public Adapter caseSection(Section object) {
				return createSectionAdapter();
			}
			@Override
			public Adapter caseItemGroup(ItemGroup object) {
				return createItemGroupAdapter();
			}
			@Override
			public Adapter caseItem(Item object) {
				return createItemAdapter();
			}
			@Override
			public Adapter caseScoreDefinition(ScoreDefinition object) {
				return createScoreDefinitionAdapter();
			}
			@Override
			public Adapter caseScoreBand(ScoreBand object) {
				return createScoreBandAdapter();
			}
			@Override
			public Adapter caseScoreComponent(ScoreComponent object) {
				return createScoreComponentAdapter();
			}
			@Override
			public Adapter caseUnitOverlay(UnitOverlay object) {
				return createUnitOverlayAdapter();
			}
			@Override
			public Adapter caseAddedItem(AddedItem object) {
				return createAddedItemAdapter();
			}
			@Override
			public Adapter caseAssessment(Assessment object) {
				return createAssessmentAdapter();
			}
			@Override
			public Adapter caseAnswer(Answer object) {
				return createAnswerAdapter();
			}
			@Override
			public Adapter caseScore(Score object) {
				return createScoreAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link se.isu.model.instrument.InstrumentDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.model.instrument.InstrumentDefinition
	 * @generated
	 */
	public Adapter createInstrumentDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.model.instrument.ScheduleRule <em>Schedule Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.model.instrument.ScheduleRule
	 * @generated
	 */
	public Adapter createScheduleRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.model.instrument.Prerequisite <em>Prerequisite</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.model.instrument.Prerequisite
	 * @generated
	 */
	public Adapter createPrerequisiteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.model.instrument.MissingCode <em>Missing Code</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.model.instrument.MissingCode
	 * @generated
	 */
	public Adapter createMissingCodeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.model.instrument.ChoiceSet <em>Choice Set</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.model.instrument.ChoiceSet
	 * @generated
	 */
	public Adapter createChoiceSetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.model.instrument.Choice <em>Choice</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.model.instrument.Choice
	 * @generated
	 */
	public Adapter createChoiceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.model.instrument.ScaleBand <em>Scale Band</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.model.instrument.ScaleBand
	 * @generated
	 */
	public Adapter createScaleBandAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.model.instrument.Section <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.model.instrument.Section
	 * @generated
	 */
	public Adapter createSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.model.instrument.ItemGroup <em>Item Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.model.instrument.ItemGroup
	 * @generated
	 */
	public Adapter createItemGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.model.instrument.Item <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.model.instrument.Item
	 * @generated
	 */
	public Adapter createItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.model.instrument.ScoreDefinition <em>Score Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.model.instrument.ScoreDefinition
	 * @generated
	 */
	public Adapter createScoreDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.model.instrument.ScoreBand <em>Score Band</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.model.instrument.ScoreBand
	 * @generated
	 */
	public Adapter createScoreBandAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.model.instrument.ScoreComponent <em>Score Component</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.model.instrument.ScoreComponent
	 * @generated
	 */
	public Adapter createScoreComponentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.model.instrument.UnitOverlay <em>Unit Overlay</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.model.instrument.UnitOverlay
	 * @generated
	 */
	public Adapter createUnitOverlayAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.model.instrument.AddedItem <em>Added Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.model.instrument.AddedItem
	 * @generated
	 */
	public Adapter createAddedItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.model.instrument.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.model.instrument.Assessment
	 * @generated
	 */
	public Adapter createAssessmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.model.instrument.Answer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.model.instrument.Answer
	 * @generated
	 */
	public Adapter createAnswerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.isu.model.instrument.Score <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.isu.model.instrument.Score
	 * @generated
	 */
	public Adapter createScoreAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //InstrumentAdapterFactory
