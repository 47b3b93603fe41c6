/**
 * Demo data a plugin makes for its own forms: interviews that hang together, change plausibly over a case and drop
 * out as they do in a unit, so the plugin's reports show something on {@code ./isu start}.
 *
 * @since 1.2
 */
package se.isu.instrument.api.demo;
