package vn.hoagiai.contracts.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Whether a change to a published schema is compatible, by the rules in docs/EVENTS.md: within one
 * version, the only allowed change is a new optional property (and words: descriptions, titles,
 * comments, examples). Everything else — a property removed, a property made required, a type, enum,
 * pattern, format or bound changed, a conditional rule changed — breaks producers or consumers already
 * running and needs a new version ({@code ...v2}) with its own schema.
 */
public final class SchemaCompatibility {

	/** Keywords that only say something to people. */
	private static final Set<String> WORDS = Set.of("description", "title", "$comment", "examples", "$id", "$schema");

	private SchemaCompatibility() {
	}

	/** The breaking changes from {@code published} to {@code current}; empty when compatible. */
	public static List<String> breakingChanges(JsonNode published, JsonNode current) {
		List<String> problems = new ArrayList<>();
		compare("$", published, current, problems);
		return problems;
	}

	private static void compare(String path, JsonNode published, JsonNode current, List<String> problems) {
		Set<String> keywords = new HashSet<>();
		published.fieldNames().forEachRemaining(keywords::add);
		current.fieldNames().forEachRemaining(keywords::add);
		for (String keyword : keywords) {
			if (WORDS.contains(keyword)) {
				continue;
			}
			JsonNode before = published.get(keyword);
			JsonNode after = current.get(keyword);
			switch (keyword) {
				case "properties" -> compareProperties(path, before, after, requiredOf(current), problems);
				case "required" -> {
					if (!requiredOf(published).equals(requiredOf(current))) {
						problems.add(path + ": required changed from " + requiredOf(published) + " to "
								+ requiredOf(current));
					}
				}
				case "items" -> {
					if (before == null || after == null) {
						problems.add(path + ": items " + ((before == null) ? "added" : "removed"));
					}
					else {
						compare(path + "[]", before, after, problems);
					}
				}
				default -> {
					if (before == null) {
						problems.add(path + ": '" + keyword + "' added");
					}
					else if (after == null) {
						problems.add(path + ": '" + keyword + "' removed");
					}
					else if (!withoutWords(before).equals(withoutWords(after))) {
						problems.add(path + ": '" + keyword + "' changed from " + before + " to " + after);
					}
				}
			}
		}
	}

	private static void compareProperties(String path, JsonNode before, JsonNode after, Set<String> requiredNow,
			List<String> problems) {
		if (before == null || after == null) {
			problems.add(path + ": properties " + ((before == null) ? "added" : "removed"));
			return;
		}
		for (Iterator<Map.Entry<String, JsonNode>> it = before.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> property = it.next();
			JsonNode now = after.get(property.getKey());
			if (now == null) {
				problems.add(path + "." + property.getKey() + ": removed");
			}
			else {
				compare(path + "." + property.getKey(), property.getValue(), now, problems);
			}
		}
		for (Iterator<String> it = after.fieldNames(); it.hasNext();) {
			String name = it.next();
			if (!before.has(name) && requiredNow.contains(name)) {
				problems.add(path + "." + name + ": added as required (a new property must be optional)");
			}
		}
	}

	private static Set<String> requiredOf(JsonNode schema) {
		Set<String> required = new HashSet<>();
		JsonNode node = schema.get("required");
		if (node != null) {
			node.forEach((name) -> required.add(name.asText()));
		}
		return required;
	}

	private static JsonNode withoutWords(JsonNode node) {
		JsonNode copy = node.deepCopy();
		strip(copy);
		return copy;
	}

	private static void strip(JsonNode node) {
		if (node instanceof ObjectNode object) {
			WORDS.forEach(object::remove);
			object.forEach(SchemaCompatibility::strip);
		}
		else if (node.isArray()) {
			node.forEach(SchemaCompatibility::strip);
		}
	}

}
