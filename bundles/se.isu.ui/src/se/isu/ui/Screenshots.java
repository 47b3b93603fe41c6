package se.isu.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves what a shell shows on screen as PNG: for ./isu screenshot and for UI tests. Call on the display thread. */
public final class Screenshots {

	private Screenshots() {
	}

	public static Path save(Shell shell, Path file) {
		Display display = shell.getDisplay();
		shell.layout(true, true);
		shell.update();
		while (display.readAndDispatch()) {
			// paint everything pending before copying the screen
		}
		Rectangle area = shell.getBounds();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot save screenshot " + file, e);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
