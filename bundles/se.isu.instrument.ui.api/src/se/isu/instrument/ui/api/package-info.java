/**
 * The instrument UI API: what an instrument's optional {@code .ui} bundle builds against, besides
 * {@link se.isu.instrument.api} and SWT, and nothing of the workbench behind it.
 * <p>
 * A {@code .ui} bundle may register {@link se.isu.instrument.ui.api.ItemRenderer}s as DS services (a widget of its
 * own for some items of a form, chosen by rank) and ship a {@code fragment.e4xmi} that adds parts, commands,
 * handlers and menu entries at the places {@link se.isu.instrument.ui.api.WorkbenchIds} names.
 * <p>
 * Versioned semantically and checked against the released baseline like the instrument API
 * (docs/architecture.md, decisions 58 and 93).
 */
package se.isu.instrument.ui.api;
