package se.isu.core.instrument;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

import se.isu.core.Messages;
import se.isu.core.ValidationException;
import se.isu.core.ValidationException.Violation;
import se.isu.model.instrument.Choice;
import se.isu.model.instrument.ChoiceSet;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.Section;

/**
 * Reads a REDCap data dictionary (the CSV REDCap exports under "Data Dictionary") into a questionnaire, all or
 * nothing (issue 17, decision 123). Field types that map: text (with validation none, integer, number, date),
 * notes, radio, dropdown, checkbox, yesno, truefalse; branching logic in the simple forms {@code [x] = '1'},
 * {@code [x(2)] = '1'}, {@code <>}, {@code and}, {@code or}. Everything else (calc, slider, file, descriptive, sql,
 * other validations) is refused with its row and the reason, and then nothing is imported.
 */
public final class RedcapDictionary {

	private static final String VARIABLE = "Variable / Field Name";
	private static final String FORM = "Form Name";
	private static final String SECTION = "Section Header";
	private static final String TYPE = "Field Type";
	private static final String LABEL = "Field Label";
	private static final String CHOICES = "Choices, Calculations, OR Slider Labels";
	private static final String NOTE = "Field Note";
	private static final String VALIDATION = "Text Validation Type OR Show Slider Number";
	private static final String MIN = "Text Validation Min";
	private static final String MAX = "Text Validation Max";
	private static final String BRANCHING = "Branching Logic (Show field only if...)";
	private static final String REQUIRED = "Required Field?";

	private static final Pattern CHECKBOX_REF = Pattern.compile("\\[(\\w+)\\((\\w+)\\)\\]\\s*=\\s*'1'");
	private static final Pattern REF = Pattern.compile("\\[(\\w+)\\]");
	private static final Pattern QUOTED_NUMBER = Pattern.compile("'(-?\\d+(?:\\.\\d+)?)'");

	private RedcapDictionary() {
	}

	/**
	 * The questionnaire the dictionary describes, named {@code name}.
	 *
	 * @throws ValidationException one violation per refused row ({@code rad N}), nothing imported then
	 */
	public static InstrumentDefinition read(Reader csv, String name) {
		InstrumentFactory f = InstrumentFactory.eINSTANCE;
		InstrumentDefinition d = f.createInstrumentDefinition();
		d.setId(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_"));
		d.setVersion("1");
		d.setName(name);
		List<Violation> refused = new ArrayList<>();
		Map<String, ItemType> types = new LinkedHashMap<>();
		Section section = null;
		String form = null;
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
				.setIgnoreEmptyLines(true).get().parse(csv)) {
			for (String needed : List.of(VARIABLE, TYPE, LABEL)) {
				if (!parser.getHeaderMap().containsKey(needed)) {
					throw new ValidationException("file", NLS.bind(Messages.redcap_noColumn, needed));
				}
			}
			for (CSVRecord row : parser) {
				long line = row.getRecordNumber() + 1; // the header is line 1
				String variable = get(row, VARIABLE);
				String type = get(row, TYPE).toLowerCase(Locale.ROOT);
				String header = get(row, SECTION);
				String rowForm = get(row, FORM);
				if (section == null || !header.isEmpty() || !rowForm.equals(form)) {
					section = f.createSection();
					section.setId("S" + (d.getSections().size() + 1));
					section.setLabel(!header.isEmpty() ? header : !rowForm.isEmpty() ? rowForm : name);
					d.getSections().add(section);
					form = rowForm;
				}
				Item item = f.createItem();
				item.setId(variable);
				item.setLabel(get(row, LABEL));
				if (!get(row, NOTE).isEmpty()) {
					item.setHelp(get(row, NOTE));
				}
				item.setRequired(get(row, REQUIRED).equalsIgnoreCase("y"));
				String problem = null;
				switch (type) {
				case "text" -> problem = text(item, get(row, VALIDATION).toLowerCase(Locale.ROOT), get(row, MIN), get(row, MAX));
				case "notes" -> item.setType(ItemType.TEXT);
				case "radio", "dropdown", "checkbox" -> {
					item.setType(type.equals("checkbox") ? ItemType.MULTI_CHOICE : ItemType.SINGLE_CHOICE);
					problem = choices(d, item, get(row, CHOICES));
				}
				case "yesno", "truefalse" -> item.setType(ItemType.YES_NO);
				case "calc" -> problem = Messages.redcap_calc;
				default -> problem = NLS.bind(Messages.redcap_type, type);
				}
				if (problem == null && !get(row, BRANCHING).isEmpty()) {
					String rule = rule(get(row, BRANCHING));
					try {
						Expression.parse(rule);
						item.setVisibleWhen(rule);
					} catch (IllegalArgumentException e) {
						problem = NLS.bind(Messages.redcap_branching, get(row, BRANCHING));
					}
				}
				if (problem != null) {
					refused.add(new Violation("rad " + line, NLS.bind(Messages.redcap_row, new Object[] { line, variable, problem })));
				} else {
					types.put(variable, item.getType());
					section.getItems().add(item);
				}
			}
		} catch (IOException e) {
			throw new ValidationException("file", NLS.bind(Messages.redcap_unreadable, e.getMessage()));
		} catch (IllegalArgumentException | IllegalStateException e) {
			// Commons CSV's complaints (an unclosed quote, a duplicate header)
			throw new ValidationException("file", NLS.bind(Messages.redcap_unreadable, e.getMessage()));
		}
		if (!refused.isEmpty()) {
			throw new ValidationException(refused);
		}
		if (d.getSections().isEmpty()) {
			throw new ValidationException("file", Messages.redcap_empty);
		}
		return d;
	}

	private static String get(CSVRecord row, String column) {
		return row.isMapped(column) && row.isSet(column) && row.get(column) != null ? row.get(column).strip() : "";
	}

	private static String text(Item item, String validation, String min, String max) {
		switch (validation) {
		case "" -> item.setType(ItemType.TEXT);
		case "integer" -> item.setType(ItemType.INTEGER);
		case "number", "number_1dp", "number_2dp", "number_3dp", "number_4dp", "number_comma_decimal" -> item.setType(ItemType.DECIMAL);
		case "date_ymd", "date_dmy", "date_mdy" -> item.setType(ItemType.DATE);
		default -> {
			return NLS.bind(Messages.redcap_validation, validation);
		}
		}
		if (item.getType() == ItemType.INTEGER || item.getType() == ItemType.DECIMAL) {
			try {
				if (!min.isEmpty()) {
					item.setMin((int) Math.floor(Double.parseDouble(min)));
				}
				if (!max.isEmpty()) {
					item.setMax((int) Math.ceil(Double.parseDouble(max)));
				}
			} catch (NumberFormatException e) {
				return NLS.bind(Messages.redcap_range, min + "–" + max);
			}
		}
		return null;
	}

	/** {@code 1, Ja | 2, Nej} as the item's own choice list. */
	private static String choices(InstrumentDefinition d, Item item, String text) {
		if (text.isEmpty()) {
			return Messages.redcap_noChoices;
		}
		ChoiceSet set = InstrumentFactory.eINSTANCE.createChoiceSet();
		set.setId(item.getId() + "_val");
		for (String part : text.split("\\|")) {
			int comma = part.indexOf(',');
			if (comma < 1) {
				return NLS.bind(Messages.redcap_choice, part.strip());
			}
			Choice choice = InstrumentFactory.eINSTANCE.createChoice();
			choice.setCode(part.substring(0, comma).strip());
			choice.setLabel(part.substring(comma + 1).strip());
			set.getChoices().add(choice);
		}
		d.getChoiceSets().add(set);
		item.setChoiceSet(set.getId());
		return null;
	}

	/** REDCap's branching logic in the expression language: {@code [a] = '1' and [b(2)] = '1'} → {@code a = 1 and b = 2}. */
	static String rule(String redcap) {
		String rule = CHECKBOX_REF.matcher(redcap).replaceAll("$1 = $2");
		rule = REF.matcher(rule).replaceAll("$1");
		Matcher m = QUOTED_NUMBER.matcher(rule);
		rule = m.replaceAll("$1");
		return rule.replace("<>", "!=").replace("\"", "'");
	}
}
