package se.isu.instrument.mst.ui;

import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import se.isu.instrument.api.AssessmentImport;

/** Uppföljning › Importera TAM-R…: asks for the file, then imports it in a job ({@link TamrImport}). */
public class ImportTamrHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, AssessmentImport importer) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(Messages.chooseFile);
		dialog.setFilterExtensions(new String[] { "*.csv", "*.*" });
		dialog.setFilterNames(new String[] { Messages.fileFilter, "*.*" });
		String file = dialog.open();
		if (file != null) {
			TamrImport.start(shell, Path.of(file), importer);
		}
	}
}
