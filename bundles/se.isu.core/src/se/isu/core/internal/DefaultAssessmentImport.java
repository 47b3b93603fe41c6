package se.isu.core.internal;

import java.io.IOException;
import java.io.Reader;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.instrument.AssessmentService;
import se.isu.instrument.api.AssessmentImport;

/** The import of the instrument API (1.2): the assessment service's own, with its checks, permissions and logging. */
@Component(service = AssessmentImport.class)
public class DefaultAssessmentImport implements AssessmentImport {

	@Reference
	AssessmentService assessments;

	@Override
	public Result importCsv(String instrumentId, Reader csv) throws IOException {
		AssessmentService.ImportResult result;
		try {
			result = assessments.importCsv(instrumentId, csv);
		} catch (se.isu.security.AccessDeniedException e) {
			// the API's callers know no security bundle: the refusal, with its message, as the JDK's exception
			throw new SecurityException(e.getMessage(), e);
		}
		return new Result(result.imported(), result.problems().stream()
				.map(p -> new Problem(p.line(), p.column(), p.message())).toList());
	}
}
