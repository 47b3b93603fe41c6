package se.isu.instrument.api;

/**
 * One score of an assessment.
 *
 * @param id    stable score id (the same in every version and in baseline and follow-up forms)
 * @param label the score's name in the user's language
 * @param value the score, or null when its missing-data rule says it cannot be computed (never zero for missing)
 */
public record ScoreValue(String id, String label, Double value) {
}
