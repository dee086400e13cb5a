package vn.hoagiai.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docker Compose's variable interpolation: {@code ${NAME}}, {@code ${NAME:-default}},
 * {@code ${NAME-default}}, {@code ${NAME:?error}}, {@code ${NAME?error}}, and {@code $$} for a literal
 * dollar sign.
 */
final class Interpolation {

	/** {@code $$} (an escaped dollar) or a braced variable with its optional modifier. */
	private static final Pattern VARIABLE = Pattern
		.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

	private Interpolation() {
	}

	/** The names of the variables a text refers to (escaped {@code $$} excluded). */
	static Set<String> variables(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = VARIABLE.matcher(text);
		while (matcher.find()) {
			if (matcher.group(1) != null) {
				names.add(matcher.group(1));
			}
		}
		return names;
	}

	/** Whether a value is one variable reference and nothing else, like {@code ${PASSWORD:?set it}}. */
	static boolean isSingleReference(String text) {
		Matcher matcher = VARIABLE.matcher(text);
		return matcher.matches() && matcher.group(1) != null;
	}

	static String interpolate(String text, Map<String, String> environment) {
		Matcher matcher = VARIABLE.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String replacement;
			if (matcher.group(1) == null) {
				replacement = "$";
			}
			else {
				String name = matcher.group(1);
				String modifier = matcher.group(2);
				String argument = matcher.group(3);
				String value = environment.get(name);
				boolean unsetOrEmpty = (value == null) || value.isEmpty();
				if (modifier == null) {
					replacement = (value != null) ? value : "";
				}
				else if (modifier.equals(":-")) {
					replacement = unsetOrEmpty ? argument : value;
				}
				else if (modifier.equals("-")) {
					replacement = (value == null) ? argument : value;
				}
				else if (modifier.equals(":?") && unsetOrEmpty || modifier.equals("?") && value == null) {
					throw new IllegalStateException("required variable " + name + " is missing a value: " + argument);
				}
				else {
					replacement = value;
				}
			}
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	/** A copy of a parsed YAML tree with every string interpolated (keys too, as Compose does). */
	@SuppressWarnings("unchecked")
	static Object interpolateTree(Object node, Map<String, String> environment) {
		if (node instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			((Map<Object, Object>) map).forEach((key, value) -> copy
				.put(interpolate(String.valueOf(key), environment), interpolateTree(value, environment)));
			return copy;
		}
		if (node instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach((item) -> copy.add(interpolateTree(item, environment)));
			return copy;
		}
		if (node instanceof String string) {
			return interpolate(string, environment);
		}
		return node;
	}

}
