package se.isu.store.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "ISU_CLIENT")
public class ClientEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "ID")
	Long id;

	@Column(name = "PERSONAL_ID", nullable = false, length = 13)
	String personalId;

	@Column(name = "GIVEN_NAME", length = 100)
	String givenName;

	@Column(name = "FAMILY_NAME", length = 100)
	String familyName;

	@Column(name = "BIRTH_DATE")
	LocalDate birthDate;

	@Column(name = "LEGAL_SEX")
	Integer legalSex;

	/**
	 * Skyddade personuppgifter, 1 or 0. Read here, written only by {@code JpaCaseRepository.changeIdentityProtection}
	 * (with its decision row), so no case save can set or lift it.
	 */
	@Column(name = "PROTECTED_IDENTITY", insertable = false, updatable = false)
	short protectedIdentity;

	@Version
	@Column(name = "VERSION")
	long version;
}
