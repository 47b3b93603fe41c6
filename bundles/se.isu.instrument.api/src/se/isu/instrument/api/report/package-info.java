/**
 * Group reports a plugin ships for the report gallery, and the compilations they may use. Figures reach a plugin
 * as texts after small-cell suppression, so no report can show what the suppression hides.
 */
package se.isu.instrument.api.report;
