package se.isu.reports.internal.gallery;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.compile.Cell;
import se.isu.core.compile.CompilationService;
import se.isu.core.compile.CompiledTable;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.instrument.api.report.GroupReport;
import se.isu.instrument.api.report.ReportParameters;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.ScheduleAnchor;
import se.isu.model.query.CompilationQuery;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;

/**
 * Uppföljning per utförare (issue 17, decision 124): for every form planned at the end of an intervention (the
 * placement follow-up, or a unit's own built the same way), the distribution of each coded question per provider
 * by sex, and how many answered each question. It names no instrument: the schedule says which forms follow up
 * interventions. Free text is never read (a compilation counts coded answers only), and every figure comes
 * suppressed from core.
 */
@Component(service = GroupReport.class)
public class ProviderFollowUpReport implements GroupReport {

	/** The minimum count behind a response rate, as for any share. */
	static final int MIN_FOR_RATE = 10;
	/** Counts below this are shown as "<5" everywhere (the default small-cell rule). */
	static final int SMALL = 5;

	@Reference
	CompilationService compilations;

	@Reference
	InstrumentRegistry registry;

	@Override
	public String id() {
		return "providers";
	}

	@Override
	public String title() {
		return "Uppföljning per utförare";
	}

	@Override
	public String description() {
		return "Formulär som följer upp insatser (t.ex. vid slutet av varje placering): fördelningen av varje fråga per utförare och kön, och svarsfrekvensen för klientens och handläggarens frågor. Fritext visas aldrig.";
	}

	@Override
	public InputStream openDesign() {
		return Reports.design("providers.rptdesign");
	}

	/** The forms this report is about: those scheduled at the end of an intervention. */
	List<InstrumentDefinition> followUps(ReportParameters parameters) {
		List<InstrumentDefinition> forms = new ArrayList<>(parameters.unitCode() == null
				? registry.installed().stream().map(InstrumentRegistry.Installed::definition).toList()
				: registry.available(parameters.unitCode()));
		forms.removeIf(d -> d.getSchedule().stream().noneMatch(r -> r.getAnchor() == ScheduleAnchor.INTERVENTION_END));
		// the newest version of each
		Map<String, InstrumentDefinition> newest = new LinkedHashMap<>();
		forms.forEach(d -> newest.put(d.getId(), d));
		return List.copyOf(newest.values());
	}

	@Override
	public Map<String, List<Map<String, Object>>> rows(ReportParameters parameters) {
		List<Map<String, Object>> distribution = new ArrayList<>();
		List<Map<String, Object>> rates = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (InstrumentDefinition definition : followUps(parameters)) {
			Form form = registry.form(definition.getId(), definition.getVersion(), parameters.unitCode()).orElse(null);
			if (form == null) {
				continue;
			}
			for (Form.Field field : form.fields()) {
				if (!coded(field.type())) {
					continue; // free text and dates are never in a group report
				}
				Dimension item = new Dimension(Dimension.Kind.ITEM, definition.getId() + "/" + field.id());
				String question = field.id() + " " + field.label();
				CompiledTable bySex = compilations.compile(Queries.scoped(new CompilationQuery(
						Measure.count(Measure.Subject.ASSESSMENTS), List.of(Dimension.provider(), item), List.of(Dimension.sex())),
						parameters));
				distribution.add(Rows.map("label", question, "women", "", "men", "", "total", ""));
				for (int r = 0; r < bySex.rows().size(); r++) {
					List<String> key = bySex.rows().get(r).key();
					String provider = key.get(0) == null ? se.isu.core.Messages.compile_notRecorded : key.get(0);
					String answer = key.get(1) == null ? "Ej svar" : option(field, key.get(1));
					distribution.add(Rows.map("label", "    " + provider + " · " + answer, "women", text(bySex, r, "1"),
							"men", text(bySex, r, "2"), "total", bySex.rowTotals().get(r).text()));
				}
				notes.addAll(bySex.notes());
				// the response rate per provider: the client's questions are answered far less often (seed 004)
				bySex.rows().stream().map(h -> h.key().get(0)).filter(java.util.Objects::nonNull).distinct().forEach(provider ->
						rates.add(rate(question + " · " + provider, compilations.compile(Queries.scoped(new CompilationQuery(
								Measure.count(Measure.Subject.ASSESSMENTS), List.of(item), List.of())
								.withFilter(Dimension.provider(), provider), parameters)))));
			}
		}
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		rows.put("distribution", distribution);
		rows.put("rates", rates);
		rows.put("notes", Rows.notes(notes.stream().distinct().toList(), parameters.describe()));
		return rows;
	}

	private static boolean coded(ItemType type) {
		return type == ItemType.SINGLE_CHOICE || type == ItemType.MULTI_CHOICE || type == ItemType.YES_NO
				|| type == ItemType.SCALE;
	}

	private static String option(Form.Field field, String key) {
		String code;
		try {
			code = new BigDecimal(key).stripTrailingZeros().toPlainString();
		} catch (NumberFormatException e) {
			code = key;
		}
		String label = field.optionLabel(code);
		return label == null || label.isBlank() || label.equals(code) ? code : code + " " + label;
	}

	private static String text(CompiledTable table, int row, String sexCode) {
		for (int c = 0; c < table.columns().size(); c++) {
			if (table.columns().get(c).key().equals(List.of(sexCode))) {
				return table.cell(row, c).text();
			}
		}
		return "0";
	}

	/**
	 * Forms with the question, how many answered it (a missing code is no answer), and the rate. The rate is shown
	 * only where both counts may be shown and there are at least {@link #MIN_FOR_RATE}: from a hidden count of
	 * non-answers it would give that count away.
	 */
	static Map<String, Object> rate(String question, CompiledTable byAnswer) {
		Cell total = byAnswer.total();
		Cell missing = null;
		for (int r = 0; r < byAnswer.rows().size(); r++) {
			if (byAnswer.rows().get(r).key().get(0) == null) {
				missing = byAnswer.rowTotals().isEmpty() ? byAnswer.cell(r, 0) : byAnswer.rowTotals().get(r);
			}
		}
		String answered;
		String rate;
		long none = missing == null || missing.n() == null ? 0 : missing.n();
		long yes = total.n() == null ? 0 : total.n() - none;
		if (total.n() != null && (missing == null || missing.n() != null) && (yes == 0 || yes >= SMALL)) {
			answered = Long.toString(yes);
			rate = total.n() < MIN_FOR_RATE ? Cell.TOO_FEW_TEXT
					: String.format(Locale.forLanguageTag("sv-SE"), "%.0f %%", 100.0 * (total.n() - none) / total.n());
		} else if (total.n() != null && missing != null && missing.n() != null) {
			answered = "<" + SMALL; // a small number of answers, worked out from two shown counts, is small too
			rate = Cell.SECONDARY_TEXT;
		} else {
			answered = Cell.SECONDARY_TEXT;
			rate = Cell.SECONDARY_TEXT;
		}
		return Rows.map("label", question, "forms", total.text(), "answered", answered, "rate", rate);
	}
}
