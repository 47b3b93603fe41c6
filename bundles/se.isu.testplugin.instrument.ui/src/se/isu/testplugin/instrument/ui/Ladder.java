package se.isu.testplugin.instrument.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import se.isu.instrument.api.FormView;
import se.isu.instrument.ui.api.AnswerText;

/**
 * A row of toggle buttons, one per code of the scale, the chosen one pressed. Keyboard: the arrow keys, Home and End
 * move and choose, a digit chooses its code (0 for 10), Enter goes on to the next item. The answer lives in the
 * form's code field; the ladder only sets it and follows it.
 */
public final class Ladder {

	/** Widget data key on each button: the code it stands for. */
	public static final String CODE_KEY = "se.isu.testplugin.ladder.code";

	private final AnswerText answer;
	private final List<Button> buttons = new ArrayList<>();
	private final List<String> codes;

	Ladder(Composite parent, FormView.Item item, AnswerText answer) {
		this.answer = answer;
		this.codes = item.options().stream().map(FormView.Option::code).toList();
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.marginLeft = 0;
		layout.marginTop = 0;
		layout.marginBottom = 2;
		layout.spacing = 2;
		parent.setLayout(layout);
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			Button button = new Button(parent, SWT.TOGGLE);
			button.setText(code);
			button.setData(CODE_KEY, code);
			String band = item.band(Integer.parseInt(code)).map(b -> code + " " + b.label()).orElse(code);
			button.setToolTipText(NLS.bind(Messages.ladder_tip, band));
			button.setEnabled(answer.editable());
			int index = i;
			button.addListener(SWT.Selection, e -> choose(index));
			// arrows and Enter are keys for the ladder, not a move to another control
			button.addListener(SWT.Traverse, e -> {
				if (e.detail == SWT.TRAVERSE_ARROW_NEXT || e.detail == SWT.TRAVERSE_ARROW_PREVIOUS
						|| e.detail == SWT.TRAVERSE_RETURN) {
					e.doit = false;
				}
			});
			button.addListener(SWT.KeyDown, e -> key(index, e));
			buttons.add(button);
		}
		answer.onChange(this::show);
		show(answer.text());
	}

	private void key(int index, Event e) {
		switch (e.keyCode) {
		case SWT.ARROW_RIGHT, SWT.ARROW_UP -> move(index + 1);
		case SWT.ARROW_LEFT, SWT.ARROW_DOWN -> move(index - 1);
		case SWT.HOME -> move(0);
		case SWT.END -> move(codes.size() - 1);
		case SWT.CR, SWT.KEYPAD_CR -> answer.next();
		default -> {
			if (e.character < '0' || e.character > '9') {
				return; // not ours: Tab and the rest keep their meaning
			}
			String code = e.character == '0' ? "10" : String.valueOf(e.character);
			int at = codes.indexOf(code);
			if (at >= 0) {
				move(at);
			}
		}
		}
		e.doit = false; // handled here; the toolkit must not move the focus as well
	}

	private void move(int index) {
		if (index >= 0 && index < buttons.size()) {
			buttons.get(index).setFocus();
			choose(index);
		}
	}

	private void choose(int index) {
		answer.set(codes.get(index));
		show(answer.text()); // a second click on the pressed button keeps it pressed: the answer did not change
	}

	private void show(String text) {
		String chosen = text.strip();
		for (Button button : buttons) {
			if (!button.isDisposed()) {
				button.setSelection(button.getData(CODE_KEY).equals(chosen));
			}
		}
	}
}
