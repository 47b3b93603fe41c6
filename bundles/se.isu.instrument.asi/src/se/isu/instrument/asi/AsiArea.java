package se.isu.instrument.asi;

import java.util.List;

/**
 * The seven ASI life areas and the ids of the items every area closes with. The ids are the same in Grund and
 * Uppföljning (docs/instruments/asi.md), which is what makes change Grund → Uppföljning comparable per area.
 */
public enum AsiArea {

	PHYSICAL("B", "B9", "B10", "B11", "B12", "cs.fysisk"),
	WORK("C", "C22", "C23", "C24", "C25", "cs.arbete"),
	ALCOHOL("D", "D14", "D15", "D16", "D17", "cs.alkohol"),
	DRUGS("E", "E35", "E36", "E37", "E38", "cs.narkotika"),
	LEGAL("F", "F18", "F19", "F20", "F21", "cs.rattsligt"),
	FAMILY("H", "H29", "H30", "H31", "H32", "cs.familj"),
	PSYCHIATRIC("I", "I20", "I21", "I22", "I23", "cs.psykisk");

	/** Interviewer ratings from 4 up read "help is needed" (the bands 4–5, 6–7, 8–9). */
	public static final int HELP_NEEDED_FROM = 4;

	public final String section;
	public final String problemDays;
	public final String worry;
	public final String helpNeed;
	public final String interviewerRating;
	public final String compositeScore;

	AsiArea(String section, String problemDays, String worry, String helpNeed, String interviewerRating,
			String compositeScore) {
		this.section = section;
		this.problemDays = problemDays;
		this.worry = worry;
		this.helpNeed = helpNeed;
		this.interviewerRating = interviewerRating;
		this.compositeScore = compositeScore;
	}

	/** The area's name as units speak of it, in the workbench's language. */
	public String label() {
		return switch (this) {
		case PHYSICAL -> Messages.area_PHYSICAL;
		case WORK -> Messages.area_WORK;
		case ALCOHOL -> Messages.area_ALCOHOL;
		case DRUGS -> Messages.area_DRUGS;
		case LEGAL -> Messages.area_LEGAL;
		case FAMILY -> Messages.area_FAMILY;
		case PSYCHIATRIC -> Messages.area_PSYCHIATRIC;
		};
	}

	public static List<String> interviewerRatings() {
		return List.of(values()).stream().map(a -> a.interviewerRating).toList();
	}
}
