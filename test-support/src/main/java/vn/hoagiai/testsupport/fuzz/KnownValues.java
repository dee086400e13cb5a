package vn.hoagiai.testsupport.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Values that mean something to the service: those the test names (unit codes in scope, periods) and
 * the identifiers its answers have shown (a team created by one request is the team another request
 * changes), so that spoiled requests reach past the first lookup.
 */
final class KnownValues {

	/** The most values kept for one name: enough to choose from, few enough to stay fast. */
	private static final int KEPT = 50;

	private final Map<String, List<String>> given;

	private final Map<String, Set<String>> learned = new HashMap<>();

	private final Map<String, Set<String>> enums = new HashMap<>();

	private final Map<String, String> versions = new HashMap<>();

	private final Map<String, String> pathVersions = new HashMap<>();

	/**
	 * @param given values by the name of the field or parameter that takes them ({@code communeCode},
	 * {@code unitCode}, {@code district}, {@code period}...), or by a path variable's place
	 * ({@code /api/training/courses/{id}}); a name ending in {@code Code} falls back to {@code unitCode}
	 */
	KnownValues(Map<String, List<String>> given) {
		this.given = Map.copyOf(given);
	}

	/**
	 * The values for a path variable, a query parameter or a body field.
	 * @param resource for a path variable, the path before it ({@code /api/registry/teams} for the
	 * {@code id} of {@code /api/registry/teams/{id}}); empty otherwise
	 */
	List<String> valuesFor(String resource, String name) {
		if (!resource.isEmpty()) {
			List<String> ids = new ArrayList<>(this.given.getOrDefault(resource + "/{" + name + "}", List.of()));
			ids.addAll(learned(resource + "/{" + name + "}"));
			if (ids.isEmpty() && name.equals("id")) {
				// a list answered as {"teams": [...]} taught its items' ids as teamId
				String last = resource.substring(resource.lastIndexOf('/') + 1);
				ids = learned((last.endsWith("s") ? last.substring(0, last.length() - 1) : last) + "Id");
			}
			if (!ids.isEmpty()) {
				return ids;
			}
		}
		List<String> values = new ArrayList<>(this.given.getOrDefault(name, List.of()));
		values.addAll(learned(name));
		if (!values.isEmpty()) {
			return values;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.contains("commune")) {
			return this.given.getOrDefault("communeCode", List.of());
		}
		if (lower.contains("district")) {
			return this.given.getOrDefault("district", List.of());
		}
		if (lower.endsWith("code") || lower.equals("unit") || lower.equals("under") || lower.equals("parent")) {
			return this.given.getOrDefault("unitCode", List.of());
		}
		if (lower.endsWith("id") || lower.endsWith("ids")) {
			List<String> ids = new ArrayList<>();
			this.learned.forEach((key, learnedIds) -> {
				if (key.toLowerCase(Locale.ROOT).endsWith("id}") || key.toLowerCase(Locale.ROOT).endsWith("id")) {
					ids.addAll(learnedIds);
				}
			});
			return ids;
		}
		return List.of();
	}

	/**
	 * Remembers the choices the OpenAPI document lists for a name anywhere (an answer's {@code kind}
	 * enumerates what a form's {@code kind} parameter, typed as a plain string, accepts).
	 */
	void learnChoices(JsonNode document) {
		JsonNode paths = document.path("paths");
		for (String path : paths.propertyNames()) {
			for (JsonNode operation : paths.get(path)) {
				for (JsonNode parameter : operation.path("parameters")) {
					// a form's kind, typed as a string, takes what the list on the same path filters by
					choices(path + " " + parameter.path("name").asString(), parameter.path("schema").path("enum"));
				}
			}
		}
		learnChoicesIn(document);
	}

	private void learnChoicesIn(JsonNode document) {
		if (document.isObject()) {
			JsonNode properties = document.path("properties");
			if (properties.isObject()) {
				for (String name : properties.propertyNames()) {
					choices(name, properties.get(name).path("enum"));
				}
			}
			if (document.has("name") && document.path("schema").has("enum")) {
				choices(document.path("name").asString(), document.path("schema").path("enum"));
			}
		}
		if (document.isObject() || document.isArray()) {
			document.forEach(this::learnChoicesIn);
		}
	}

	private void choices(String name, JsonNode values) {
		values.forEach((value) -> this.enums.computeIfAbsent(name, (n) -> new LinkedHashSet<>()).add(value.asString()));
	}

	/** The version an answer last showed for the thing with this identifier. */
	Optional<String> versionOf(String id) {
		return Optional.ofNullable(this.versions.get(id));
	}

	/** The choices the document lists for a name, on the same path first; empty when it lists none. */
	List<String> choicesFor(String path, String name) {
		Set<String> onPath = this.enums.get(path + " " + name);
		return List.copyOf((onPath != null) ? onPath : this.enums.getOrDefault(name, Set.of()));
	}

	/** The version the answer for a path, or for the longest path it starts with, last showed. */
	Optional<String> versionAt(String path) {
		String best = null;
		for (String known : this.pathVersions.keySet()) {
			if ((path.equals(known) || path.startsWith(known + "/")) && (best == null || known.length() > best.length())) {
				best = known;
			}
		}
		return Optional.ofNullable((best != null) ? this.pathVersions.get(best) : null);
	}

	private List<String> learned(String key) {
		return List.copyOf(this.learned.getOrDefault(key, Set.of()));
	}

	/**
	 * Remembers the identifiers in a successful answer: its own {@code id} (and its items', for a list or
	 * a page) as the id of the resource the request's path names, an {@code id} inside a list field
	 * such as {@code sessions} as a {@code sessionId}, and every field named {@code ...Id},
	 * {@code ...Code}, {@code code} or {@code token}.
	 */
	void learn(String pathTemplate, String path, JsonNode answer) {
		if (answer.path("version").isNumber()) {
			this.pathVersions.put(path, answer.path("version").asString());
		}
		int variable = pathTemplate.indexOf("/{");
		String resource = (variable < 0) ? pathTemplate : pathTemplate.substring(0, variable);
		walk(answer, resource + "/{id}", 0);
	}

	private void walk(JsonNode node, String idKey, int depth) {
		if (depth > 6) {
			return;
		}
		if (node.isArray()) {
			node.forEach((item) -> walk(item, idKey, depth + 1));
			return;
		}
		if (!node.isObject()) {
			return;
		}
		if (node.path("id").isString() && node.path("version").isNumber()) {
			this.versions.put(node.path("id").asString(), node.path("version").asString());
		}
		for (String field : node.propertyNames()) {
			JsonNode value = node.get(field);
			if (value.isString() || value.isNumber()) {
				if (field.equals("id")) {
					remember(idKey, value.asString());
				}
				else if (field.endsWith("Id") || field.endsWith("Code") || field.equals("code") || field.equals("token")) {
					remember(field, value.asString());
				}
			}
			else if (value.isArray() && !value.isEmpty()) {
				String singular = field.endsWith("s") ? field.substring(0, field.length() - 1) : field;
				boolean page = field.equals("items") || field.equals("content") || field.equals("results");
				walk(value, page ? idKey : singular + "Id", depth + 1);
			}
			else if (value.isObject()) {
				walk(value, field + "Id", depth + 1);
			}
		}
	}

	private void remember(String key, String value) {
		if (value.isBlank() || value.length() > 100) {
			return;
		}
		Set<String> values = this.learned.computeIfAbsent(key, (k) -> new LinkedHashSet<>());
		if (values.size() < KEPT) {
			values.add(value);
		}
	}

}
