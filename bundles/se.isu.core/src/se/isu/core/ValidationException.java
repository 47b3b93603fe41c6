package se.isu.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks a rule. Carries one {@link Violation} per broken rule, each naming the field and the rule,
 * so every surface (form, wizard, CLI, import) can show the message at the right place. Nothing is stored when
 * this is thrown.
 */
public class ValidationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** A broken rule: {@code field} is the stable field id, {@code message} the Swedish text for a person. */
	public record Violation(String field, String message) {
		@Override
		public String toString() {
			return field + ": " + message;
		}
	}

	private final transient List<Violation> violations;

	public ValidationException(List<Violation> violations) {
		super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
		this.violations = List.copyOf(violations);
	}

	public ValidationException(String field, String message) {
		this(List.of(new Violation(field, message)));
	}

	public List<Violation> violations() {
		return violations;
	}
}
