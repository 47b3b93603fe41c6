package se.isu.testplugin.instrument.ui;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The overview the plugin adds under Uppföljning (fragment.e4xmi): a POJO part, created and injected by the
 * workbench like its own parts. It reads no data itself; data would come from injected services, which check the
 * user's permissions (docs/security.md, "UI plugins").
 */
public class FamilyRatingsPart {

	/** Widget data key naming the part's widgets, for tests and screen readers. */
	public static final String ID_KEY = "se.isu.testplugin.id";

	@Inject
	MPart part;

	@PostConstruct
	void create(Composite parent) {
		part.setLabel(Messages.overview_title);
		parent.setLayout(new GridLayout(1, false));
		Label title = new Label(parent, SWT.NONE);
		title.setText(Messages.overview_title);
		title.setData(ID_KEY, "title");
		FontData data = parent.getFont().getFontData()[0];
		Font heading = new Font(parent.getDisplay(), data.getName(), data.getHeight() + 2, SWT.BOLD);
		title.addDisposeListener(e -> heading.dispose());
		title.setFont(heading);
		Label text = new Label(parent, SWT.WRAP);
		text.setText(Messages.overview_text);
		text.setData(ID_KEY, "text");
		GridData textData = new GridData(SWT.FILL, SWT.TOP, true, false);
		textData.widthHint = 480;
		text.setLayoutData(textData);
	}
}
