package se.isu.reports;

/** Output formats the BIRT emitters shipped in the product can write. */
public enum ReportFormat {
	PDF("pdf"), HTML("html"), XLSX("xlsx");

	private final String emitterFormat;

	ReportFormat(String emitterFormat) {
		this.emitterFormat = emitterFormat;
	}

	/** The BIRT output-format id of the emitter. */
	public String emitterFormat() {
		return emitterFormat;
	}

	public String fileExtension() {
		return emitterFormat;
	}

	/** Parses {@code pdf}, {@code html} or {@code xlsx}, any case. */
	public static ReportFormat parse(String text) {
		for (ReportFormat format : values()) {
			if (format.emitterFormat.equalsIgnoreCase(text == null ? "" : text.strip())) {
				return format;
			}
		}
		throw new IllegalArgumentException("Unknown report format '" + text + "': use pdf, html or xlsx");
	}
}
