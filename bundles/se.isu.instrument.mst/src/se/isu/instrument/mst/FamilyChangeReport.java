package se.isu.instrument.mst;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.instrument.api.report.GroupReport;
import se.isu.instrument.api.report.PairedChanges;
import se.isu.instrument.api.report.PairedChanges.Figures;
import se.isu.instrument.api.report.PairedChanges.Measured;
import se.isu.instrument.api.report.ReportParameters;

/**
 * Paired change of the family's five ratings from the start of treatment to its end, and to 6 and 12 months after
 * it: only families measured at both points, with dropout and its reasons from each follow-up's own occasions, and
 * a chart per area of the share improved, unchanged and worse at each step. Figures are the paired-change
 * service's suppressed texts; the chart draws what they show and leaves a hidden figure out.
 */
@Component(service = GroupReport.class)
public class FamilyChangeReport implements GroupReport {

	public static final String ID = "mst.change";

	/** Ratings are whole steps 1–10: a change of at least one step counts. */
	static final double THRESHOLD = 1.0;

	/** The three comparisons: start → end, start → 6 months, start → 12 months. */
	enum Step {
		END("INTAKE", MstContribution.FAMILY, "DISCHARGE"),
		SIX_MONTHS("INTAKE", MstContribution.FOLLOW_UP_6, null),
		TWELVE_MONTHS("INTAKE", MstContribution.FOLLOW_UP_12, null);

		final String baselineKind;
		final String followUp;
		final String followUpKind;

		Step(String baselineKind, String followUp, String followUpKind) {
			this.baselineKind = baselineKind;
			this.followUp = followUp;
			this.followUpKind = followUpKind;
		}

		String label() {
			return switch (this) {
			case END -> Messages.change_stepEnd;
			case SIX_MONTHS -> Messages.change_step6;
			case TWELVE_MONTHS -> Messages.change_step12;
			};
		}
	}

	@Reference
	PairedChanges changes;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String title() {
		return Messages.change_title;
	}

	@Override
	public String description() {
		return Messages.change_description;
	}

	@Override
	public InputStream openDesign() {
		return FamilyChangeReport.class.getClassLoader().getResourceAsStream("templates/mst-change.rptdesign");
	}

	/** One area's change at one step, as the paired-change service gives it. */
	Figures figures(String area, Step step, ReportParameters parameters) {
		return changes.pairedChange(new PairedChanges.Request(MstContribution.FAMILY, step.baselineKind, step.followUp,
				step.followUpKind, Measured.ITEM, area, parameters, THRESHOLD, true).dropoutOf(step.followUp));
	}

	@Override
	public Map<String, List<Map<String, Object>>> rows(ReportParameters parameters) {
		List<Map<String, Object>> change = new ArrayList<>();
		List<Map<String, Object>> charts = new ArrayList<>();
		List<Map<String, Object>> reasons = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (String area : MstContribution.AREAS) {
			String areaLabel = areaLabel(area);
			List<Figures> steps = new ArrayList<>();
			for (Step step : Step.values()) {
				Figures f = figures(area, step, parameters);
				steps.add(f);
				change.add(row("area", areaLabel, "step", step.label(), "baseline", f.baseline(), "paired", f.paired(),
						"dropouts", f.dropouts(), "pending", f.pending(), "improved", f.improvedShare(), "unchanged",
						f.unchangedShare(), "worse", f.worseShare(), "meanChange", f.meanChange()));
				if (area.equals(MstContribution.AREAS.get(0))) {
					// dropout is the same for every area: the follow-up occasions, not the answers
					f.dropoutReasons().forEach(r -> reasons.add(row("step", step.label(), "label", r.label(), "count", r.count())));
					if (notes.isEmpty()) {
						notes.addAll(f.notes());
					}
				}
			}
			charts.add(row("area", areaLabel, "png", chart(areaLabel, steps)));
		}
		List<Map<String, Object>> noteRows = new ArrayList<>();
		noteRows.add(row("text", NLS.bind(Messages.change_note, parameters.describe())));
		notes.forEach(n -> noteRows.add(row("text", n)));
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		rows.put("change", change);
		rows.put("reasons", reasons);
		rows.put("charts", charts);
		rows.put("notes", noteRows);
		return rows;
	}

	static String areaLabel(String area) {
		return switch (area) {
		case "F1" -> Messages.area_F1;
		case "F2" -> Messages.area_F2;
		case "F3" -> Messages.area_F3;
		case "F4" -> Messages.area_F4;
		default -> Messages.area_F5;
		};
	}

	/** "45,0 %" → 45.0; a hidden or missing figure ("x", "<5", "–", "") → null, drawn as a gap. */
	static Double percent(String text) {
		if (text == null) {
			return null;
		}
		String t = text.replace("%", "").replace('\u00a0', ' ').strip().replace(',', '.');
		try {
			return Double.valueOf(t);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/**
	 * A stacked bar per step: improved (green), unchanged (grey), worse (red), as shares of the paired families. A
	 * step whose shares are hidden gets no bar and the text "dolt"/"hidden".
	 */
	static byte[] chart(String title, List<Figures> steps) {
		int width = 640;
		int height = 220;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setColor(Color.BLACK);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
			g.drawString(title, 10, 18);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
			int left = 150;
			int barWidth = width - left - 20;
			Color[] colours = { new Color(0x2e7d32), new Color(0x9e9e9e), new Color(0xc62828) };
			Step[] names = Step.values();
			for (int i = 0; i < steps.size(); i++) {
				Figures f = steps.get(i);
				int y = 40 + i * 50;
				g.setColor(Color.BLACK);
				g.drawString(names[i].label(), 10, y + 16);
				Double[] shares = { percent(f.improvedShare()), percent(f.unchangedShare()), percent(f.worseShare()) };
				if (shares[0] == null || shares[1] == null || shares[2] == null) {
					g.drawString(Messages.change_hidden, left, y + 16);
					continue;
				}
				int x = left;
				for (int s = 0; s < 3; s++) {
					int w = (int) Math.round(barWidth * shares[s] / 100.0);
					g.setColor(colours[s]);
					g.fillRect(x, y, w, 24);
					x += w;
				}
				g.setColor(Color.DARK_GRAY);
				g.setStroke(new BasicStroke(1f));
				g.drawRect(left, y, barWidth, 24);
			}
			int y = height - 14;
			String[] legend = { Messages.change_improved, Messages.change_unchanged, Messages.change_worse };
			int x = left;
			for (int s = 0; s < 3; s++) {
				g.setColor(colours[s]);
				g.fillRect(x, y - 9, 10, 10);
				g.setColor(Color.BLACK);
				g.drawString(legend[s], x + 14, y);
				x += 130;
			}
		} finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static Map<String, Object> row(Object... keysAndValues) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}
}
