package se.isu.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.model.IsuFactory;
import se.isu.model.Provider;
import se.isu.model.ProviderKind;
import se.isu.store.ProviderRepository;

@Component(service = ProviderRepository.class)
public class JdbcProviderRepository implements ProviderRepository {

	private static final String COLUMNS = "ID, NAME, ORGANISATION_NUMBER, KIND, EXTERNAL_PROVIDER, ACTIVE";

	@Reference
	Database database;

	@Override
	public List<Provider> list() {
		return database.jdbc(c -> {
			List<Provider> found = new ArrayList<>();
			try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM ISU_PROVIDER ORDER BY NAME");
					ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					found.add(provider(rows));
				}
			}
			return found;
		});
	}

	@Override
	public Optional<Provider> find(long id) {
		return database.jdbc(c -> {
			try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM ISU_PROVIDER WHERE ID = ?")) {
				select.setLong(1, id);
				try (ResultSet rows = select.executeQuery()) {
					return rows.next() ? Optional.of(provider(rows)) : Optional.<Provider>empty();
				}
			}
		});
	}

	@Override
	public Provider save(Provider provider) {
		return database.jdbc(c -> {
			if (provider.getId() == 0) {
				try (PreparedStatement insert = c.prepareStatement("INSERT INTO ISU_PROVIDER (NAME, ORGANISATION_NUMBER, KIND, "
						+ "EXTERNAL_PROVIDER, ACTIVE) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
					bind(insert, provider);
					insert.executeUpdate();
					try (ResultSet keys = insert.getGeneratedKeys()) {
						keys.next();
						provider.setId(keys.getLong(1));
					}
				}
			} else {
				try (PreparedStatement update = c.prepareStatement("UPDATE ISU_PROVIDER SET NAME = ?, ORGANISATION_NUMBER = ?, "
						+ "KIND = ?, EXTERNAL_PROVIDER = ?, ACTIVE = ? WHERE ID = ?")) {
					bind(update, provider);
					update.setLong(6, provider.getId());
					if (update.executeUpdate() != 1) {
						throw new se.isu.store.StoreException("No provider with id " + provider.getId());
					}
				}
			}
			return provider;
		});
	}

	@Override
	public boolean nameTaken(String name, long exceptId) {
		return database.jdbc(c -> {
			try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM ISU_PROVIDER WHERE LOWER(NAME) = ? AND ID <> ?")) {
				select.setString(1, name.strip().toLowerCase(Locale.ROOT));
				select.setLong(2, exceptId);
				try (ResultSet rows = select.executeQuery()) {
					return rows.next();
				}
			}
		});
	}

	private static void bind(PreparedStatement statement, Provider provider) throws SQLException {
		statement.setString(1, provider.getName().strip());
		if (provider.getOrganisationNumber() == null || provider.getOrganisationNumber().isBlank()) {
			statement.setNull(2, Types.VARCHAR);
		} else {
			statement.setString(2, provider.getOrganisationNumber().strip());
		}
		statement.setString(3, provider.getKind().getLiteral());
		statement.setShort(4, (short) (provider.isExternal() ? 1 : 0));
		statement.setShort(5, (short) (provider.isActive() ? 1 : 0));
	}

	private static Provider provider(ResultSet row) throws SQLException {
		Provider p = IsuFactory.eINSTANCE.createProvider();
		p.setId(row.getLong(1));
		p.setName(row.getString(2));
		p.setOrganisationNumber(row.getString(3));
		ProviderKind kind = ProviderKind.get(row.getString(4));
		p.setKind(kind == null ? ProviderKind.OTHER : kind);
		p.setExternal(row.getShort(5) != 0);
		p.setActive(row.getShort(6) != 0);
		return p;
	}
}
