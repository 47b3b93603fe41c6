package se.isu.ui.editor;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import se.isu.core.instrument.InstrumentDefinitions;
import se.isu.model.Occasion;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Respondent;
import se.isu.ui.Messages;

/**
 * Chooses the form to start, the planned occasion it belongs to and who answers it: only the form's own respondents
 * are offered (MST's family ratings: the family or the therapist), the first preselected.
 */
class NewAssessmentDialog extends Dialog {

	private final List<InstrumentDefinition> instruments;
	private final List<Occasion> occasions;
	private final Occasion preselected;
	private Combo instrumentCombo;
	private Combo occasionCombo;
	private Combo respondentCombo;
	private InstrumentDefinition instrument;
	private Occasion occasion;
	private Respondent respondent;

	NewAssessmentDialog(Shell parent, List<InstrumentDefinition> instruments, List<Occasion> occasions, Occasion preselected) {
		super(parent);
		this.instruments = instruments;
		this.occasions = occasions;
		this.preselected = preselected;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.newAssessment_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		new Label(area, SWT.NONE).setText(Messages.newAssessment_occasion);
		occasionCombo = new Combo(area, SWT.READ_ONLY);
		occasionCombo.add(Messages.newAssessment_none);
		for (Occasion o : occasions) {
			occasionCombo.add(Messages.label(o.getKind()) + " " + (o.getPlannedDate() == null ? "" : o.getPlannedDate()));
		}
		occasionCombo.select(preselected == null ? 0 : occasions.indexOf(preselected) + 1);
		new Label(area, SWT.NONE).setText(Messages.newAssessment_instrument);
		instrumentCombo = new Combo(area, SWT.READ_ONLY);
		for (InstrumentDefinition d : instruments) {
			instrumentCombo.add(d.getName() + " (" + d.getVersion() + ")");
		}
		instrumentCombo.select(0);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(instrumentCombo);
		new Label(area, SWT.NONE).setText(Messages.newAssessment_respondent);
		respondentCombo = se.isu.ui.WidgetIds.tag(new Combo(area, SWT.READ_ONLY), se.isu.ui.WidgetIds.NEW_ASSESSMENT_RESPONDENT);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(respondentCombo);
		instrumentCombo.addListener(SWT.Selection, e -> fillRespondents());
		fillRespondents();
		return area;
	}

	private List<Respondent> respondents() {
		int index = instrumentCombo.getSelectionIndex();
		return index < 0 ? List.of() : InstrumentDefinitions.respondents(instruments.get(index));
	}

	private void fillRespondents() {
		respondentCombo.removeAll();
		respondents().forEach(r -> respondentCombo.add(Messages.label(r)));
		respondentCombo.select(0);
	}

	@Override
	protected void okPressed() {
		int index = instrumentCombo.getSelectionIndex();
		if (index < 0) {
			return;
		}
		instrument = instruments.get(index);
		List<Respondent> allowed = respondents();
		respondent = allowed.get(Math.max(0, respondentCombo.getSelectionIndex()));
		int o = occasionCombo.getSelectionIndex();
		occasion = o <= 0 ? null : occasions.get(o - 1);
		super.okPressed();
	}

	InstrumentDefinition instrument() {
		return instrument;
	}

	Occasion occasion() {
		return occasion;
	}

	Respondent respondent() {
		return respondent;
	}
}
