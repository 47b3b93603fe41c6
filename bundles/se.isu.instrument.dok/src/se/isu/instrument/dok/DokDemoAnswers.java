package se.isu.instrument.dok;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import se.isu.instrument.api.FormView;

/**
 * Coherent synthetic DOK family interviews for demo data: one client's story drawn at intake (primary substance,
 * severity, gambling for SpelDOK, housing for boendeDOK) and carried to the later occasions, where most clients get
 * somewhat better, some stay and a few get worse. Days of use agree with the substance rows, the change questions
 * agree with the situation, the client's change rating agrees with what changed. Later interviews are declined often
 * (seed 000: 60-65 % dropout at the closing DOK), which the demo records as an occasion not done.
 */
public final class DokDemoAnswers {

	/** Share of interviews declined, by occasion kind: the closing DOK is missed most (seed 000). */
	static final Map<String, Integer> DECLINE_PERCENT = Map.of("INTAKE", 0, "INTERIM", 30, "DISCHARGE", 60, "FOLLOW_UP", 50);

	private final Random random;

	public DokDemoAnswers(Random random) {
		this.random = random;
	}

	/**
	 * The answers of one interview, item id (or row id) to canonical text, or empty when the client declines it.
	 *
	 * @param occasionKind INTAKE, INTERIM, DISCHARGE or FOLLOW_UP
	 * @param female the client's sex as the case records it
	 * @param earlier this client's earlier answers of the family's forms, by instrument id (the intake's if any)
	 */
	public Optional<Map<String, String>> answers(FormView form, String occasionKind, boolean female, int age,
			LocalDate on, Map<String, Map<String, String>> earlier) {
		if (random.nextInt(100) < DECLINE_PERCENT.getOrDefault(occasionKind, 0)) {
			return Optional.empty();
		}
		String family = form.instrumentId().substring(0, form.instrumentId().indexOf('.'));
		Map<String, String> intake = earlier.getOrDefault(family + ".inskrivning", Map.of());
		boolean isIntake = "INTAKE".equals(occasionKind) || intake.isEmpty();
		// how this client changed since intake: 1 worse, 0 unchanged, -1 better (the day counts shrink)
		int direction = isIntake ? 0 : pick(15, 25, 60);
		Map<String, String> a = new LinkedHashMap<>();
		a.put("adm_datum", on.toString());
		a.put("adm_intervjuform", random.nextInt(100) < 85 ? "1" : "2");
		a.put("adm_tolk", random.nextInt(100) < 6 ? "1" : "0");
		// the closing interviews may be done by staff alone (seed 000); the others always with the client
		boolean client = form.item("adm_klientdeltar").isEmpty() || random.nextInt(100) < 80;
		a.put("adm_klientdeltar", client ? "1" : "0");

		a.put("bakgrund_kon", female ? "1" : "2");
		a.put("bakgrund_alder", Integer.toString(Math.max(18, age)));
		a.put("bakgrund_fodelseland", weighted("1", 80, "2", 5, "3", 7, "4", 8));
		a.put("bakgrund_foraldrar", weighted("1", 75, "2", 10, "3", 15));
		a.put("bakgrund_civil", weighted("1", 55, "2", 30, "3", 10, "4", 5));
		int children = random.nextInt(100) < 45 ? 1 + random.nextInt(3) : 0;
		a.put("bakgrund_barn", Integer.toString(children));
		a.put("bakgrund_barnbor", Integer.toString(children == 0 ? 0 : random.nextInt(children + 1)));
		a.put("bakgrund_forsorjning", weighted("1", 30, "4", 25, "6", 35, "9", 10));

		// the substance rows: the intake's rows carried on, their days moved by the direction of change
		List<String[]> rows = isIntake ? newRows(family) : carriedRows(intake, direction);
		int alcohol = 0;
		int drugs = 0;
		int any = 0;
		boolean injects = false;
		for (int i = 0; i < rows.size(); i++) {
			String[] r = rows.get(i);
			String row = "substanser[" + (i + 1) + "].";
			a.put(row + "substans", r[0]);
			a.put(row + "dagar30", r[1]);
			a.put(row + "debutalder", r[2]);
			a.put(row + "intag", r[3]);
			a.put(row + "primar", r[4]);
			int days = Integer.parseInt(r[1]);
			any = Math.max(any, days);
			if ("1".equals(r[0])) {
				alcohol = days;
			} else {
				drugs = Math.max(drugs, days);
			}
			injects |= "4".equals(r[3]) && days > 0;
		}
		a.put("droger_alkohol30", Integer.toString(alcohol));
		a.put("droger_berusad30", Integer.toString(alcohol == 0 ? 0 : random.nextInt(alcohol + 1)));
		a.put("droger_narkotika30", Integer.toString(drugs));
		a.put("droger_dagar30", Integer.toString(Math.min(30, Math.max(any, Math.min(30, alcohol + drugs / 2)))));
		a.put("droger_injicerat", injects || random.nextInt(100) < 10 ? "1" : "0");
		a.put("droger_injicerat30", injects ? "1" : "0");
		a.put("droger_overdos", injects && random.nextBoolean() ? "1" : "0");

		// severity: how hard the substance use is now, 0..1, drives the other areas
		double severity = Math.min(1.0, any / 30.0 + (injects ? 0.2 : 0));
		boolean homeless = chance(severity * 25) || (!isIntake && "1".equals(intake.get("boende_bostadslos30")) && direction >= 0);
		a.put("boende_typ", homeless ? weighted("7", 60, "8", 20, "4", 20) : weighted("1", 65, "2", 15, "3", 10, "5", 10));
		a.put("boende_bostadslos", homeless || chance(10) ? "1" : "0");
		a.put("boende_bostadslos30", homeless ? "1" : "0");
		a.put("boende_vrakt", chance(15 + severity * 20) ? "1" : "0");
		a.put("boende_medmissbruk", chance(20) ? "1" : "0");
		a.put("boende_kontrakt", homeless ? "4" : weighted("1", 55, "2", 15, "3", 30));
		a.put("boende_hyresskuld", chance(20 + severity * 30) ? "1" : "0");
		a.put("boende_storning30", chance(10 + severity * 20) ? "1" : "0");
		boolean losingHome = homeless || chance(15 + severity * 35);
		a.put("boende_vrakningsrisk", losingHome ? "1" : "0");

		int conflict = days(severity * 8);
		a.put("familj_narstaende", chance(75 - severity * 30) ? "1" : "0");
		a.put("familj_konflikt30", Integer.toString(conflict));
		a.put("familj_umgangedroger", chance(20 + severity * 40) ? "1" : "0");
		a.put("familj_barnkontakt", chance(60) ? "1" : "0");
		a.put("relationer_narstaende", a.get("familj_narstaende"));
		a.put("relationer_konflikt30", Integer.toString(conflict));
		a.put("relationer_ensam", chance(40 + severity * 20) ? "1" : "0");

		a.put("uppvaxt_missbruk", chance(35) ? "1" : "0");
		a.put("uppvaxt_psykisk", chance(20) ? "1" : "0");
		a.put("uppvaxt_placerad", chance(12) ? "1" : "0");
		a.put("uppvaxt_vald", chance(25) ? "1" : "0");

		boolean working = chance(55 - severity * 40);
		a.put("forsorjning_utbildning", weighted("1", 10, "2", 30, "3", 45, "4", 15));
		a.put("forsorjning_huvudkalla", working ? "1" : weighted("4", 35, "6", 45, "3", 10, "7", 10));
		a.put("forsorjning_bistand", !working && chance(55) ? "1" : "0");
		a.put("forsorjning_skulder", chance(30 + severity * 30) ? "1" : "0");
		a.put("sysselsattning_typ", working ? weighted("1", 60, "2", 25, "3", 15) : weighted("5", 40, "6", 40, "4", 20));
		a.put("sysselsattning_dagar30", Integer.toString(working ? 12 + random.nextInt(11) : chance(20) ? random.nextInt(8) : 0));
		a.put("sysselsattning_fritid", chance(50 - severity * 30) ? "1" : "0");

		a.put("behandling_tidigare", chance(55) ? "1" : "0");
		a.put("behandling_antal", Integer.toString(1 + random.nextInt(4)));
		a.put("behandling_avgiftning", chance(20 + severity * 30) ? "1" : "0");
		a.put("behandling_lvm", chance(5 + severity * 10) ? "1" : "0");

		a.put("fysisk_halsa", Integer.toString(Math.max(1, Math.min(5, 4 - (int) Math.round(severity * 2) + random.nextInt(2)))));
		a.put("fysisk_kronisk", chance(30) ? "1" : "0");
		a.put("fysisk_lakemedel", chance(25) ? "1" : "0");

		int psychDays = days(6 + severity * 14);
		a.put("psykisk_dagar30", Integer.toString(psychDays));
		a.put("psykisk_angest30", psychDays > 8 ? "1" : "0");
		a.put("psykisk_nedstamd30", psychDays > 12 ? "1" : "0");
		a.put("psykisk_suicidtankar30", psychDays > 20 && chance(40) ? "1" : "0");
		a.put("psykisk_suicidforsok", chance(15) ? "1" : "0");
		a.put("psykisk_psykiatri", chance(30) ? "1" : "0");
		a.put("psykisk_diagnos", chance(35) ? "1" : "0");

		boolean crime = chance(drugs > 0 ? 10 + severity * 40 : 5);
		a.put("kriminalitet_brott30", crime ? "1" : "0");
		a.put("kriminalitet_domd", chance(crime ? 70 : 20) ? "1" : "0");
		a.put("kriminalitet_vantar", crime && chance(30) ? "1" : "0");
		a.put("kriminalitet_frihet30", "0");

		a.put("myndighet_soc", chance(35) ? "1" : "0");
		a.put("myndighet_akut30", Integer.toString(chance(severity * 30) ? 1 + random.nextInt(2) : 0));
		a.put("myndighet_inlagd30", Integer.toString(chance(severity * 10) ? 1 + random.nextInt(5) : 0));

		a.put("vald_utsatt30", chance(8 + severity * 15) ? "1" : "0");
		a.put("vald_hotad30", chance(10 + severity * 15) ? "1" : "0");
		a.put("vald_utovat30", crime && chance(20) ? "1" : "0");
		a.put("vald_utnyttjad", chance(5 + severity * 10) ? "1" : "0");

		int gambling = 0;
		if ("speldok".equals(family)) {
			int before = intValue(intake.get("spel_dagar30"), 0);
			gambling = isIntake ? 8 + random.nextInt(18) : moved(before, direction);
			a.put("spel_dagar30", Integer.toString(gambling));
			a.put("spel_typer", weighted("1", 45, "2", 35, "4", 10, "3", 10));
			a.put("spel_huvudtyp", a.get("spel_typer"));
			a.put("spel_forlust30", Integer.toString(gambling == 0 ? 0 : 500 * (1 + random.nextInt(gambling * 2))));
			a.put("spel_skulder", isIntake ? (chance(60) ? "1" : "0") : intake.getOrDefault("spel_skulder", "0"));
			a.put("spel_debutalder", Integer.toString(15 + random.nextInt(15)));
			boolean still = gambling > 3;
			a.put("spel_nods_kontroll", isIntake || still ? (chance(85) ? "1" : "0") : "0");
			a.put("spel_nods_ljugit", isIntake || still ? (chance(70) ? "1" : "0") : "0");
			a.put("spel_nods_upptagen", isIntake || still ? (chance(65) ? "1" : "0") : (chance(10) ? "1" : "0"));
		}

		// the client's own change questions, consistent with the situation
		problem(a, "boende", homeless || losingHome);
		problem(a, "familj", conflict > 3);
		problem(a, "relationer", conflict > 3 || "1".equals(a.get("relationer_ensam")));
		problem(a, "forsorjning", "1".equals(a.get("forsorjning_skulder")) || "1".equals(a.get("forsorjning_bistand")));
		problem(a, "sysselsattning", !working);
		problem(a, "droger", any > 0);
		problem(a, "spel", gambling > 0);
		problem(a, "fysisk", Integer.parseInt(a.get("fysisk_halsa")) <= 2);
		problem(a, "psykisk", psychDays > 8);
		problem(a, "kriminalitet", crime);
		problem(a, "myndighet", false);
		problem(a, "vald", "1".equals(a.get("vald_utsatt30")));
		String rating = switch (direction) {
		case -1 -> random.nextBoolean() ? "5" : "4";
		case 1 -> random.nextBoolean() ? "1" : "2";
		default -> "3";
		};
		for (FormView.Item item : form.items()) {
			if (item.id().endsWith("_forandring")) {
				boolean main = item.id().startsWith("droger_") || item.id().startsWith("spel_") || item.id().startsWith("boende_");
				a.put(item.id(), main ? rating : chance(70) ? "3" : rating);
			}
		}
		a.put("viktigast", "speldok".equals(family) ? "spel" : "boendedok".equals(family) ? "boende" : any > 0 ? "droger" : "psykisk");
		a.put("oppna_nojd", direction < 0 ? weighted("5", 50, "4", 40, "3", 10) : weighted("4", 40, "3", 40, "2", 20));
		a.put("kontakt_initiativ", weighted("1", 45, "2", 25, "3", 20, "5", 10));
		a.put("kontakt_villkor", chance(8) ? "1" : "0");
		a.put("kontakt_tidigare", chance(25) ? "1" : "0");
		a.put("kontakt_besok", Integer.toString(4 + random.nextInt(16)));
		a.put("kontakt_avslutsorsak", direction < 0 ? weighted("1", 80, "5", 20) : weighted("2", 60, "1", 30, "4", 10));
		a.put("kontakt_fortsatt", chance(35) ? "1" : "0");
		a.put("avslut_tillforlitlighet", weighted("1", 85, "2", 13, "3", 2));
		a.put("avslut_kontakt", weighted("1", 80, "2", 17, "3", 3));

		// only the items this form asks, and none the form's own rules hide
		Map<String, String> result = new LinkedHashMap<>();
		for (Map.Entry<String, String> e : a.entrySet()) {
			String id = e.getKey();
			String itemId = id.contains("].") ? id.substring(id.indexOf("].") + 2) : id;
			if (form.item(itemId).isEmpty() || hidden(itemId, a, client)) {
				continue;
			}
			result.put(id, e.getValue());
		}
		return Optional.of(result);
	}

	/** The forms' own skip rules (visibleWhen in the definitions), so no hidden item gets an answer. */
	private static boolean hidden(String itemId, Map<String, String> a, boolean client) {
		if (itemId.equals("bakgrund_barnbor") || itemId.equals("familj_barnkontakt")) {
			return "0".equals(a.get("bakgrund_barn"));
		}
		if (itemId.equals("behandling_antal")) {
			return !"1".equals(a.get("behandling_tidigare"));
		}
		boolean clientOnly = itemId.endsWith("_oro30") || itemId.endsWith("_vill") || itemId.endsWith("_sjalv")
				|| itemId.endsWith("_hjalp") || itemId.endsWith("_forandring") || itemId.equals("viktigast")
				|| itemId.equals("oppna_nojd");
		return clientOnly && !client;
	}

	private void problem(Map<String, String> a, String area, boolean problem) {
		boolean worried = problem ? chance(80) : chance(10);
		a.put(area + "_oro30", worried ? "1" : "0");
		a.put(area + "_vill", problem && chance(75) ? "1" : "0");
		a.put(area + "_sjalv", chance(problem ? 40 : 80) ? "1" : "0");
		a.put(area + "_hjalp", problem && chance(70) ? "1" : "0");
	}

	/** Rows at intake: a primary substance (boendeDOK and SpelDOK clients less often use at all) and up to two more. */
	private List<String[]> newRows(String family) {
		List<String[]> rows = new ArrayList<>();
		if (!"dok".equals(family) && chance(40)) {
			return rows;
		}
		String primary = weighted("1", 55, "2", 12, "3", 12, "5", 8, "6", 6, "4", 7);
		rows.add(row(primary, 6 + random.nextInt(25), true));
		int more = weighted("0", 55, "1", 35, "2", 10).charAt(0) - '0';
		List<String> others = new ArrayList<>(List.of("1", "2", "3", "4", "6"));
		others.remove(primary);
		for (int i = 0; i < more; i++) {
			rows.add(row(others.remove(random.nextInt(others.size())), random.nextInt(10), false));
		}
		return rows;
	}

	private String[] row(String substance, int days, boolean primary) {
		String route = switch (substance) {
		case "1", "6" -> "2";
		case "2" -> "1";
		case "3" -> weighted("1", 30, "3", 35, "4", 35);
		case "5" -> weighted("4", 50, "1", 30, "2", 20);
		default -> "3";
		};
		return new String[] { substance, Integer.toString(days), Integer.toString(13 + random.nextInt(10)), route,
				primary ? "1" : "0" };
	}

	private List<String[]> carriedRows(Map<String, String> intake, int direction) {
		List<String[]> rows = new ArrayList<>();
		for (int i = 1; intake.containsKey("substanser[" + i + "].substans"); i++) {
			String row = "substanser[" + i + "].";
			rows.add(new String[] { intake.get(row + "substans"),
					Integer.toString(moved(intValue(intake.get(row + "dagar30"), 0), direction)),
					intake.getOrDefault(row + "debutalder", "16"), intake.getOrDefault(row + "intag", "2"),
					intake.getOrDefault(row + "primar", "0") });
		}
		return rows;
	}

	/** Days after a change: better cuts 30-100 %, worse adds up to 50 %, unchanged moves a day or two. */
	private int moved(int days, int direction) {
		int after = switch (direction) {
		case -1 -> (int) Math.round(days * (random.nextInt(8) / 10.0));
		case 1 -> days + Math.max(1, (int) Math.round(days * random.nextInt(6) / 10.0));
		default -> days + random.nextInt(5) - 2;
		};
		return Math.max(0, Math.min(30, after));
	}

	private int days(double mean) {
		return Math.max(0, Math.min(30, (int) Math.round(mean + random.nextGaussian() * 3)));
	}

	private boolean chance(double percent) {
		return random.nextDouble() * 100 < percent;
	}

	/** 1 worse, 0 unchanged, -1 better, with the given percentages. */
	private int pick(int worse, int unchanged, int better) {
		int r = random.nextInt(worse + unchanged + better);
		return r < worse ? 1 : r < worse + unchanged ? 0 : -1;
	}

	/** code, weight, code, weight, … */
	private String weighted(Object... codesAndWeights) {
		int total = 0;
		for (int i = 1; i < codesAndWeights.length; i += 2) {
			total += (Integer) codesAndWeights[i];
		}
		int r = random.nextInt(total);
		for (int i = 0; i < codesAndWeights.length; i += 2) {
			r -= (Integer) codesAndWeights[i + 1];
			if (r < 0) {
				return (String) codesAndWeights[i];
			}
		}
		return (String) codesAndWeights[0];
	}

	private static int intValue(String text, int otherwise) {
		try {
			return text == null ? otherwise : Integer.parseInt(text);
		} catch (NumberFormatException e) {
			return otherwise;
		}
	}
}
