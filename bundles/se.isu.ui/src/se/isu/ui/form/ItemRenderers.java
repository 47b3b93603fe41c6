package se.isu.ui.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

import se.isu.core.instrument.ApiViews;
import se.isu.core.instrument.Form;
import se.isu.instrument.api.FormView;
import se.isu.instrument.ui.api.AnswerText;
import se.isu.instrument.ui.api.ItemRenderer;

/**
 * The item renderers plugins registered (decision 94), as the form renderer asks them: the highest rank takes an
 * item, and its control goes in a row of its own under the item's code field, which stays the answer's one field.
 * A renderer that throws is logged and left out: the item keeps the built-in field with everything typed in it.
 */
public final class ItemRenderers {

	/** No plugin renderers: every item gets the built-in field (tests, benchmarks, the form customisation preview). */
	public static final ItemRenderers NONE = new ItemRenderers(List.of());

	private static final Logger LOG = Logger.getLogger(ItemRenderers.class.getName());
	/** A renderer taking longer than this for one item is logged by name. */
	private static final long SLOW_MILLIS = 50;

	private final List<ItemRenderer> renderers;

	/** @param renderers in service order (highest service ranking first), which breaks ties of rank */
	public ItemRenderers(List<ItemRenderer> renderers) {
		this.renderers = renderers == null ? List.of() : List.copyOf(renderers);
	}

	public boolean isEmpty() {
		return renderers.isEmpty();
	}

	/** The renderers bound to one form; its API view is made only if some renderer is registered. */
	Bound bind(Form form) {
		return new Bound(form);
	}

	final class Bound {
		private final Form form;
		private FormView view;

		private Bound(Form form) {
			this.form = form;
		}

		/**
		 * Lets the best renderer for the field make its control in a row of {@code parent} (a two-column grid)
		 * under {@code input}; returns that row, or null when no renderer takes the field or the one that took
		 * it failed.
		 */
		Control render(Composite parent, Form.Field field, Text input, Runnable next) {
			if (renderers.isEmpty()) {
				return null;
			}
			if (view == null) {
				view = ApiViews.form(form);
			}
			FormView.Item item = view.item(field.id()).orElse(null);
			ItemRenderer chosen = item == null ? null : best(item);
			if (chosen == null) {
				return null;
			}
			Composite own = new Composite(parent, SWT.NONE);
			GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
			data.horizontalIndent = 16;
			own.setLayoutData(data);
			// inside a repeating group the answer is the row's (group[2].item), as the code field says
			String answerId = input.getData(FormRenderer.ITEM_KEY) instanceof String id ? id : field.id();
			Channel channel = new Channel(answerId, input, next, chosen);
			long start = System.nanoTime();
			try {
				chosen.render(own, view, item, channel);
				long millis = (System.nanoTime() - start) / 1_000_000;
				if (millis > SLOW_MILLIS) {
					// it runs in the UI thread: name it, so a slow plugin is found rather than the form blamed
					LOG.warning(() -> "Item renderer " + chosen.getClass().getName() + " took " + millis + " ms for "
							+ view.instrumentId() + "/" + field.id() + " in the UI thread");
				}
				return own;
			} catch (RuntimeException | LinkageError e) {
				LOG.log(Level.WARNING, "Item renderer " + chosen.getClass().getName() + " failed on " + view.instrumentId()
						+ "/" + field.id() + "; the item keeps the built-in field", e);
				channel.closed = true;
				own.dispose();
				return null;
			}
		}

		private ItemRenderer best(FormView.Item item) {
			record Ranked(ItemRenderer renderer, int rank, int order) {
			}
			List<Ranked> ranked = new ArrayList<>();
			for (int i = 0; i < renderers.size(); i++) {
				ItemRenderer renderer = renderers.get(i);
				try {
					int rank = renderer.rank(view, item);
					if (rank > 0) { // 0 is the built-in field's rank: a renderer must beat it
						ranked.add(new Ranked(renderer, rank, i));
					}
				} catch (RuntimeException | LinkageError e) {
					LOG.log(Level.WARNING, "Item renderer " + renderer.getClass().getName() + " failed to rank "
							+ view.instrumentId() + "/" + item.id() + "; left out", e);
				}
			}
			return ranked.stream()
					.min(Comparator.comparingInt((Ranked r) -> -r.rank()).thenComparingInt(Ranked::order))
					.map(Ranked::renderer).orElse(null);
		}
	}

	/** The answer text over the item's code field: the only way a plugin control reaches the form. */
	private static final class Channel implements AnswerText {
		private final String itemId;
		private final Text input;
		private final Runnable next;
		private final ItemRenderer owner;
		/** Set when the renderer failed: its listeners are not called any more. */
		boolean closed;

		Channel(String itemId, Text input, Runnable next, ItemRenderer owner) {
			this.itemId = itemId;
			this.input = input;
			this.next = next;
			this.owner = owner;
		}

		@Override
		public String itemId() {
			return itemId;
		}

		@Override
		public String text() {
			return input.isDisposed() ? "" : input.getText();
		}

		@Override
		public void set(String text) {
			if (!closed && !input.isDisposed() && input.getEditable() && !input.getText().equals(text)) {
				input.setText(text == null ? "" : text); // the field's Modify listener parses it as if typed
			}
		}

		@Override
		public void onChange(Consumer<String> listener) {
			input.addListener(SWT.Modify, e -> {
				if (closed) {
					return;
				}
				try {
					listener.accept(input.getText());
				} catch (RuntimeException | LinkageError failure) {
					// the text is already in the field and in the answers; only the plugin's control is stale
					LOG.log(Level.WARNING, "Item renderer " + owner.getClass().getName() + " failed to follow " + itemId, failure);
				}
			});
		}

		@Override
		public boolean editable() {
			return !input.isDisposed() && input.getEditable();
		}

		@Override
		public void next() {
			if (!closed) {
				next.run();
			}
		}
	}
}
