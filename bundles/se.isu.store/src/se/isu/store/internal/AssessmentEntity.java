package se.isu.store.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One filled-in form; answers and scores are rows beside it (see V003). */
@Entity
@Table(name = "ISU_ASSESSMENT")
public class AssessmentEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "ID")
	Long id;

	/** A plain column, not a relationship: an assessment is read and saved on its own, never with the case. */
	@Column(name = "CASE_ID", nullable = false)
	Long caseId;

	@Column(name = "OCCASION_ID")
	Long occasionId;

	@Column(name = "INSTRUMENT_ID", nullable = false, length = 64)
	String instrumentId;

	@Column(name = "INSTRUMENT_VERSION", nullable = false, length = 32)
	String instrumentVersion;

	@Column(name = "INSTRUMENT_NAME", length = 128)
	String instrumentName;

	/** Respondent by name. */
	@Column(name = "RESPONDENT", nullable = false, length = 16)
	String respondent;

	/** AssessmentStatus by name. */
	@Column(name = "STATUS", nullable = false, length = 16)
	String status;

	@Column(name = "ASSESSED_ON")
	LocalDate assessedOn;

	@Column(name = "INTERVIEWER", length = 64)
	String interviewer;

	@Column(name = "UNIT_CODE", length = 16)
	String unitCode;

	@Column(name = "OVERLAY_REVISION")
	Integer overlayRevision;

	/** Who saved it last and when (V030): named to the next person whose save is refused as stale. */
	@Column(name = "CHANGED_BY")
	String changedBy;

	@Column(name = "CHANGED_AT")
	java.time.LocalDateTime changedAt;

	@Version
	@Column(name = "VERSION")
	long version;

	/** By item id: answers are keyed by item, the order only has to be stable. */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "ISU_ASSESSMENT_ANSWER", joinColumns = @JoinColumn(name = "ASSESSMENT_ID"))
	@OrderBy("itemId ASC")
	List<AnswerValue> answers = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "ISU_ASSESSMENT_SCORE", joinColumns = @JoinColumn(name = "ASSESSMENT_ID"))
	@OrderBy("scoreId ASC")
	List<ScoreValue> scores = new ArrayList<>();
}
