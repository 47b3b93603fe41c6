/**
 * The instrument API: everything an instrument plugin builds against, and nothing of the engine behind it.
 * <p>
 * A plugin registers DS services: an {@link se.isu.instrument.api.InstrumentContribution} (its definitions, shipped
 * as XMI resources), optionally an {@link se.isu.instrument.api.InstrumentScorer} and
 * {@link se.isu.instrument.api.AssessmentReportContribution}s; group reports are in
 * {@link se.isu.instrument.api.report}. Forms, answers, scores and assessments reach a plugin as read-only views.
 * <p>
 * Versioned semantically (the package version in the manifest); the build compares it with the released baseline
 * and fails on an incompatible change without a major version (docs/architecture.md, decision 58).
 */
package se.isu.instrument.api;
