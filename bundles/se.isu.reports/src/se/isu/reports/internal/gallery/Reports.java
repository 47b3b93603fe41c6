package se.isu.reports.internal.gallery;

import java.io.InputStream;

/** Finds the templates this bundle ships. */
final class Reports {

	private Reports() {
	}

	static InputStream design(String file) {
		InputStream design = Reports.class.getClassLoader().getResourceAsStream("templates/" + file);
		if (design == null) {
			throw new IllegalStateException("The template templates/" + file + " is missing from se.isu.reports");
		}
		return design;
	}
}
