package se.isu.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same migrations give the same schema on Derby and PostgreSQL: tables, columns (type, size, nullability,
 * identity), primary keys, unique keys, foreign keys with their delete rule, and the named indexes with their column
 * order and direction (an index on exactly a foreign key's columns is left out: Derby makes one for every key). A migration that behaves differently on the two (or a PostgreSQL override that drifted from its
 * shared file) fails here with the difference named. Runs where the throwaway cluster is (./isu test).
 */
@EnabledIfSystemProperty(named = TestDatabases.ADMIN, matches = ".+")
class SchemaParityTest {

	@TempDir
	Path folder;

	@Test
	void derbyAndPostgresqlEndWithTheSameSchema() throws SQLException {
		Map<String, List<String>> derby;
		try (Connection connection = freshDerby()) {
			new SchemaMigrator(SchemaMigrator.class.getClassLoader(), Dialect.DERBY).migrate(connection);
			derby = describe(connection);
		}
		Map<String, List<String>> postgresql;
		Path home = TestDatabases.onServer(folder.resolve("pg"));
		try (Connection connection = serverConnection(home)) {
			new SchemaMigrator(SchemaMigrator.class.getClassLoader(), Dialect.POSTGRESQL).migrate(connection);
			postgresql = describe(connection);
		}
		assertTrue(derby.size() > 15, "the schema was read: " + derby.keySet());
		assertEquals(derby.keySet(), postgresql.keySet(), "the same tables");
		for (String table : derby.keySet()) {
			assertEquals(String.join("\n", derby.get(table)), String.join("\n", postgresql.get(table)), "table " + table
					+ " (left Derby, right PostgreSQL)");
		}
	}

	private Connection freshDerby() throws SQLException {
		org.apache.derby.jdbc.EmbeddedDataSource source = new org.apache.derby.jdbc.EmbeddedDataSource();
		source.setDatabaseName(folder.resolve("derby").toString());
		source.setCreateDatabase("create");
		return source.getConnection();
	}

	private static Connection serverConnection(Path home) throws SQLException {
		se.isu.store.ConnectionSettings settings = se.isu.store.ConnectionSettings.read(home).orElseThrow();
		org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
		source.setURL(settings.url());
		source.setUser(settings.user());
		return source.getConnection();
	}

	/** Each table's columns, keys and named indexes as comparable lines, names in upper case. */
	static Map<String, List<String>> describe(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		String schema = connection.getSchema();
		Map<String, List<String>> tables = new TreeMap<>();
		try (ResultSet rows = meta.getTables(null, schema, "%", new String[] { "TABLE" })) {
			while (rows.next()) {
				tables.put(rows.getString("TABLE_NAME").toUpperCase(Locale.ROOT), new ArrayList<>());
			}
		}
		for (Map.Entry<String, List<String>> table : tables.entrySet()) {
			String name = Dialect.of(connection).stored(table.getKey());
			List<String> lines = table.getValue();
			try (ResultSet rows = meta.getColumns(null, schema, name, "%")) {
				while (rows.next()) {
					lines.add("column " + rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT) + " "
							+ type(rows.getInt("DATA_TYPE"), rows.getString("TYPE_NAME"), rows.getInt("COLUMN_SIZE"))
							+ (rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " NOT NULL" : "")
							+ ("YES".equals(rows.getString("IS_AUTOINCREMENT")) ? " IDENTITY" : ""));
				}
			}
			TreeMap<Integer, String> primary = new TreeMap<>();
			try (ResultSet rows = meta.getPrimaryKeys(null, schema, name)) {
				while (rows.next()) {
					primary.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
				}
			}
			lines.add("primary key " + primary.values());
			TreeMap<String, String> foreign = new TreeMap<>();
			TreeMap<String, List<String>> foreignColumns = new TreeMap<>();
			try (ResultSet rows = meta.getImportedKeys(null, schema, name)) {
				while (rows.next()) {
					String key = rows.getString("FK_NAME").toUpperCase(Locale.ROOT);
					foreignColumns.computeIfAbsent(key, k -> new ArrayList<>())
							.add(rows.getString("FKCOLUMN_NAME").toUpperCase(Locale.ROOT));
					foreign.merge(key, rows.getString("FKCOLUMN_NAME").toUpperCase(Locale.ROOT) + " -> "
							+ rows.getString("PKTABLE_NAME").toUpperCase(Locale.ROOT) + "."
							+ rows.getString("PKCOLUMN_NAME").toUpperCase(Locale.ROOT) + " on delete "
							+ rows.getShort("DELETE_RULE"), (a, b) -> a + ", " + b);
				}
			}
			foreign.forEach((key, text) -> lines.add("foreign key " + key + " " + text));
			// Derby names the indexes behind constraints itself (SQL…) and adds one behind every foreign key;
			// PostgreSQL names them after the constraint and adds none. So: named indexes by name, unique ones by columns.
			TreeMap<String, TreeMap<Integer, String>> indexes = new TreeMap<>();
			TreeMap<String, Boolean> unique = new TreeMap<>();
			try (ResultSet rows = meta.getIndexInfo(null, schema, name, false, false)) {
				while (rows.next()) {
					String index = rows.getString("INDEX_NAME");
					if (index == null) {
						continue;
					}
					index = index.toUpperCase(Locale.ROOT);
					indexes.computeIfAbsent(index, i -> new TreeMap<>()).put((int) rows.getShort("ORDINAL_POSITION"),
							rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT)
									+ ("D".equals(rows.getString("ASC_OR_DESC")) ? " DESC" : ""));
					unique.put(index, !rows.getBoolean("NON_UNIQUE"));
				}
			}
			TreeSet<String> described = new TreeSet<>();
			indexes.forEach((index, columns) -> {
				if (!unique.get(index) && foreignColumns.containsValue(new ArrayList<>(columns.values()))) {
					// Derby backs every foreign key with an index of its own and folds an index on the same columns into
					// it; on PostgreSQL such an index is explicit. Either way the key's columns are indexed.
					return;
				}
				if (index.startsWith("IX_")) {
					described.add("index " + index + " " + columns.values() + (unique.get(index) ? " UNIQUE" : ""));
				} else if (unique.get(index)) {
					described.add("unique " + columns.values());
				}
			});
			lines.addAll(described);
		}
		return tables;
	}

	/** A column type as both databases can say it: PostgreSQL's text is Derby's CLOB, float8 its DOUBLE. */
	static String type(int dataType, String typeName, int size) {
		String name = typeName.toLowerCase(Locale.ROOT);
		if (dataType == Types.CLOB || name.equals("clob") || name.equals("text")) {
			return "CLOB";
		}
		if (dataType == Types.DOUBLE || dataType == Types.FLOAT || name.equals("double") || name.equals("float8")) {
			return "DOUBLE";
		}
		return switch (dataType) {
		case Types.BIGINT -> "BIGINT";
		case Types.INTEGER -> "INTEGER";
		case Types.SMALLINT -> "SMALLINT";
		case Types.DATE -> "DATE";
		case Types.TIMESTAMP -> "TIMESTAMP";
		case Types.VARCHAR -> "VARCHAR(" + size + ")";
		case Types.CHAR -> "CHAR(" + size + ")";
		default -> typeName + "/" + dataType;
		};
	}
}
