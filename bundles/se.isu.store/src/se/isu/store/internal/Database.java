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
import se.isu.store.DatabaseAdmin;
import se.isu.store.IsuHome;
import se.isu.store.StoreException;

/**
 * The one embedded Derby database of this installation and its EntityManagerFactory.
 * Created and migrated on activation, shut down cleanly on deactivation so Derby never needs recovery.
 */
@Component(service = { Database.class, DatabaseAdmin.class }, immediate = true)
public class Database implements DatabaseAdmin {

	static final String DATABASE_FOLDER = "db";

	private EmbeddedDataSource dataSource;
	private EntityManagerFactory factory;
	private Path home;

	@Activate
	void activate() {
		open(IsuHome.ensure());
	}

	void open(Path home) {
		open(home, null);
	}

	/** Boots the database in {@code home}; with {@code restoreFrom} set, first replaces it by that backup. */
	private void open(Path home, Path restoreFrom) {
		// Derby writes derby.log into derby.system.home; keep it beside the data, not in the working directory.
		System.setProperty("derby.system.home", home.toString());
		System.setProperty("derby.stream.error.file", home.resolve("derby.log").toString());
		this.home = home;
		Path folder = home.resolve(DATABASE_FOLDER);
		dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(folder.toString());
		if (restoreFrom == null) {
			dataSource.setCreateDatabase("create"); // restoreFrom creates the database itself and refuses "create" beside it
		}
		dataSource.setConnectionAttributes(restoreFrom == null
				? EncryptionKey.bootAttributes(folder, EncryptionKey.resolve(home))
				: "restoreFrom=" + restoreFrom + ";bootPassword=" + EncryptionKey.bootPassword(EncryptionKey.resolve(home)));
		try (Connection connection = dataSource.getConnection()) {
			new SchemaMigrator(Database.class.getClassLoader()).migrate(connection);
		} catch (SQLException e) {
			if (lockedByAnotherProcess(e)) {
				throw new StoreException("Databasen i " + home + " används redan av ett annat ISU-program (t.ex. en öppen"
						+ " arbetsbänk). Stäng det och försök igen. / The database is in use by another ISU program.", e);
			}
			if (wrongBootKey(e)) {
				throw new StoreException("Databasen i " + home + " kunde inte låsas upp med nyckelfilen "
						+ EncryptionKey.resolve(home) + " (fel nyckel). / The database cannot be unlocked with this key file.", e);
			}
			throw new StoreException("Cannot open the database in " + home + ": " + e.getMessage(), e);
		}
		if (restoreFrom != null) {
			dataSource.setConnectionAttributes("bootPassword=" + EncryptionKey.bootPassword(EncryptionKey.resolve(home)));
		}
		Map<String, Object> properties = new HashMap<>();
		// EclipseLink in OSGi: load the persistence unit and entities through this bundle's class loader.
		properties.put(PersistenceUnitProperties.CLASSLOADER, Database.class.getClassLoader());
		properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
		factory = new PersistenceProvider().createEntityManagerFactory("isu", properties);
		if (factory == null) {
			throw new StoreException("EclipseLink found no persistence unit 'isu' in META-INF/persistence.xml");
		}
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
		return EncryptionKey.isEncrypted(home.resolve(DATABASE_FOLDER));
	}

	@Override
	public Path keyFile() {
		return EncryptionKey.resolve(home);
	}

	@Override
	public Path backup(Path target) {
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
		// Derby's online backup: consistent while others keep working; copies the (encrypted) pages as they are.
		jdbc(connection -> {
			try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
				call.setString(1, folder.toString());
				call.execute();
			}
			return null;
		});
		return folder.resolve(DATABASE_FOLDER);
	}

	@Override
	public void restore(Path source) {
		Path backup = source.toAbsolutePath().normalize();
		if (Files.isDirectory(backup.resolve(DATABASE_FOLDER))) {
			backup = backup.resolve(DATABASE_FOLDER);
		}
		if (!Files.isRegularFile(backup.resolve("service.properties"))) {
			throw new StoreException("Ingen säkerhetskopia i " + source + " (service.properties saknas)."
					+ " / No backup found in this folder.");
		}
		Path current = home;
		// A copy of what is there now, so a backup that cannot be restored (other key, damaged) loses nothing.
		Path safety = backup(current.resolve("backups").resolve("before-restore-"
				+ java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"))));
		close();
		try {
			open(current, backup);
		} catch (RuntimeException e) {
			close();
			open(current, safety);
			throw new StoreException("Säkerhetskopian i " + source + " kunde inte återställas; databasen är som förut."
					+ " / The backup could not be restored; the database is unchanged: " + e.getMessage(), e);
		}
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
		if (dataSource != null) {
			EmbeddedDataSource shutdown = new EmbeddedDataSource();
			shutdown.setDatabaseName(dataSource.getDatabaseName());
			shutdown.setShutdownDatabase("shutdown");
			try (Connection ignored = shutdown.getConnection()) {
				// Derby reports a successful shutdown as an exception; reaching here is unexpected but harmless.
			} catch (SQLException expected) {
				// SQLState 08006: database shut down.
			}
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
