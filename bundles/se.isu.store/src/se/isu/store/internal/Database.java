package se.isu.store.internal;

import java.nio.file.Path;
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
import se.isu.store.IsuHome;
import se.isu.store.StoreException;

/**
 * The one embedded Derby database of this installation and its EntityManagerFactory.
 * Created and migrated on activation, shut down cleanly on deactivation so Derby never needs recovery.
 */
@Component(service = Database.class, immediate = true)
public class Database {

	static final String DATABASE_FOLDER = "db";

	private EmbeddedDataSource dataSource;
	private EntityManagerFactory factory;

	@Activate
	void activate() {
		open(IsuHome.ensure());
	}

	void open(Path home) {
		// Derby writes derby.log into derby.system.home; keep it beside the data, not in the working directory.
		System.setProperty("derby.system.home", home.toString());
		System.setProperty("derby.stream.error.file", home.resolve("derby.log").toString());
		dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(home.resolve(DATABASE_FOLDER).toString());
		dataSource.setCreateDatabase("create");
		try (Connection connection = dataSource.getConnection()) {
			new SchemaMigrator(Database.class.getClassLoader()).migrate(connection);
		} catch (SQLException e) {
			if (lockedByAnotherProcess(e)) {
				throw new StoreException("Databasen i " + home + " används redan av ett annat ISU-program (t.ex. en öppen"
						+ " arbetsbänk). Stäng det och försök igen. / The database is in use by another ISU program.", e);
			}
			throw new StoreException("Cannot open the database in " + home + ": " + e.getMessage(), e);
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
		for (Throwable t = e; t != null; t = t.getCause()) {
			for (SQLException sql = t instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
				if ("XSDB6".equals(sql.getSQLState())) {
					return true;
				}
			}
		}
		return false;
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
