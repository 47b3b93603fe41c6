package se.isu.reports.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mozilla.javascript.CompilerEnvirons;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.Parser;
import org.mozilla.javascript.Token;
import org.mozilla.javascript.ast.Assignment;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.AstRoot;
import org.mozilla.javascript.ast.ConditionalExpression;
import org.mozilla.javascript.ast.ElementGet;
import org.mozilla.javascript.ast.ExpressionStatement;
import org.mozilla.javascript.ast.FunctionCall;
import org.mozilla.javascript.ast.InfixExpression;
import org.mozilla.javascript.ast.KeywordLiteral;
import org.mozilla.javascript.ast.Name;
import org.mozilla.javascript.ast.NewExpression;
import org.mozilla.javascript.ast.NumberLiteral;
import org.mozilla.javascript.ast.ParenthesizedExpression;
import org.mozilla.javascript.ast.PropertyGet;
import org.mozilla.javascript.ast.StringLiteral;
import org.mozilla.javascript.ast.UnaryExpression;

import se.isu.reports.Messages;

/**
 * The expressions a unit's template may hold, as a grammar on Rhino's own parse tree (so no spelling, escape or
 * comment can hide a name): a row's, data set row's or parameter's value by a literal name, literals, arithmetic,
 * comparison, {@code ?:}, {@code new Date()} and a few named functions and methods. Everything else — other names
 * ({@code java}, {@code Packages}, {@code eval}, {@code this}, …), assignment, function literals, computed member
 * names — is refused with the first part that is not allowed.
 */
final class TemplateExpressions {

	/** Names an expression may start from. */
	static final Set<String> NAMES = Set.of("row", "dataSetRow", "params", "Math", "Date", "String", "Number");
	/** Names whose members are read by a literal key: {@code row["x"]}. */
	static final Set<String> INDEXED = Set.of("row", "dataSetRow", "params");
	/** Names that may be called as functions, and the one that may be constructed. */
	static final Set<String> FUNCTIONS = Set.of("String", "Number");
	static final Set<String> CONSTRUCTORS = Set.of("Date");
	/** Members (properties and methods) an expression may use on a value. */
	static final Set<String> MEMBERS = Set.of("value", "length", "toISOString", "substring", "toFixed", "toUpperCase",
			"toLowerCase", "trim", "round", "floor", "ceil", "abs", "min", "max", "getFullYear", "getMonth", "getDate");
	/** Keys that reach JavaScript's machinery rather than a column. */
	private static final Set<String> MACHINERY_KEYS = Set.of("constructor", "prototype", "__proto__", "__parent__");
	private static final Set<Integer> OPERATORS = Set.of(Token.ADD, Token.SUB, Token.MUL, Token.DIV, Token.MOD, Token.EQ,
			Token.NE, Token.SHEQ, Token.SHNE, Token.LT, Token.LE, Token.GT, Token.GE, Token.AND, Token.OR);
	private static final Set<Integer> UNARY = Set.of(Token.NEG, Token.POS, Token.NOT);

	private TemplateExpressions() {
	}

	/** The first part of {@code source} that is not allowed, or empty when the whole expression is allowed. */
	static Optional<String> firstNotAllowed(String source) {
		if (source == null || source.isBlank()) {
			return Optional.empty();
		}
		AstRoot root;
		try {
			CompilerEnvirons environment = new CompilerEnvirons();
			environment.setLanguageVersion(Context.VERSION_ES6);
			root = new Parser(environment).parse(source, "template", 1);
		} catch (EvaluatorException | IllegalStateException e) {
			return Optional.of(Messages.templateExpressionSyntax);
		}
		List<AstNode> statements = root.getStatements();
		if (statements.size() != 1 || !(statements.get(0) instanceof ExpressionStatement statement)) {
			return Optional.of(Messages.templateExpressionNotOne);
		}
		return check(statement.getExpression());
	}

	private static Optional<String> check(AstNode node) {
		if (node instanceof StringLiteral || node instanceof NumberLiteral) {
			return Optional.empty();
		}
		if (node instanceof KeywordLiteral keyword) {
			int type = keyword.getType();
			return type == Token.TRUE || type == Token.FALSE || type == Token.NULL ? Optional.empty()
					: Optional.of(keyword.toSource());
		}
		if (node instanceof Name name) {
			return NAMES.contains(name.getIdentifier()) ? Optional.empty() : Optional.of(name.getIdentifier());
		}
		if (node instanceof ParenthesizedExpression parenthesized) {
			return check(parenthesized.getExpression());
		}
		if (node instanceof ElementGet get) {
			Optional<String> target = check(get.getTarget());
			if (target.isPresent()) {
				return target;
			}
			if (!(get.getTarget() instanceof Name name) || !INDEXED.contains(name.getIdentifier())) {
				return Optional.of(get.getTarget().toSource() + "[…]");
			}
			if (!(get.getElement() instanceof StringLiteral key)) {
				return Optional.of(name.getIdentifier() + "[" + get.getElement().toSource() + "]");
			}
			return MACHINERY_KEYS.contains(key.getValue()) ? Optional.of(key.getValue()) : Optional.empty();
		}
		if (node instanceof PropertyGet get) { // before InfixExpression: a PropertyGet is one
			Optional<String> target = check(get.getTarget());
			if (target.isPresent()) {
				return target;
			}
			String member = get.getProperty().getIdentifier();
			return MEMBERS.contains(member) ? Optional.empty() : Optional.of(member);
		}
		if (node instanceof NewExpression construct) { // before FunctionCall: a NewExpression is one
			if (!(construct.getTarget() instanceof Name name) || !CONSTRUCTORS.contains(name.getIdentifier())) {
				return Optional.of(construct.getTarget() instanceof Name n ? n.getIdentifier() : "new");
			}
			return checkAll(construct.getArguments());
		}
		if (node instanceof FunctionCall call) {
			AstNode target = call.getTarget();
			if (target instanceof Name name) {
				if (!FUNCTIONS.contains(name.getIdentifier())) {
					return Optional.of(name.getIdentifier());
				}
			} else if (target instanceof PropertyGet) {
				Optional<String> method = check(target);
				if (method.isPresent()) {
					return method;
				}
			} else {
				Optional<String> inner = check(target);
				return inner.isPresent() ? inner : Optional.of(target.shortName() + "(…)");
			}
			return checkAll(call.getArguments());
		}
		if (node instanceof Assignment assignment) {
			return Optional.of(operator(assignment.getType()));
		}
		if (node instanceof InfixExpression infix) {
			if (!OPERATORS.contains(infix.getType())) {
				return Optional.of(operator(infix.getType()));
			}
			Optional<String> left = check(infix.getLeft());
			return left.isPresent() ? left : check(infix.getRight());
		}
		if (node instanceof UnaryExpression unary) {
			return UNARY.contains(unary.getType()) ? check(unary.getOperand())
					: Optional.of(operator(unary.getType()));
		}
		if (node instanceof ConditionalExpression conditional) {
			for (AstNode part : List.of(conditional.getTestExpression(), conditional.getTrueExpression(),
					conditional.getFalseExpression())) {
				Optional<String> refused = check(part);
				if (refused.isPresent()) {
					return refused;
				}
			}
			return Optional.empty();
		}
		// function literals, object and array literals, regular expressions, templates, comma, delete, typeof, …
		return Optional.of(node.shortName());
	}

	private static Optional<String> checkAll(List<AstNode> nodes) {
		for (AstNode node : nodes) {
			Optional<String> refused = check(node);
			if (refused.isPresent()) {
				return refused;
			}
		}
		return Optional.empty();
	}

	private static String operator(int token) {
		try {
			return AstNode.operatorToString(token);
		} catch (IllegalArgumentException e) {
			return Token.typeToName(token);
		}
	}
}
