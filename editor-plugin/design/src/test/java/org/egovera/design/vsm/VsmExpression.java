package org.egovera.design.vsm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An interpreted expression of the viewpoint description, in one of the forms the project allows because a
 * test can check them without Sirius' interpreters: {@code feature:name}, {@code var:name},
 * {@code service:[receiver.]name[(variable, ...)]}, {@code aql:self.feature[.feature]},
 * {@code aql:self.service(argument, ...)} with variables or quoted literals, and plain literals.
 */
public sealed interface VsmExpression {

    /** {@code feature:name}: a feature of the context element (or one of Sirius' eContainer, eContents...). */
    record Feature(String name) implements VsmExpression {
    }

    /** {@code var:name}: a variable in scope ({@code self} included). */
    record Variable(String name) implements VsmExpression {
    }

    /** {@code aql:self.a} or {@code aql:self.a.b}: features followed from the context element. */
    record FeaturePath(List<String> features) implements VsmExpression {
    }

    /** {@code service:...} or {@code aql:self.name(...)}: a Java service called on a receiver variable. */
    record ServiceCall(String receiver, String service, List<Argument> arguments) implements VsmExpression {
    }

    /** Text without an interpreter prefix: Sirius uses it as it is. */
    record Literal(String text) implements VsmExpression {
    }

    /** An argument of a service call: a variable, or (in AQL) a quoted string literal. */
    record Argument(String variable, String literal) {

        boolean isLiteral() {
            return literal != null;
        }
    }

    String IDENTIFIER = "[A-Za-z_][A-Za-z0-9_]*";
    Pattern SERVICE = Pattern.compile("(?:(" + IDENTIFIER + ")\\.)?(" + IDENTIFIER + ")(?:\\((.*)\\))?");
    Pattern AQL_PATH = Pattern.compile("self((?:\\." + IDENTIFIER + "){1,2})");
    Pattern AQL_CALL = Pattern.compile("self\\.(" + IDENTIFIER + ")\\((.*)\\)");
    Pattern VARIABLE = Pattern.compile(IDENTIFIER + "|[0-9]+");
    Pattern QUOTED = Pattern.compile("'([^']*)'");
    /** Prefixes of Sirius' other interpreters: expressions in those languages are not allowed here. */
    List<String> FOREIGN_PREFIXES = List.of("ocl:", "[", "<%");

    /** Parses an expression; a form outside the allowed ones is an {@link IllegalArgumentException}. */
    static VsmExpression parse(String text) {
        String expression = text.strip();
        if (expression.startsWith("feature:")) {
            return new Feature(identifier(expression.substring(8).strip(), text));
        }
        if (expression.startsWith("var:")) {
            String name = expression.substring(4).strip();
            if (!VARIABLE.matcher(name).matches()) {
                throw new IllegalArgumentException("not a variable name in '" + text + "'");
            }
            return new Variable(name);
        }
        if (expression.startsWith("service:")) {
            Matcher matcher = SERVICE.matcher(expression.substring(8).strip());
            if (!matcher.matches()) {
                throw new IllegalArgumentException("not a service call in '" + text + "'");
            }
            List<Argument> arguments = new ArrayList<>();
            for (String argument : split(matcher.group(3))) {
                if (!VARIABLE.matcher(argument).matches()) {
                    throw new IllegalArgumentException("service: arguments must be variables, not '" + argument + "', in '" + text + "'");
                }
                arguments.add(new Argument(argument, null));
            }
            return new ServiceCall(matcher.group(1) == null ? "self" : matcher.group(1), matcher.group(2), List.copyOf(arguments));
        }
        if (expression.startsWith("aql:")) {
            String body = expression.substring(4).strip();
            Matcher path = AQL_PATH.matcher(body);
            if (path.matches()) {
                return new FeaturePath(List.of(path.group(1).substring(1).split("\\.")));
            }
            Matcher call = AQL_CALL.matcher(body);
            if (call.matches()) {
                List<Argument> arguments = new ArrayList<>();
                for (String argument : split(call.group(2))) {
                    Matcher quoted = QUOTED.matcher(argument);
                    if (quoted.matches()) {
                        arguments.add(new Argument(null, quoted.group(1)));
                    } else if (VARIABLE.matcher(argument).matches()) {
                        arguments.add(new Argument(argument, null));
                    } else {
                        throw new IllegalArgumentException("AQL argument '" + argument + "' is neither a variable nor a quoted literal in '" + text + "'");
                    }
                }
                return new ServiceCall("self", call.group(1), List.copyOf(arguments));
            }
            throw new IllegalArgumentException("AQL beyond self.feature[.feature] and self.service(...): '" + text + "'; move it into a service");
        }
        for (String prefix : FOREIGN_PREFIXES) {
            if (expression.startsWith(prefix)) {
                throw new IllegalArgumentException("expression language not allowed: '" + text + "'");
            }
        }
        return new Literal(text);
    }

    private static String identifier(String name, String text) {
        if (!name.matches(IDENTIFIER)) {
            throw new IllegalArgumentException("not a feature name in '" + text + "'");
        }
        return name;
    }

    private static List<String> split(String arguments) {
        if (arguments == null || arguments.isBlank()) {
            return List.of();
        }
        return List.of(arguments.split(",")).stream().map(String::strip).toList();
    }
}
