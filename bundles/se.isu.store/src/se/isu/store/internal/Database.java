package se.isu.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import se.isu.store.ConnectionSettings;
import se.isu.store.DatabaseAdmin;
import se.isu.store.IsuHome;
import se.isu.store.StoreException;

/**
 * The database of this installation and its EntityManagerFactory: embedded Derby by default, or a unit's shared
 * PostgreSQL database named by {@code $ISU_HOME/database.properties}.
 * Created and migrated on activation, shut down cleanly on deactivation so Derby never needs recovery.
 */
@Component(service = { Database.class, DatabaseAdmin.class }, immediate = true)
public class Database implements DatabaseAdmin {

	static final String DATABASE_FOLDER = "db";

	/** Derby's (embedded) or the server's connections (pooled). */
	private javax.sql.DataSource dataSource;
	private EmbeddedDataSource embedded;
	private ServerConnections server;
	private Dialect dialect = Dialect.DERBY;
	private ConnectionSettings settings;
	private EntityManagerFactory factory;
	private Path home;

	@Activate
	void activate() {
		open(IsuHome.ensure());
	}

	/**
	 * Opens the installation's database: the PostgreSQL server named by {@code home/database.properties} when there is
	 * one (a unit's shared database), else the embedded Derby database in {@code home} (decision 80).
	 */
	void open(Path home) {
		this.home = home;
		java.util.Optional<ConnectionSettings> shared = ConnectionSettings.read(home);
		if (shared.isPresent()) {
			openServer(shared.get());
		} else {
			openEmbedded(home);
		}
		Map<String, Object> properties = new HashMap<>();
		// EclipseLink in OSGi: load the persistence unit and entities through this bundle's class loader.
		properties.put(PersistenceUnitProperties.CLASSLOADER, Database.class.getClassLoader());
		properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
		properties.put(PersistenceUnitProperties.TARGET_DATABASE, dialect.eclipseLinkPlatform());
		if (dialect == Dialect.POSTGRESQL) {
			// Other workbenches write the same rows: an entity cached here could be older than the database, so every
			// read goes to the server (optimistic locking still refuses a stale save; decision 82).
			properties.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
		}
		factory = new PersistenceProvider().createEntityManagerFactory("isu", properties);
		if (factory == null) {
			throw new StoreException("EclipseLink found no persistence unit 'isu' in META-INF/persistence.xml");
		}
	}

	/** Connects to the unit's PostgreSQL database and brings its schema up to date when this role may. */
	private void openServer(ConnectionSettings connection) {
		this.settings = connection;
		this.dialect = Dialect.POSTGRESQL;
		org.postgresql.ds.PGSimpleDataSource target = new org.postgresql.ds.PGSimpleDataSource();
		target.setURL(connection.url());
		target.setUser(connection.user());
		char[] password = connection.password();
		if (password != null) {
			target.setPassword(new String(password));
			java.util.Arrays.fill(password, '\0');
		}
		if (connection.sslMode() != null) {
			target.setSslMode(connection.sslMode());
		}
		target.setApplicationName("ISU Workbench");
		target.setConnectTimeout(15);
		server = new ServerConnections(target);
		dataSource = server;
		try (Connection c = dataSource.getConnection()) {
			requireCaseMapping(c, connection);
			new SchemaMigrator(Database.class.getClassLoader(), Dialect.POSTGRESQL).migrate(c);
		} catch (SQLException e) {
			server.close();
			server = null;
			dataSource = null;
			throw new StoreException("Databasservern " + connection + " kunde inte öppnas / the database server cannot be"
					+ " opened: " + e.getMessage(), e);
		} catch (RuntimeException e) {
			server.close();
			server = null;
			dataSource = null;
			throw e;
		}
	}

	/**
	 * Case search lower-cases names in SQL (V005, CaseSearchTerms): a database created with LC_CTYPE C leaves Å, Ä and
	 * Ö as they are, and Öberg would never be found. Refused at once, with what to do (docs/deploying.md).
	 */
	private static void requireCaseMapping(Connection c, ConnectionSettings connection) throws SQLException {
		try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rows = s.executeQuery("SELECT LOWER('ÅÄÖÉ')")) {
			rows.next();
			if (!"åäöé".equals(rows.getString(1))) {
				throw new StoreException("Databasen " + connection.url() + " gör inte om Å, Ä och Ö till små bokstäver"
						+ " (den skapades med LC_CTYPE C), så sökning på namn skulle missa. Skapa den med LC_CTYPE 'sv_SE.UTF-8'"
						+ " eller 'C.UTF-8', se docs/deploying.md. / The database does not lower-case Å, Ä and Ö (LC_CTYPE C);"
						+ " create it with LC_CTYPE 'sv_SE.UTF-8' or 'C.UTF-8'.");
			}
		}
	}

	/** The SQL dialect of the open database. */
	public Dialect dialect() {
		return dialect;
	}

	/** The server's settings, or null on embedded Derby. */
	ConnectionSettings serverSettings() {
		return settings;
	}

	/** Boots the embedded database in {@code home}, first finishing or undoing a restore that was cut off. */
	private void openEmbedded(Path home) {
		this.dialect = Dialect.DERBY;
		this.settings = null;
		// Derby writes derby.log into derby.system.home; keep it beside the data, not in the working directory.
		System.setProperty("derby.system.home", home.toString());
		System.setProperty("derby.stream.error.file", home.resolve("derby.log").toString());
		Path folder = home.resolve(DATABASE_FOLDER);
		{
			try {
				interruptedRestoreNote = new RestoreFiles(home).recover();
			} catch (IOException e) {
				throw new StoreException("En avbruten återställning i " + home + " kunde inte rättas / an interrupted restore"
						+ " could not be repaired: " + e.getMessage(), e);
			}
			if (interruptedRestoreNote != null) {
				java.util.logging.Logger.getLogger(Database.class.getName()).warning(interruptedRestoreNote);
			}
		}
		embedded = new EmbeddedDataSource();
		embedded.setDatabaseName(folder.toString());
		embedded.setCreateDatabase("create");
		embedded.setConnectionAttributes(EncryptionKey.bootAttributes(folder, EncryptionKey.resolve(home)));
		dataSource = embedded;
		try (Connection connection = dataSource.getConnection()) {
			new SchemaMigrator(Database.class.getClassLoader(), Dialect.DERBY).migrate(connection);
		} catch (SQLException e) {
			if (lockedByAnotherProcess(e)) {
				throw new StoreException(inUseMessage(home), e);
			}
			if (wrongBootKey(e)) {
				throw new StoreException("Databasen i " + home + " kunde inte låsas upp med nyckelfilen "
						+ EncryptionKey.resolve(home) + " (fel nyckel). / The database cannot be unlocked with this key file.", e);
			}
			throw new StoreException("Cannot open the database in " + home + ": " + e.getMessage(), e);
		}
	}

	/** What a person reads when another process holds the database (Derby's XSDB6). */
	static String inUseMessage(Path home) {
		return "Databasen i " + home + " används redan av ett annat program (arbetsbänken eller ett annat kommando)."
				+ " Stäng det och försök igen. / The database in " + home + " is in use by another program (the workbench"
				+ " or another command). Close it and try again.";
	}

	/** Derby's XSDB6: another JVM has booted this database. */
	private static boolean lockedByAnotherProcess(SQLException e) {
		return hasState(e, "XSDB6");
	}

	/** Derby's XBM06: an encrypted database cannot be booted without the correct boot password. */
	private static boolean wrongBootKey(SQLException e) {
		return hasState(e, "XBM06");
	}

	private static boolean hasState(SQLException e, String state) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			for (SQLException sql = t instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
				if (state.equals(sql.getSQLState())) {
					return true;
				}
			}
		}
		return false;
	}

	@Override
	public boolean encrypted() {
		if (dialect == Dialect.POSTGRESQL) {
			return false; // the server's disks are IT's to encrypt (decision 85)
		}
		return EncryptionKey.isEncrypted(home.resolve(DATABASE_FOLDER));
	}

	@Override
	public Path keyFile() {
		return EncryptionKey.resolve(home);
	}

	@Override
	public Path backup(Path target) {
		requireEmbedded();
		Path folder = target.toAbsolutePath().normalize();
		try {
			if (Files.isDirectory(folder)) {
				try (var entries = Files.list(folder)) {
					if (entries.findAny().isPresent()) {
						throw new StoreException("Säkerhetskopian ska skrivas till en tom mapp; " + folder
								+ " innehåller redan filer. / The backup folder must be empty.");
					}
				}
			}
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new StoreException("Cannot create the backup folder " + folder + ": " + e.getMessage(), e);
		}
		// Derby's online backup (consistent while others keep working; the pages stay encrypted) goes to a folder whose
		// name says it is unfinished, is renamed when complete, and the manifest is written last: a backup cut off at
		// any point has no manifest, and restore refuses it.
		Path unfinished = folder.resolve(BackupManifest.UNFINISHED_FOLDER);
		jdbc(connection -> {
			try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
				call.setString(1, unfinished.toString());
				call.execute();
			}
			return null;
		});
		restoreStep.accept(RestoreStep.BACKUP_COPIED_UNDER_TEMPORARY_NAME);
		try {
			Path copy = folder.resolve(DATABASE_FOLDER);
			RestoreFiles.rename(unfinished.resolve(DATABASE_FOLDER), copy);
			Files.delete(unfinished);
			BackupManifest.write(folder, copy);
			return copy;
		} catch (IOException e) {
			throw new StoreException("Säkerhetskopian i " + folder + " kunde inte slutföras / could not be completed: "
					+ e.getMessage(), e);
		}
	}

	/**
	 * Restores by staging: the backup is restored beside the live database ({@code db.restore-stage}), booted,
	 * migrated and checked table by table while the live database is untouched; only then is the live database shut
	 * down and the two folders swapped by renames. A kill at any moment leaves the old or the new database; the next
	 * start finishes or undoes a swap that was cut off ({@link RestoreFiles#recover}).
	 */
	@Override
	public void restore(Path source) {
		requireEmbedded();
		Path folder = source.toAbsolutePath().normalize();
		if (folder.getFileName() != null && folder.getFileName().toString().equals(DATABASE_FOLDER)
				&& !Files.isDirectory(folder.resolve(DATABASE_FOLDER))) {
			folder = folder.getParent(); // given .../backup/db: the manifest is beside it
		}
		Path backup = folder.resolve(DATABASE_FOLDER);
		if (!Files.isRegularFile(backup.resolve("service.properties"))) {
			throw new StoreException("Ingen säkerhetskopia i " + source + " (service.properties saknas)."
					+ " / No backup found in this folder.");
		}
		BackupManifest.verify(folder, backup); // refuses an unfinished or altered backup before anything changes
		Path current = home;
		RestoreFiles files = new RestoreFiles(current);
		// A copy of what is there now, kept under backups/ (the swap below keeps the old database until it is done).
		Path safety = backup(current.resolve("backups").resolve("before-restore-"
				+ java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"))));
		restoreStep.accept(RestoreStep.SAFETY_COPY_WRITTEN);
		try {
			files.discardStage();
			stageAndVerify(backup, files.stage());
			restoreStep.accept(RestoreStep.STAGE_RESTORED_AND_VERIFIED);
			files.markStageVerified();
			restoreStep.accept(RestoreStep.STAGE_MARKED_VERIFIED);
		} catch (RuntimeException | IOException e) {
			shutdown(files.stage());
			try {
				files.discardStage();
			} catch (IOException ignored) {
				// the next start discards an unverified stage
			}
			throw new StoreException("Säkerhetskopian i " + source + " kunde inte återställas; databasen är som förut"
					+ " (kopia av den: " + safety + "). / The backup could not be restored; the database is unchanged: "
					+ e.getMessage(), e);
		}
		close();
		restoreStep.accept(RestoreStep.LIVE_DATABASE_CLOSED);
		try {
			files.moveLiveAside();
			restoreStep.accept(RestoreStep.LIVE_MOVED_ASIDE);
			files.moveStageIn();
			restoreStep.accept(RestoreStep.STAGE_MOVED_IN);
			files.discardPrevious();
			restoreStep.accept(RestoreStep.PREVIOUS_DISCARDED);
		} catch (IOException e) {
			// Renames in one folder do not fail for want of space; if one does, the next open finishes or undoes it.
			open(current);
			throw new StoreException("Återställningen kunde inte slutföras / the restore could not be completed: "
					+ e.getMessage() + (interruptedRestoreNote == null ? "" : " — " + interruptedRestoreNote), e);
		}
		open(current);
	}

	/** Derby's file backup and staged restore; a server is backed up by its own tools (docs/deploying.md). */
	private void requireEmbedded() {
		if (dialect == Dialect.POSTGRESQL) {
			throw new StoreException("Databasen ligger på servern " + settings.url() + ": den säkerhetskopieras och"
					+ " återställs med PostgreSQL:s verktyg (pg_dump/pg_restore), se docs/deploying.md. / The database is on"
					+ " a PostgreSQL server: back it up and restore it with pg_dump/pg_restore (docs/deploying.md).");
		}
	}

	/** The steps of a restore, in order; tests stop it after each one as a kill would. */
	enum RestoreStep {
		/** Also in a plain backup: Derby's copy is complete but not yet renamed, and has no manifest. */
		BACKUP_COPIED_UNDER_TEMPORARY_NAME, SAFETY_COPY_WRITTEN, STAGE_RESTORED_AND_VERIFIED, STAGE_MARKED_VERIFIED, LIVE_DATABASE_CLOSED, LIVE_MOVED_ASIDE,
		STAGE_MOVED_IN, PREVIOUS_DISCARDED
	}

	/** Called after each step of a restore; tests replace it to simulate a kill (an Error nothing catches). */
	java.util.function.Consumer<RestoreStep> restoreStep = step -> {
	};

	/** Restores the backup into the stage folder, boots it, migrates it and checks every table; shuts it down. */
	private void stageAndVerify(Path backup, Path stage) {
		EmbeddedDataSource staged = new EmbeddedDataSource();
		staged.setDatabaseName(stage.toString());
		staged.setConnectionAttributes("restoreFrom=" + backup + ";bootPassword="
				+ EncryptionKey.bootPassword(EncryptionKey.resolve(home)));
		try (Connection connection = staged.getConnection()) {
			new SchemaMigrator(Database.class.getClassLoader(), Dialect.DERBY).migrate(connection);
			checkEveryTable(connection);
		} catch (SQLException e) {
			if (wrongBootKey(e)) {
				throw new StoreException("Säkerhetskopian kan inte låsas upp med nyckelfilen " + EncryptionKey.resolve(home)
						+ " (fel nyckel). / The backup cannot be unlocked with this key file.", e);
			}
			throw new StoreException(e.getMessage(), e);
		} finally {
			shutdown(stage);
		}
	}

	/** Derby's consistency check of each table and its indexes (SYSCS_CHECK_TABLE); throws naming the first bad one. */
	private static void checkEveryTable(Connection connection) throws SQLException {
		java.util.List<String[]> tables = new java.util.ArrayList<>();
		try (var statement = connection.createStatement();
				var rows = statement.executeQuery("SELECT s.SCHEMANAME, t.TABLENAME FROM SYS.SYSTABLES t"
						+ " JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID WHERE t.TABLETYPE = 'T'")) {
			while (rows.next()) {
				tables.add(new String[] { rows.getString(1), rows.getString(2) });
			}
		}
		if (tables.isEmpty()) {
			throw new StoreException("Säkerhetskopian innehåller inga tabeller. / The backup holds no tables.");
		}
		for (String[] table : tables) {
			try (CallableStatement check = connection.prepareCall("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(?, ?)")) {
				check.setString(1, table[0]);
				check.setString(2, table[1]);
				try (var result = check.executeQuery()) {
					if (!result.next() || result.getInt(1) != 1) {
						throw new StoreException("Tabellen " + table[1] + " i säkerhetskopian är skadad. / Table "
								+ table[1] + " of the backup is damaged.");
					}
				}
			}
		}
	}

	/** Shuts down the Derby database in {@code folder} if this JVM has it booted; quiet when it is not. */
	private static void shutdown(Path folder) {
		EmbeddedDataSource shutdown = new EmbeddedDataSource();
		shutdown.setDatabaseName(folder.toString());
		shutdown.setShutdownDatabase("shutdown");
		try (Connection ignored = shutdown.getConnection()) {
			// not reached: Derby reports a shutdown as an exception
		} catch (SQLException expected) {
			// 08006 shut down, or XJ004 not booted
		}
	}

	/** What the last open found of a restore that had been cut off, and what it did; null when nothing. */
	private String interruptedRestoreNote;

	@Override
	public java.util.Optional<String> interruptedRestoreNote() {
		return java.util.Optional.ofNullable(interruptedRestoreNote);
	}

	/** Work on one JDBC connection in one transaction: committed when it returns, rolled back when it throws. */
	@FunctionalInterface
	public interface SqlWork<T> {
		T apply(Connection connection) throws SQLException;
	}

	public <T> T jdbc(SqlWork<T> work) {
		if (dataSource == null) {
			throw new StoreException("The database is closed");
		}
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				T result = work.apply(connection);
				connection.commit();
				return result;
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	/** Forgets cached entities after rows were changed behind EclipseLink's back (retention, restore). */
	public void evictCache() {
		factory().getCache().evictAll();
	}

	@Deactivate
	void close() {
		if (factory != null) {
			factory.close();
			factory = null;
		}
		if (server != null) {
			server.close();
			server = null;
			dataSource = null;
		}
		if (embedded != null) {
			EmbeddedDataSource shutdown = new EmbeddedDataSource();
			shutdown.setDatabaseName(embedded.getDatabaseName());
			shutdown.setShutdownDatabase("shutdown");
			try (Connection ignored = shutdown.getConnection()) {
				// Derby reports a successful shutdown as an exception; reaching here is unexpected but harmless.
			} catch (SQLException expected) {
				// SQLState 08006: database shut down.
			}
			embedded = null;
			dataSource = null;
		}
	}

	/** Runs work in one transaction; rolls back on any exception so nothing half-written is stored. */
	public <T> T inTransaction(Function<EntityManager, T> work) {
		EntityManager em = factory().createEntityManager();
		EntityTransaction tx = em.getTransaction();
		try {
			tx.begin();
			T result = work.apply(em);
			tx.commit();
			return result;
		} finally {
			if (tx.isActive()) {
				tx.rollback();
			}
			em.close();
		}
	}

	/**
	 * Runs work in one transaction, then maps its result after the commit while the EntityManager is still open
	 * (lazy children load; versions incremented at commit are visible).
	 */
	public <E, T> T inTransaction(Function<EntityManager, E> work, Function<E, T> afterCommit) {
		EntityManager em = factory().createEntityManager();
		EntityTransaction tx = em.getTransaction();
		try {
			tx.begin();
			E result = work.apply(em);
			tx.commit();
			return afterCommit.apply(result);
		} finally {
			if (tx.isActive()) {
				tx.rollback();
			}
			em.close();
		}
	}

	/** Runs read-only work with a fresh EntityManager. */
	public <T> T read(Function<EntityManager, T> work) {
		EntityManager em = factory().createEntityManager();
		try {
			return work.apply(em);
		} finally {
			em.close();
		}
	}

	private EntityManagerFactory factory() {
		if (factory == null) {
			throw new StoreException("The database is closed");
		}
		return factory;
	}
}
