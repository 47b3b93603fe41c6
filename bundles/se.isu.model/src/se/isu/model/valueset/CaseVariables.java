package se.isu.model.valueset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;

import se.isu.model.IsuPackage;

/**
 * The coded case variables (SKL's and the workbench's own), read from their one home: the model's annotations
 * ({@value ValueSets#ANNOTATION}, keys {@code valueSet} and {@code variable}) on the attributes that hold them. The
 * store's compilation SQL, core and the compile view take the list from here (decision 64); their names and codes
 * come from the value sets.
 */
public final class CaseVariables {

	/**
	 * One coded variable.
	 *
	 * @param valueSet  the value set id, which is also the variable's id in compilations ({@code skl.ursprung})
	 * @param number    SKL's variable number, or null for the workbench's own
	 * @param attribute the model attribute that holds it
	 */
	public record CaseVariable(String valueSet, Integer number, EAttribute attribute) {

		/** {@code IsuCase.origin}: the class and attribute, how the store names its column. */
		public String feature() {
			return attribute.getEContainingClass().getName() + "." + attribute.getName();
		}
	}

	private static final List<CaseVariable> ALL = read();

	private CaseVariables() {
	}

	/** Every coded variable, by SKL number (the workbench's own last). */
	public static List<CaseVariable> all() {
		return ALL;
	}

	public static Optional<CaseVariable> of(String valueSet) {
		return ALL.stream().filter(v -> v.valueSet().equals(valueSet)).findFirst();
	}

	private static List<CaseVariable> read() {
		List<CaseVariable> variables = new ArrayList<>();
		for (EClassifier classifier : IsuPackage.eINSTANCE.getEClassifiers()) {
			if (!(classifier instanceof EClass type)) {
				continue;
			}
			for (EAttribute attribute : type.getEAttributes()) {
				EAnnotation annotation = attribute.getEAnnotation(ValueSets.ANNOTATION);
				if (annotation == null || annotation.getDetails().get("valueSet") == null) {
					continue;
				}
				String number = annotation.getDetails().get("variable");
				variables.add(new CaseVariable(annotation.getDetails().get("valueSet"),
						number == null || number.isBlank() ? null : Integer.valueOf(number.strip()), attribute));
			}
		}
		variables.sort(Comparator.comparing(CaseVariable::number, Comparator.nullsLast(Comparator.naturalOrder())));
		return List.copyOf(variables);
	}
}
