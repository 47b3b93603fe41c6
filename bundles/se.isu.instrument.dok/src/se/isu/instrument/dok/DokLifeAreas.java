package se.isu.instrument.dok;

import java.util.List;

/**
 * The life areas each DOK family form is compared on from intake to discharge and follow-up: the table the shared
 * "change per life area" report of issue 14 is given (docs/instruments/dok.md, "Life-area table"). Each area is a
 * section whose id is the area code, labelled by the definition key {@code section.<code>}; the compared item is a
 * present-situation item asked at every occasion of the family.
 */
public final class DokLifeAreas {

	/** Which way of the compared item is the better one. */
	public enum Better {
		LOWER, HIGHER
	}

	public record Area(String code, String labelKey, String itemId, Better better) {
		Area(String code, String itemId, Better better) {
			this(code, "section." + code, itemId, better);
		}
	}

	/** DOK; SpelDOK has these and {@link #GAMBLING}. */
	public static final List<Area> DOK = List.of(
			new Area("boende", "boende_bostadslos30", Better.LOWER),
			new Area("familj", "familj_konflikt30", Better.LOWER),
			new Area("forsorjning", "forsorjning_bistand", Better.LOWER),
			new Area("sysselsattning", "sysselsattning_dagar30", Better.HIGHER),
			new Area("droger", "droger_dagar30", Better.LOWER),
			new Area("fysisk", "fysisk_halsa", Better.HIGHER),
			new Area("psykisk", "psykisk_dagar30", Better.LOWER),
			new Area("kriminalitet", "kriminalitet_brott30", Better.LOWER),
			new Area("myndighet", "myndighet_akut30", Better.LOWER));

	public static final Area GAMBLING = new Area("spel", "spel_dagar30", Better.LOWER);

	public static final List<Area> SPELDOK = java.util.stream.Stream
			.concat(DOK.stream().limit(5), java.util.stream.Stream.concat(java.util.stream.Stream.of(GAMBLING), DOK.stream().skip(5)))
			.toList();

	public static final List<Area> BOENDEDOK = List.of(
			new Area("boende", "boende_vrakningsrisk", Better.LOWER),
			new Area("relationer", "relationer_konflikt30", Better.LOWER),
			new Area("myndighet", "myndighet_akut30", Better.LOWER),
			new Area("droger", "droger_dagar30", Better.LOWER),
			new Area("fysisk", "fysisk_halsa", Better.HIGHER),
			new Area("psykisk", "psykisk_dagar30", Better.LOWER),
			new Area("vald", "vald_utsatt30", Better.LOWER));

	/** The table of a family: "dok", "speldok" or "boendedok". */
	public static List<Area> of(String family) {
		return switch (family) {
		case "dok" -> DOK;
		case "speldok" -> SPELDOK;
		case "boendedok" -> BOENDEDOK;
		default -> throw new IllegalArgumentException("no DOK family " + family);
		};
	}

	private DokLifeAreas() {
	}
}
