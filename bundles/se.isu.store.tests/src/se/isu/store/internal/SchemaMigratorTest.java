package se.isu.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.store.StoreException;

class SchemaMigratorTest {

	@TempDir
	Path folder;

	private final SchemaMigrator migrator = new SchemaMigrator(SchemaMigrator.class.getClassLoader());

	@Test
	void aFreshDatabaseGetsEveryMigrationOnceAndASecondRunAppliesNone() throws SQLException {
		try (Connection connection = connect()) {
			int listed = migrator.listMigrations().size();
			assertTrue(listed >= 1);
			assertEquals(listed, migrator.migrate(connection));
			assertEquals(0, migrator.migrate(connection));
			try (Statement s = connection.createStatement();
					ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM ISU_SCHEMA_VERSION")) {
				rows.next();
				assertEquals(listed, rows.getInt(1));
			}
		}
	}

	@Test
	void anAppliedMigrationThatWasEditedIsRefused() throws SQLException {
		try (Connection connection = connect()) {
			migrator.migrate(connection);
			try (Statement s = connection.createStatement()) {
				s.executeUpdate("UPDATE ISU_SCHEMA_VERSION SET CHECKSUM = '" + "0".repeat(64) + "' WHERE VERSION = 1");
				connection.commit();
			}
			StoreException e = assertThrows(StoreException.class, () -> migrator.migrate(connection));
			assertTrue(e.getMessage().contains("V001__initial_schema.sql"), e.getMessage());
		}
	}

	@Test
	void scriptsAreSplitOnLineEndingSemicolonsAndCommentsDropped() {
		List<String> statements = SchemaMigrator.statements("-- comment\nCREATE TABLE A (X INT);\n\nCREATE INDEX I\n  ON A (X);\n");
		assertEquals(List.of("CREATE TABLE A (X INT)", "CREATE INDEX I\n  ON A (X)"), statements);
	}

	private Connection connect() throws SQLException {
		EmbeddedDataSource dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(folder.resolve("db").toString());
		dataSource.setCreateDatabase("create");
		return dataSource.getConnection();
	}
}
