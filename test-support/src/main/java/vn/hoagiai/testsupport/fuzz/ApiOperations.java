package vn.hoagiai.testsupport.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The operations a service's OpenAPI document ({@code /v3/api-docs}) describes, with their parameters
 * and request bodies, schema references resolved. A new endpoint is picked up without changing a test.
 */
final class ApiOperations {

	private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

	private ApiOperations() {
	}

	/**
	 * One parameter.
	 *
	 * @param name as the service names it
	 * @param in path, query or header
	 * @param schema its schema, references resolved
	 * @param required whether the document says it must be sent
	 */
	record Parameter(String name, String in, JsonNode schema, boolean required) {
	}

	/**
	 * One operation.
	 *
	 * @param method GET, POST, PUT, PATCH or DELETE
	 * @param path the path template, e.g. {@code /api/registry/teams/{id}}
	 * @param parameters its path, query and header parameters
	 * @param bodyType the request body's media type, null without a body
	 * @param bodySchema the request body's schema, references resolved
	 */
	record Operation(String method, String path, List<Parameter> parameters, @Nullable String bodyType,
			JsonNode bodySchema) {

		String key() {
			return this.method + " " + this.path;
		}

		List<Parameter> in(String location) {
			return this.parameters.stream().filter((p) -> p.in().equals(location)).toList();
		}

		boolean hasBody() {
			return this.bodyType != null;
		}

		/** Whether a caller sends it anything (parameters or a body) that could be hostile. */
		boolean takesInput() {
			return !this.parameters.isEmpty() || this.bodyType != null;
		}

		boolean multipart() {
			return "multipart/form-data".equals(this.bodyType);
		}

	}

	/** Every operation of a document, except server-sent event streams (they never end). */
	static List<Operation> read(JsonNode document) {
		List<Operation> operations = new ArrayList<>();
		JsonNode paths = document.path("paths");
		for (String path : paths.propertyNames()) {
			JsonNode item = paths.get(path);
			for (String method : item.propertyNames()) {
				if (!METHODS.contains(method)) {
					continue;
				}
				JsonNode operation = item.get(method);
				List<Parameter> parameters = new ArrayList<>();
				for (JsonNode parameter : operation.path("parameters")) {
					JsonNode resolved = resolve(document, parameter, 0);
					parameters.add(new Parameter(resolved.path("name").asString(), resolved.path("in").asString(),
							resolve(document, resolved.path("schema"), 0), resolved.path("required").asBoolean(false)));
				}
				String bodyType = null;
				JsonNode bodySchema = JsonNodeFactory.instance.objectNode();
				JsonNode content = operation.path("requestBody").path("content");
				if (content.isObject() && !content.isEmpty()) {
					bodyType = content.propertyNames().iterator().next();
					bodySchema = resolve(document, content.get(bodyType).path("schema"), 0);
				}
				if (onlyStreams(operation)) {
					continue;
				}
				operations.add(new Operation(method.toUpperCase(Locale.ROOT), path, List.copyOf(parameters), bodyType,
						bodySchema));
			}
		}
		operations.sort(Comparator.comparing(Operation::key));
		return List.copyOf(operations);
	}

	private static boolean onlyStreams(JsonNode operation) {
		for (JsonNode response : operation.path("responses")) {
			for (String type : response.path("content").propertyNames()) {
				if (!type.equals("text/event-stream")) {
					return false;
				}
			}
			if (!response.path("content").isEmpty()) {
				return true;
			}
		}
		return false;
	}

	/** A copy of a schema with every {@code $ref} replaced by what it names (recursion cut at depth 8). */
	private static JsonNode resolve(JsonNode document, JsonNode node, int depth) {
		if (node.isObject() && node.has("$ref")) {
			if (depth > 8) {
				return JsonNodeFactory.instance.objectNode().put("type", "object");
			}
			String ref = node.get("$ref").asString();
			JsonNode target = document;
			for (String step : ref.substring(2).split("/")) {
				target = target.path(step);
			}
			return resolve(document, target, depth + 1);
		}
		if (node.isObject()) {
			ObjectNode copy = JsonNodeFactory.instance.objectNode();
			for (String name : node.propertyNames()) {
				copy.set(name, resolve(document, node.get(name), depth));
			}
			return copy;
		}
		if (node.isArray()) {
			var copy = JsonNodeFactory.instance.arrayNode();
			node.forEach((item) -> copy.add(resolve(document, item, depth)));
			return copy;
		}
		return node;
	}

}
