package se.isu.instrument.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One stored assessment, read-only. */
public interface AssessmentView {

	String instrumentId();

	String version();

	/** The day it was answered. */
	LocalDate date();

	/** Who answered it: {@code CLIENT}, {@code STAFF}, {@code FAMILY}, ... */
	String respondent();

	Answers answers();

	List<ScoreValue> scores();

	/** A stored score's value; empty when the score is absent or could not be computed. */
	default Optional<Double> score(String scoreId) {
		return scores().stream().filter(s -> s.id().equals(scoreId)).map(ScoreValue::value)
				.filter(v -> v != null).findFirst();
	}
}
