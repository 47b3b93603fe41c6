package se.isu.core.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.instrument.InstrumentRegistry;
import se.isu.core.protection.PseudonymisedExport;
import se.isu.instrument.api.RowIds;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.GroupKind;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemGroup;
import se.isu.model.instrument.ItemType;
import se.isu.model.IsuCase;
import se.isu.model.Occasion;
import se.isu.security.AccessAction;
import se.isu.security.AccessLog;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.security.User;
import se.isu.store.AssessmentRepository;
import se.isu.store.CaseRepository;
import se.isu.store.KeyFiles;

@Component(service = PseudonymisedExport.class)
public class DefaultPseudonymisedExport implements PseudonymisedExport {

	private static final int KEY_BYTES = 32;
	/** 128 bits of the HMAC: collisions among a unit's clients are practically impossible, the column stays short. */
	private static final int PSEUDONYM_BYTES = 16;

	@Reference
	CaseRepository cases;

	@Reference
	Session session;

	@Reference
	AccessLog log;

	@Reference
	AssessmentRepository assessments;

	@Reference
	InstrumentRegistry registry;

	@Override
	public int export(Path keyFile, Writer out) throws IOException {
		User admin = session.require(Permission.PSEUDONYMISED_EXPORT);
		Mac hmac = hmac(key(keyFile));
		int[] count = { 0 };
		CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
		try {
			cases.forEachCase(c -> {
				try {
					csv.printRecord(row(c, hmac));
				} catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
				count[0]++;
			});
		} catch (java.io.UncheckedIOException e) {
			throw e.getCause();
		}
		csv.flush();
		log.record(admin, AccessAction.EXPORT, null, "pseudonymiserad export / pseudonymised export: " + count[0] + " ärenden");
		return count[0];
	}

	@Override
	public int exportGroup(Path keyFile, String instrumentId, String groupId, Layout layout, Writer out) throws IOException {
		User admin = session.require(Permission.PSEUDONYMISED_EXPORT);
		Mac hmac = hmac(key(keyFile));
		// the columns come from the installed definition, so every export of a group has the same columns
		se.isu.model.instrument.InstrumentDefinition definition = registry.installed().stream()
				.map(InstrumentRegistry.Installed::definition).filter(d -> d.getId().equals(instrumentId))
				.reduce((a, b) -> b).orElseThrow(() -> new IllegalArgumentException("instrument " + instrumentId + " is not installed"));
		ItemGroup group = definition.getSections().stream().flatMap(s -> s.getGroups().stream())
				.filter(g -> g.getId().equals(groupId) && g.getKind() == GroupKind.REPEATING).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(instrumentId + " has no repeating group " + groupId));
		List<String> items = definition.getSections().stream().flatMap(s -> s.getItems().stream())
				.filter(i -> groupId.equals(i.getGroup()) && i.getType() != ItemType.TEXT).map(Item::getId).toList();
		List<String> header = new ArrayList<>(List.of("pseudonym", "instrument", "version", "manad", "bedomning"));
		if (layout == Layout.LONG) {
			header.add("rad");
			header.addAll(items);
		} else {
			for (int row = 1; row <= group.getMaxRows(); row++) {
				for (String item : items) {
					header.add(item + "_" + row);
				}
			}
		}
		CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
		int[] count = { 0 };
		try {
			cases.forEachCase(c -> {
				for (Assessment a : assessments.findByCase(c.getId())) {
					if (!a.getInstrumentId().equals(instrumentId) || a.getStatus() != AssessmentStatus.COMPLETE) {
						continue;
					}
					count[0]++;
					Map<String, String> answers = new HashMap<>();
					a.getAnswers().forEach(x -> answers.put(x.getItemId(), x.getValue() != null ? x.getValue() : x.getMissingCode()));
					int rows = RowIds.rows(groupId, answers.keySet());
					List<Object> start = List.of(pseudonym(c, hmac), instrumentId, a.getInstrumentVersion(),
							month(a.getAssessedOn()), count[0]);
					try {
						if (layout == Layout.LONG) {
							for (int row = 1; row <= rows; row++) {
								List<Object> line = new ArrayList<>(start);
								line.add(row);
								for (String item : items) {
									line.add(answers.getOrDefault(RowIds.of(groupId, row, item), ""));
								}
								csv.printRecord(line);
							}
						} else {
							List<Object> line = new ArrayList<>(start);
							for (int row = 1; row <= group.getMaxRows(); row++) {
								for (String item : items) {
									line.add(answers.getOrDefault(RowIds.of(groupId, row, item), ""));
								}
							}
							csv.printRecord(line);
						}
					} catch (IOException e) {
						throw new java.io.UncheckedIOException(e);
					}
				}
			});
		} catch (java.io.UncheckedIOException e) {
			throw e.getCause();
		}
		csv.flush();
		log.record(admin, AccessAction.EXPORT, null, "pseudonymiserad export / pseudonymised export: " + instrumentId + " "
				+ groupId + " " + layout + ", " + count[0] + " bedömningar");
		return count[0];
	}

	private static String pseudonym(IsuCase c, Mac hmac) {
		return HexFormat.of().formatHex(hmac.doFinal(
				c.getClient().getPersonalIdentityNumber().getBytes(StandardCharsets.US_ASCII)), 0, PSEUDONYM_BYTES);
	}

	private static List<Object> row(IsuCase c, Mac hmac) {
		String pseudonym = pseudonym(c, hmac);
		LocalDate birth = c.getClient().getBirthDate();
		String interventions = c.getInterventions().stream()
				.map(i -> i.getInterventionType() + ":" + month(i.getStartDate()) + ":" + month(i.getEndDate()))
				.collect(Collectors.joining("|"));
		String occasions = c.getOccasions().stream().map(DefaultPseudonymisedExport::occasion).collect(Collectors.joining("|"));
		return List.of(pseudonym, birth == null ? "" : birth.getYear(), text(c.getClient().getLegalSex()),
				c.getUnit().getCode(), c.getStatus().getLiteral(), c.getCurrentStep().getLiteral(),
				month(c.getActualisationDate()), month(c.getDecisionDate()), month(c.getClosureDate()),
				codes(c.getActualisationReasons()), text(c.getOrigin()), text(c.getHouseholdType()),
				text(c.getPreviousContact()), codes(c.getProblems()), interventions, text(c.getImplementationVsPlan()),
				text(c.getClosureReason()), occasions);
	}

	private static String occasion(Occasion o) {
		return o.getKind().getLiteral() + ":" + o.getStatus().getLiteral() + ":"
				+ month(o.getDoneDate() != null ? o.getDoneDate() : o.getPlannedDate());
	}

	/** Dates coarsened to the month. */
	private static String month(LocalDate date) {
		return date == null ? "" : date.toString().substring(0, 7);
	}

	private static String codes(List<Integer> codes) {
		return codes.stream().sorted().map(String::valueOf).collect(Collectors.joining("|"));
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static Mac hmac(byte[] key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac;
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
		}
	}

	/** The administrator's key: read, or created readable by its owner only. */
	static byte[] key(Path keyFile) {
		return HexFormat.of().parseHex(KeyFiles.readOrCreate(keyFile, KEY_BYTES));
	}
}
