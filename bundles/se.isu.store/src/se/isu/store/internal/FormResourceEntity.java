package se.isu.store.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

@Entity
@Table(name = "ISU_FORM_RESOURCE")
public class FormResourceEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "ID")
	Long id;

	@Column(name = "KIND", nullable = false, length = 16)
	String kind;

	@Column(name = "UNIT_CODE", nullable = false, length = 16)
	String unitCode;

	@Column(name = "FORM_ID", nullable = false, length = 64)
	String formId;

	@Column(name = "REVISION", nullable = false)
	int revision;

	@Lob
	@Column(name = "CONTENT", nullable = false)
	String content;

	@Column(name = "AUTHOR", length = 64)
	String author;

	@Column(name = "CREATED_AT", nullable = false)
	LocalDateTime createdAt;

	@Column(name = "REMARK", length = 1000)
	String remark;
}
