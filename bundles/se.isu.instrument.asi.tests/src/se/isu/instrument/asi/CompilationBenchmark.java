package se.isu.instrument.asi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.DemoDataService;
import se.isu.core.compile.CompilationService;
import se.isu.core.compile.CompilationService.ChangeRule;
import se.isu.core.compile.CompilationText;
import se.isu.model.query.CompilationQuery;
import se.isu.model.query.Measure;
import se.isu.model.query.PairQuery;
import se.isu.security.Role;
import se.isu.store.AggregationRepository;
import se.isu.store.AggregationRepository.Sql;
import se.isu.store.IsuHome;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * Compilation and paired change on 100 000 demo cases, each timed through the service (permission check, SQL,
 * suppression, labels, access log) and as the same SQL run raw over JDBC on the same Derby database. Not part of
 * the test suite (the name does not end in Test): {@code ./isu benchmark compile} runs it on a database kept in
 * {@code ~/.isu-benchmark} so the 100 000 cases are generated once. Figures go to target/benchmarks/compilation.txt.
 */
class CompilationBenchmark {

	private static final int CASES = Integer.getInteger("isu.benchmark.cases", 100_000);
	private static final int RUNS = 9;

	@Test
	void compilationAndPairedChangeAgainstRawSql() throws Exception {
		TestUsers.as(Role.ANALYST);
		long existing = OsgiServices.get(CaseService.class).countCases();
		StringBuilder report = new StringBuilder();
		if (existing < CASES) {
			long started = System.nanoTime();
			TestUsers.as(Role.SYSTEM_ADMIN, () -> OsgiServices.get(DemoDataService.class).generate((int) (CASES - existing), 2026));
			report.append(String.format(Locale.ROOT, "generated %d demo cases in %.0f s%n", CASES - existing,
					(System.nanoTime() - started) / 1e9));
		}
		TestUsers.as(Role.ANALYST);
		CompilationService compilations = OsgiServices.get(CompilationService.class);
		AggregationRepository aggregation = OsgiServices.get(AggregationRepository.class);
		report.append(String.format(Locale.ROOT, "cases: %d, JVM %s, %d cores%n", OsgiServices.get(CaseService.class)
				.countCases(), Runtime.version(), Runtime.getRuntime().availableProcessors()));

		CompilationQuery byUnitSexAge = CompilationText.parse("rows=unit,sex columns=agegroup:18,25,45,65");
		Sql compileSql = aggregation.sql(byUnitSexAge, byUnitSexAge.groupBy());
		double service = median(() -> compilations.compile(byUnitSexAge));
		double raw = median(() -> rawRows(List.of(compileSql)));
		report.append(line("compile unit × sex × age group", service, raw));
		report.append("  SQL: ").append(compileSql.text()).append('\n');

		PairQuery alcohol = new PairQuery(AsiContribution.GRUND, null, AsiContribution.UPPFOLJNING, null,
				Measure.ValueKind.SCORE, "cs.alkohol", null, null, null, null);
		ChangeRule rule = new ChangeRule(AsiChangeReport.THRESHOLD, false);
		List<Sql> pairSql = aggregation.pairSql(alcohol);
		report.append(String.format(Locale.ROOT, "  ASI pairs: %s baseline, %s paired%n",
				compilations.pairedChange(alcohol, rule).baseline().text(), compilations.pairedChange(alcohol, rule).paired().text()));
		double pairedService = median(() -> compilations.pairedChange(alcohol, rule));
		double pairedRaw = median(() -> rawRows(pairSql));
		report.append(line("paired change ASI Grund → Uppföljning (cs.alkohol)", pairedService, pairedRaw));
		TestUsers.logout();

		Path out = Path.of("target", "benchmarks", "compilation.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.print(report);
	}

	private static String line(String what, double service, double raw) {
		return String.format(Locale.ROOT, "%s: service %.1f ms, raw SQL %.1f ms, ratio %.2f (median of %d)%n", what,
				service, raw, service / raw, RUNS);
	}

	/** Median wall time in ms after two warm-up runs. */
	private static double median(Supplier<?> work) {
		work.get();
		work.get();
		double[] times = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long started = System.nanoTime();
			work.get();
			times[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(times);
		return times[RUNS / 2];
	}

	/** The statements run raw on a connection of their own, every row read, the way the service reads them. */
	private static Object rawRows(List<Sql> statements) {
		EmbeddedDataSource source = new EmbeddedDataSource();
		source.setDatabaseName(IsuHome.resolve().resolve("db").toString());
		try (Connection connection = source.getConnection()) {
			connection.setAutoCommit(false);
			List<PreparedStatement> prepared = new ArrayList<>();
			List<ResultSet> results = new ArrayList<>();
			long rows = 0;
			try {
				for (Sql sql : statements) {
					PreparedStatement statement = connection.prepareStatement(sql.text());
					statement.setFetchSize(1000);
					for (int i = 0; i < sql.parameters().size(); i++) {
						statement.setObject(i + 1, sql.parameters().get(i));
					}
					prepared.add(statement);
					results.add(statement.executeQuery());
				}
				for (ResultSet result : results) {
					int columns = result.getMetaData().getColumnCount();
					while (result.next()) {
						for (int c = 1; c <= columns; c++) {
							result.getObject(c);
						}
						rows++;
					}
				}
			} finally {
				for (ResultSet result : results) {
					result.close();
				}
				for (PreparedStatement statement : prepared) {
					statement.close();
				}
				connection.commit();
			}
			return rows;
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
