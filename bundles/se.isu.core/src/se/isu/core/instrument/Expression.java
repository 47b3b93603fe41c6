package se.isu.core.instrument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The small, safe expression language of skip logic ({@code visibleWhen}) and computed items ({@code expression}).
 * It is parsed, never executed as code: there is no script engine, no method calls, no loops.
 *
 * <pre>
 * expr       := or
 * or         := and ('or' and)*
 * and        := not ('and' not)*
 * not        := 'not' not | comparison
 * comparison := sum (('=' | '==' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=') sum | 'in' '(' literal (',' literal)* ')')?
 * sum        := product (('+' | '-') product)*
 * product    := unary (('*' | '/') unary)*
 * unary      := '-' unary | primary
 * primary    := number | 'text' | ITEM_ID | 'answered' '(' ITEM_ID ')' | 'missing' '(' ITEM_ID ')' | '(' expr ')'
 * </pre>
 *
 * A comparison with an unanswered item or one holding a missing code is false; arithmetic on one gives no value.
 * For a multiple-choice item, {@code ID = 3} is true when 3 is among the chosen codes.
 */
public final class Expression {

	/** Longer sources are refused before tokenising; skip rules and computed items are a line or two. */
	public static final int MAX_LENGTH = 2000;

	/**
	 * Parentheses, {@code not} and unary minus nested deeper than this are refused: the parser and the evaluator
	 * recurse once per level, and a rule nested thousands of levels deep would overflow the stack.
	 */
	public static final int MAX_DEPTH = 32;

	private final String source;
	private final Node root;
	private final Set<String> references;

	private Expression(String source, Node root, Set<String> references) {
		this.source = source;
		this.root = root;
		this.references = Collections.unmodifiableSet(references);
	}

	/** @throws ExpressionException naming the position and what was expected */
	public static Expression parse(String source) {
		Parser parser = new Parser(source);
		Node root = parser.expression();
		parser.expectEnd();
		return new Expression(source, root, parser.references);
	}

	/** True when the expression holds for these answers; a value that is not a truth counts as false. */
	public boolean test(AnswerSheet answers) {
		Object value = root.eval(answers);
		return value instanceof Boolean b ? b : false;
	}

	/** The numeric value for computed items; null when an operand is unanswered or missing. */
	public Double evaluate(AnswerSheet answers) {
		Object value = root.eval(answers);
		return value instanceof Double d && !d.isNaN() && !d.isInfinite() ? d : null;
	}

	/** Item ids the expression reads, in order of first use. */
	public Set<String> references() {
		return references;
	}

	@Override
	public String toString() {
		return source;
	}

	/** A malformed expression; the message says where and what was expected. */
	public static final class ExpressionException extends IllegalArgumentException {
		private static final long serialVersionUID = 1L;

		ExpressionException(String source, int position, String problem) {
			super("\"" + (source.length() > 60 ? source.substring(0, 60) + "…" : source) + "\" position " + (position + 1)
					+ ": " + problem);
		}
	}

	private interface Node {
		Object eval(AnswerSheet answers);
	}

	private static final class Parser {
		private final String source;
		private final List<String> tokens = new ArrayList<>();
		private final List<Integer> positions = new ArrayList<>();
		private final Set<String> references = new LinkedHashSet<>();
		private int next;

		/** How many parentheses, {@code not} and unary minus enclose the token being parsed. */
		private int depth;

		Parser(String source) {
			this.source = source == null ? "" : source;
			if (this.source.length() > MAX_LENGTH) {
				throw new ExpressionException(this.source, MAX_LENGTH,
						"longer than " + MAX_LENGTH + " characters (" + this.source.length() + ")");
			}
			tokenize();
		}

		private void tokenize() {
			int i = 0;
			String s = source;
			while (i < s.length()) {
				char c = s.charAt(i);
				if (Character.isWhitespace(c)) {
					i++;
					continue;
				}
				int start = i;
				if (Character.isDigit(c)) {
					while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
						i++;
					}
				} else if (Character.isLetter(c)) {
					while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.'
							|| s.charAt(i) == '_')) {
						i++;
					}
				} else if (c == '\'') {
					i++;
					while (i < s.length() && s.charAt(i) != '\'') {
						i++;
					}
					if (i >= s.length()) {
						throw new ExpressionException(s, start, "text without closing '");
					}
					i++;
				} else if ((c == '<' || c == '>' || c == '!' || c == '=') && i + 1 < s.length()
						&& s.charAt(i + 1) == '=') {
					i += 2;
				} else if ("=<>()+-*/,".indexOf(c) >= 0) {
					i++;
				} else {
					throw new ExpressionException(s, i, "unexpected character '" + c + "'");
				}
				tokens.add(s.substring(start, i));
				positions.add(start);
			}
		}

		private String peek() {
			return next < tokens.size() ? tokens.get(next) : null;
		}

		private boolean accept(String token) {
			String t = peek();
			if (t != null && t.toLowerCase(Locale.ROOT).equals(token)) {
				next++;
				return true;
			}
			return false;
		}

		private void expect(String token) {
			if (!accept(token)) {
				throw error("expected " + token);
			}
		}

		void expectEnd() {
			if (next < tokens.size()) {
				throw error("unexpected " + tokens.get(next));
			}
		}

		private ExpressionException error(String problem) {
			int position = next < positions.size() ? positions.get(next) : source.length();
			return new ExpressionException(source, position, problem + (peek() == null ? " at the end" : ""));
		}

		Node expression() {
			if (tokens.isEmpty()) {
				throw error("empty expression");
			}
			return or();
		}

		private Node or() {
			Node left = and();
			while (accept("or")) {
				Node l = left;
				Node r = and();
				left = a -> truth(l.eval(a)) || truth(r.eval(a));
			}
			return left;
		}

		private Node and() {
			Node left = not();
			while (accept("and")) {
				Node l = left;
				Node r = not();
				left = a -> truth(l.eval(a)) && truth(r.eval(a));
			}
			return left;
		}

		/** Counts one level of nesting at the current token; refuses past {@link #MAX_DEPTH}. */
		private void enter() {
			if (++depth > MAX_DEPTH) {
				next--; // point at the token that opened the level too many
				throw error("nested deeper than " + MAX_DEPTH + " levels");
			}
		}

		private Node not() {
			if (accept("not")) {
				enter();
				Node inner = not();
				depth--;
				return a -> !truth(inner.eval(a));
			}
			return comparison();
		}

		private Node comparison() {
			Node left = sum();
			String op = peek();
			if (op == null) {
				return left;
			}
			if (accept("in")) {
				expect("(");
				List<Object> literals = new ArrayList<>();
				do {
					literals.add(literal());
				} while (accept(","));
				expect(")");
				return a -> literals.stream().anyMatch(l -> equal(left, l, a));
			}
			switch (op) {
			case "=", "==", "!=", "<", "<=", ">", ">=" -> next++;
			default -> {
				return left;
			}
			}
			Node right = sum();
			return a -> compare(op, left, right, a);
		}

		private Object literal() {
			String t = peek();
			boolean negative = false;
			if ("-".equals(t)) {
				next++;
				negative = true;
				t = peek();
			}
			if (t != null && Character.isDigit(t.charAt(0))) {
				next++;
				double value = number(t);
				return negative ? -value : value;
			}
			if (!negative && t != null && t.startsWith("'")) {
				next++;
				return t.substring(1, t.length() - 1);
			}
			throw error("expected a number or 'text'");
		}

		private Node sum() {
			Node left = product();
			while (true) {
				if (accept("+")) {
					left = arithmetic(left, product(), '+');
				} else if (accept("-")) {
					left = arithmetic(left, product(), '-');
				} else {
					return left;
				}
			}
		}

		private Node product() {
			Node left = unary();
			while (true) {
				if (accept("*")) {
					left = arithmetic(left, unary(), '*');
				} else if (accept("/")) {
					left = arithmetic(left, unary(), '/');
				} else {
					return left;
				}
			}
		}

		private Node unary() {
			if (accept("-")) {
				enter();
				Node inner = unary();
				depth--;
				return a -> inner.eval(a) instanceof Double d ? -d : null;
			}
			return primary();
		}

		private Node primary() {
			String t = peek();
			if (t == null) {
				throw error("expected a value");
			}
			if (accept("(")) {
				enter();
				Node inner = or();
				expect(")");
				depth--;
				return inner;
			}
			if (Character.isDigit(t.charAt(0))) {
				next++;
				Double value = number(t);
				return a -> value;
			}
			if (t.startsWith("'")) {
				next++;
				String text = t.substring(1, t.length() - 1);
				return a -> text;
			}
			if (Character.isLetter(t.charAt(0))) {
				String lower = t.toLowerCase(Locale.ROOT);
				if ((lower.equals("answered") || lower.equals("missing")) && next + 1 < tokens.size()
						&& tokens.get(next + 1).equals("(")) {
					next += 2;
					String id = itemId();
					expect(")");
					return lower.equals("answered") ? a -> a.isAnswered(id) : a -> a.isMissing(id);
				}
				if (lower.equals("and") || lower.equals("or") || lower.equals("not") || lower.equals("in")) {
					throw error("expected a value, found " + t);
				}
				String id = itemId();
				return a -> a.valueOf(id);
			}
			throw error("unexpected " + t);
		}

		private String itemId() {
			String t = peek();
			if (t == null || !Character.isLetter(t.charAt(0))) {
				throw error("expected an item id");
			}
			next++;
			references.add(t);
			return t;
		}

		private double number(String token) {
			try {
				return Double.parseDouble(token);
			} catch (NumberFormatException e) {
				next--;
				throw error("not a number: " + token);
			}
		}
	}

	private static boolean truth(Object value) {
		return value instanceof Boolean b && b;
	}

	private static Node arithmetic(Node left, Node right, char op) {
		return a -> {
			if (left.eval(a) instanceof Double l && right.eval(a) instanceof Double r) {
				return switch (op) {
				case '+' -> l + r;
				case '-' -> l - r;
				case '*' -> l * r;
				default -> r == 0 ? null : l / r;
				};
			}
			return null;
		};
	}

	private static boolean equal(Node left, Object literal, AnswerSheet a) {
		Object value = left.eval(a);
		if (value instanceof AnswerSheet.Choices choices) {
			return choices.codes().contains(literalText(literal));
		}
		if (value instanceof Double d && literal instanceof Double l) {
			return d.doubleValue() == l.doubleValue();
		}
		return value instanceof String s && s.equals(literalText(literal));
	}

	private static String literalText(Object literal) {
		if (literal instanceof Double d && d == Math.rint(d)) {
			return Long.toString(d.longValue());
		}
		return String.valueOf(literal);
	}

	private static boolean compare(String op, Node left, Node right, AnswerSheet a) {
		Object l = left.eval(a);
		Object r = right.eval(a);
		if (l == null || r == null) {
			return false;
		}
		if (op.equals("=") || op.equals("==")) {
			return equalValues(l, r);
		}
		if (op.equals("!=")) {
			return !equalValues(l, r);
		}
		if (l instanceof Double x && r instanceof Double y) {
			return switch (op) {
			case "<" -> x < y;
			case "<=" -> x <= y;
			case ">" -> x > y;
			default -> x >= y;
			};
		}
		return false;
	}

	private static boolean equalValues(Object l, Object r) {
		if (l instanceof AnswerSheet.Choices c) {
			return c.codes().contains(literalText(r));
		}
		if (r instanceof AnswerSheet.Choices c) {
			return c.codes().contains(literalText(l));
		}
		if (l instanceof Double x && r instanceof Double y) {
			return x.doubleValue() == y.doubleValue();
		}
		return literalText(l).equals(literalText(r));
	}
}
