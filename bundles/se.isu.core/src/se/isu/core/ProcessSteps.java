package se.isu.core;

import se.isu.model.ProcessStep;

/** The names of SKL's seven process steps as a person reads them (NLS: Swedish, English), for every bundle. */
public final class ProcessSteps {

	private ProcessSteps() {
	}

	public static String label(ProcessStep step) {
		return switch (step) {
		case AKTUALISERA -> Messages.step_AKTUALISERA;
		case UTREDA -> Messages.step_UTREDA;
		case BESLUTA -> Messages.step_BESLUTA;
		case UTFORMA_UPPDRAG -> Messages.step_UTFORMA_UPPDRAG;
		case GENOMFORA -> Messages.step_GENOMFORA;
		case FOLJA_UPP -> Messages.step_FOLJA_UPP;
		case AVSLUTA -> Messages.step_AVSLUTA;
		};
	}
}
