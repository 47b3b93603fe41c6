package se.isu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports and exports are written whole or not at all, in the window and on the command line. */
class WholeFileTest {

	@TempDir
	Path folder;

	@Test
	void aCompleteWriteReplacesTheTargetAndLeavesNoSideFile() throws IOException {
		Path target = folder.resolve("ut").resolve("tabell.csv");
		assertEquals(target, WholeFile.write(target, out -> out.write("a;b\n".getBytes(StandardCharsets.UTF_8))));
		assertEquals("a;b\n", Files.readString(target));
		assertFalse(Files.exists(folder.resolve("ut").resolve("tabell.csv.part")));
	}

	@Test
	void aFailureHalfWayLeavesTheOldFileAsItWasAndNoSideFile() throws IOException {
		Path target = folder.resolve("rapport.pdf");
		Files.writeString(target, "förra rapporten");
		IOException failure = assertThrows(IOException.class, () -> WholeFile.write(target, out -> {
			out.write("halva".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disken är full");
		}));
		assertEquals("disken är full", failure.getMessage());
		assertEquals("förra rapporten", Files.readString(target));
		assertFalse(Files.exists(folder.resolve("rapport.pdf.part")));
	}

	@Test
	void aCancelledRenderLeavesNoFileAtAll() {
		Path target = folder.resolve("ny.pdf");
		assertThrows(java.util.concurrent.CancellationException.class, () -> WholeFile.write(target, out -> {
			out.write(1);
			throw new java.util.concurrent.CancellationException();
		}));
		assertFalse(Files.exists(target));
		assertFalse(Files.exists(folder.resolve("ny.pdf.part")));
	}
}
