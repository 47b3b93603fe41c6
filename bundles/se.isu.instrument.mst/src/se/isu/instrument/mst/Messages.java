package se.isu.instrument.mst;

import org.eclipse.osgi.util.NLS;

/**
 * MST's own texts, Swedish in messages.properties and English in messages_en.properties, chosen by the workbench's
 * language. Item wording lives in the definitions' properties files.
 */
public final class Messages extends NLS {

	public static String tamr_collectorIsTherapist;
	public static String pir_title;
	public static String pir_description;
	public static String pir_note;
	public static String pir_noteSuppression;
	public static String pir_wholePeriod;
	public static String pir_met;
	public static String pir_notMet;
	public static String pir_notJudged;
	public static String pir_livingAtHome;
	public static String pir_schoolOrWork;
	public static String pir_noNewArrests;
	public static String pir_tamrMean;
	public static String pir_tamrAbove;
	public static String pir_completed;
	public static String pir_lackOfEngagement;
	public static String pir_placed;
	public static String pir_lengthOfStay;
	public static String pir_goalAtLeast;
	public static String pir_goalAtLeastPercent;
	public static String pir_goalBelowPercent;
	public static String pir_goalDays;
	public static String change_title;
	public static String change_description;
	public static String change_note;
	public static String change_stepEnd;
	public static String change_step6;
	public static String change_step12;
	public static String change_hidden;
	public static String change_improved;
	public static String change_unchanged;
	public static String change_worse;
	public static String area_F1;
	public static String area_F2;
	public static String area_F3;
	public static String area_F4;
	public static String area_F5;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
