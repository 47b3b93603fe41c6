package se.isu.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class ScoreValue {

	@Column(name = "SCORE_ID", nullable = false, length = 64)
	String scoreId;

	@Column(name = "LABEL", length = 200)
	String label;

	@Column(name = "SCORE_VALUE")
	Double value;
}
