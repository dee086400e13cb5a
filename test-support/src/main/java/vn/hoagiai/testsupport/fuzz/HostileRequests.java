package vn.hoagiai.testsupport.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.testsupport.fuzz.ApiOperations.Operation;
import vn.hoagiai.testsupport.fuzz.ApiOperations.Parameter;

/**
 * Requests for one operation: first one a careful caller would send, its values drawn from the
 * operation's schemas and from {@link KnownValues}; then up to three things in it spoiled. About one
 * request in seven is left as it was, so that valid requests store things later ones can aim at.
 */
final class HostileRequests {

	private final KnownValues known;

	/** The path of the operation whose request is being made, for choices listed on the same path. */
	private String operationPath = "";

	HostileRequests(KnownValues known) {
		this.known = known;
	}

	Arbitrary<HostileRequest> of(Operation operation) {
		this.operationPath = operation.path();
		Arbitrary<Map<String, String>> path = named(operation.in("path"),
				(p) -> pathValue(resourceBefore(operation.path(), p.name()), p).map(Optional::of));
		Arbitrary<Map<String, String>> query = named(operation.in("query"),
				(p) -> text(p.name(), p.schema()).optional(p.required() ? 1.0 : 0.85));
		Arbitrary<Map<String, String>> headers = named(operation.in("header"),
				(p) -> Arbitraries.of("\"1\"", "\"2\"", "\"3\"").optional(0.8));
		Arbitrary<Optional<Json>> body = (operation.hasBody() && !operation.multipart())
				? json(operation.bodySchema(), "", 0).map(Optional::of) : Arbitraries.just(Optional.empty());
		Arbitrary<Optional<HostileRequest.FilePart>> file = operation.multipart()
				? Arbitraries.of(new HostileRequest.FilePart("danh-sách.csv",
						"Họ và tên,Giới tính,Năm sinh\nNguyễn Văn An,Nam,1970\n".getBytes(StandardCharsets.UTF_8)),
						new HostileRequest.FilePart("tài-liệu.pdf",
								"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1)))
					.map(Optional::of)
				: Arbitraries.just(Optional.empty());
		Arbitrary<List<Mutation>> mutations = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.of())),
				Tuple.of(6, mutation(operation).list().ofMinSize(1).ofMaxSize(3)));
		return Combinators.combine(path, query, headers, body, file, mutations)
			.as((p, q, h, b, f, m) -> spoil(operation, p, q, h, b.orElse(null), f.orElse(null), m));
	}

	/** The path a path variable follows: {@code /api/registry/teams} for the id of {@code /api/registry/teams/{id}/mediators}. */
	static String resourceBefore(String template, String variable) {
		int at = template.indexOf("/{" + variable + "}");
		return (at < 0) ? "" : template.substring(0, at);
	}

	private interface ValueFor {

		Arbitrary<Optional<String>> apply(Parameter parameter);

	}

	private static Arbitrary<Map<String, String>> named(List<Parameter> parameters, ValueFor value) {
		if (parameters.isEmpty()) {
			return Arbitraries.just(Map.of());
		}
		List<Arbitrary<Optional<String>>> values = parameters.stream().map(value::apply).toList();
		return Combinators.combine(values).as((chosen) -> {
			Map<String, String> named = new LinkedHashMap<>();
			for (int i = 0; i < parameters.size(); i++) {
				String name = parameters.get(i).name();
				chosen.get(i).ifPresent((v) -> named.put(name, v));
			}
			return named;
		});
	}

	// ---- what a careful caller sends ----

	/** The values a pattern allows (a 3-digit district code where {@code \\d{2,3}} is asked), all without one. */
	private static List<String> matching(List<String> values, String pattern) {
		if (pattern.isEmpty()) {
			return values;
		}
		try {
			java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(pattern);
			return values.stream().filter((value) -> compiled.matcher(value).matches()).toList();
		}
		catch (java.util.regex.PatternSyntaxException ex) {
			return values;
		}
	}

	private Arbitrary<String> pathValue(String resource, Parameter parameter) {
		List<String> values = matching(this.known.valuesFor(resource, parameter.name()),
				parameter.schema().path("pattern").asString());
		if (!values.isEmpty()) {
			return Arbitraries.of(values);
		}
		if (parameter.schema().path("type").asString().equals("integer")) {
			return Arbitraries.integers().between(0, 3).map(String::valueOf);
		}
		return text(parameter.name(), parameter.schema());
	}

	private Arbitrary<String> text(String name, JsonNode schema) {
		if (schema.has("enum")) {
			List<String> values = new ArrayList<>();
			schema.get("enum").forEach((v) -> values.add(v.asString()));
			return Arbitraries.of(values);
		}
		String type = schema.path("type").asString();
		if (type.equals("integer")) {
			return integer(name, schema).map(String::valueOf);
		}
		if (type.equals("number")) {
			return Arbitraries.longs().between(0, 50_000_000).map(String::valueOf);
		}
		if (type.equals("boolean")) {
			return Arbitraries.of("true", "false");
		}
		String format = schema.path("format").asString();
		if (format.equals("date")) {
			// Mostly one recent day, so that a form's dates agree (start before end, a session within its course).
			LocalDate recent = LocalDate.now().minusDays(3);
			return Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(recent.toString())), Tuple.of(1,
					Arbitraries.integers().between(0, 700).map((days) -> recent.minusDays(days).toString())));
		}
		if (format.equals("date-time")) {
			return Arbitraries.of("2026-03-01T08:00:00Z", "2025-11-20T01:30:00Z");
		}
		String pattern = schema.path("pattern").asString();
		List<String> values = matching(this.known.valuesFor("", name), pattern);
		if (values.isEmpty()) {
			values = this.known.choicesFor(this.operationPath, name);
		}
		if (!values.isEmpty()) {
			return Arbitraries.of(values);
		}
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.contains("period")) {
			return Arbitraries.of("2026", "2025", "2026-Q1", "2025-Q4", "2026-03");
		}
		if (lower.contains("year")) {
			return Arbitraries.of("2025", "2026");
		}
		if (lower.contains("url") || lower.contains("link") || lower.contains("evidence") || pattern.startsWith("http")) {
			// only this machine's own address: nothing generated may send a service elsewhere
			return Arbitraries.of("https://localhost/tai-lieu/1", "https://localhost/video/hoa-giai");
		}
		if (!pattern.isEmpty() && pattern.matches("[A-Z_|]+")) {
			return Arbitraries.of(Arrays.asList(pattern.split("\\|")));
		}
		int max = schema.path("maxLength").asInt(200);
		return Arbitraries.of(HostileValues.VIETNAMESE)
			.map((text) -> text.substring(0, Math.max(Math.min(text.length(), max), 0)));
	}

	private static Arbitrary<Integer> integer(String name, JsonNode schema) {
		String lower = name.toLowerCase(Locale.ROOT);
		int min = schema.path("minimum").asInt(0);
		int max = schema.path("maximum").asInt(Integer.MAX_VALUE);
		int low;
		int high;
		if (lower.contains("birth")) {
			low = 1950;
			high = 1995;
		}
		else if (lower.contains("year")) {
			low = 2020;
			high = 2026;
		}
		else if (lower.equals("page")) {
			low = 0;
			high = 2;
		}
		else if (lower.equals("size") || lower.equals("limit")) {
			low = 1;
			high = 50;
		}
		else if (lower.contains("score") || lower.contains("percent")) {
			low = 0;
			high = 10;
		}
		else {
			// small: a minimum (of sessions, say) rarely exceeds what else the form holds
			low = Math.max(min, 1);
			high = low + 2;
		}
		return Arbitraries.integers().between(Math.max(low, min), Math.max(Math.min(high, max), Math.max(low, min)));
	}

	private Arbitrary<Json> json(JsonNode schema, String name, int depth) {
		String type = schema.path("type").asString();
		if (type.isEmpty() && schema.has("properties")) {
			type = "object";
		}
		if (schema.has("enum") || type.equals("string") || type.isEmpty()) {
			return text(name, schema).map(Json::text);
		}
		switch (type) {
			case "integer":
				return integer(name, schema).map((n) -> Json.literal(String.valueOf(n)));
			case "number":
				return Arbitraries.longs().between(0, 50_000_000).map((n) -> Json.literal(String.valueOf(n)));
			case "boolean":
				return Arbitraries.of("true", "false").map(Json::literal);
			case "array": {
				if (depth > 4) {
					return Arbitraries.just(new Json.Array(List.of()));
				}
				int min = Math.max(1, schema.path("minItems").asInt(0));
				int max = Math.max(min, Math.min(3, schema.path("maxItems").asInt(3)));
				String item = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
				return json(schema.path("items"), item, depth + 1).list().ofMinSize(min).ofMaxSize(max)
					.map(Json.Array::new);
			}
			default: {
				JsonNode properties = schema.path("properties");
				if (depth > 4 || properties.isEmpty()) {
					return Arbitraries.just(new Json.Obj(List.of()));
				}
				List<String> required = new ArrayList<>();
				schema.path("required").forEach((r) -> required.add(r.asString()));
				List<Arbitrary<Optional<Map.Entry<String, Json>>>> fields = new ArrayList<>();
				for (String property : properties.propertyNames()) {
					Arbitrary<Map.Entry<String, Json>> field = json(properties.get(property), property, depth + 1)
						.map((value) -> Map.entry(property, value));
					fields.add(field.optional(required.contains(property) ? 1.0 : 0.95));
				}
				return Combinators.combine(fields)
					.as((chosen) -> new Json.Obj(chosen.stream().flatMap(Optional::stream).toList()));
			}
		}
	}

	// ---- what is spoiled ----

	/** Where a mutation lands. */
	enum Target {

		PATH, QUERY, EXTRA_QUERY, HEADER, BODY_VALUE, BODY_REMOVE, BODY_EXTRA, WHOLE_BODY, FILE_CONTENT, FILE_NAME, NO_FILE

	}

	/** A change to a careful value that keeps its kind but not its sense. */
	enum Tweak {

		NONE, NFD, LOWER_CASE, PADDED, NUL_APPENDED, CONTROL_INSIDE, BOM_FIRST, REPEATED, FULL_WIDTH_DIGITS, NEGATED;

		String apply(String value) {
			return switch (this) {
				case NONE -> value;
				case NFD -> HostileValues.nfd(value);
				case LOWER_CASE -> value.toLowerCase(Locale.ROOT);
				case PADDED -> "  " + value + " \t";
				case NUL_APPENDED -> value + "\u0000";
				case CONTROL_INSIDE -> (value.length() < 2) ? value + "\u001B"
						: value.substring(0, 1) + "\u0000\u0007\r\n" + value.substring(1);
				case BOM_FIRST -> "\uFEFF" + value;
				case REPEATED -> value.repeat(Math.max(1, 20_000 / Math.max(1, value.length())));
				case FULL_WIDTH_DIGITS -> value.chars()
					.collect(StringBuilder::new,
							(out, c) -> out.appendCodePoint((c >= '0' && c <= '9') ? c - '0' + 0xFF10 : c),
							StringBuilder::append)
					.toString();
				case NEGATED -> "-" + value;
			};
		}

	}

	/**
	 * One spoiled thing.
	 *
	 * @param target where
	 * @param at which of the candidates there (taken modulo their number)
	 * @param tweak a tweak of the careful value, or NONE to put {@code text} or {@code value} instead
	 * @param name a field or parameter name, for the targets that add one
	 * @param text a hostile text, for paths, queries, headers and file names
	 * @param value a hostile JSON value, for bodies
	 * @param content hostile bytes, for files
	 */
	record Mutation(Target target, int at, Tweak tweak, String name, String text, Json value, byte[] content) {
	}

	private static Arbitrary<Mutation> mutation(Operation operation) {
		List<Tuple2<Integer, Arbitrary<Mutation>>> choices = new ArrayList<>();
		Arbitrary<Integer> at = Arbitraries.integers().between(0, 1_000);
		Arbitrary<Tweak> tweak = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Tweak.NONE)),
				Tuple.of(2, Arbitraries.of(Tweak.class)));
		Json none = Json.literal("null");
		byte[] nothing = new byte[0];
		if (!operation.in("path").isEmpty()) {
			choices.add(Tuple.of(3, Combinators.combine(at, tweak, HostileValues.texts())
				.as((i, t, text) -> new Mutation(Target.PATH, i, t, "", text, none, nothing))));
		}
		if (!operation.in("query").isEmpty()) {
			choices.add(Tuple.of(4, Combinators.combine(at, tweak, Arbitraries.oneOf(HostileValues.texts(), HostileValues.numbers(),
					Arbitraries.of("1000000", "-1", "0")))
				.as((i, t, text) -> new Mutation(Target.QUERY, i, t, "", text, none, nothing))));
		}
		choices.add(Tuple.of(1, Combinators
			.combine(Arbitraries.oneOf(HostileValues.names(),
					Arbitraries.of(operation.in("query").stream().map(Parameter::name).toList().isEmpty() ? List.of("page")
							: operation.in("query").stream().map(Parameter::name).toList())),
					HostileValues.texts())
			.as((name, text) -> new Mutation(Target.EXTRA_QUERY, 0, Tweak.NONE, name, text, none, nothing))));
		if (!operation.in("header").isEmpty()) {
			choices.add(Tuple.of(1, Combinators.combine(at, HostileValues.headerValues())
				.as((i, text) -> new Mutation(Target.HEADER, i, Tweak.NONE, "", text, none, nothing))));
		}
		if (operation.hasBody() && !operation.multipart()) {
			choices.add(Tuple.of(8, Combinators.combine(at, tweak, HostileValues.json())
				.as((i, t, value) -> new Mutation(Target.BODY_VALUE, i, t, "", "", value, nothing))));
			choices.add(Tuple.of(2, at.map((i) -> new Mutation(Target.BODY_REMOVE, i, Tweak.NONE, "", "", none, nothing))));
			choices.add(Tuple.of(1, Combinators.combine(at, HostileValues.names(), HostileValues.json())
				.as((i, name, value) -> new Mutation(Target.BODY_EXTRA, i, Tweak.NONE, name, "", value, nothing))));
			choices.add(Tuple.of(1, Arbitraries.oneOf(HostileValues.json(),
					Arbitraries.of("", " ", "{", "{\"a\":", "[]", "\"Nguyễn\"", "0").map(Json::literal))
				.map((value) -> new Mutation(Target.WHOLE_BODY, 0, Tweak.NONE, "", "", value, nothing))));
		}
		if (operation.multipart()) {
			choices.add(Tuple.of(3, files().map((bytes) -> new Mutation(Target.FILE_CONTENT, 0, Tweak.NONE, "", "", none, bytes))));
			choices.add(Tuple.of(1, HostileValues.texts()
				.map((text) -> new Mutation(Target.FILE_NAME, 0, Tweak.NONE, "", text, none, nothing))));
			choices.add(Tuple.of(1, Arbitraries.just(new Mutation(Target.NO_FILE, 0, Tweak.NONE, "", "", none, nothing))));
		}
		return Arbitraries.frequencyOf(choices);
	}

	/** Files no import or upload expects: empty, random bytes, a broken workbook or PDF, a hostile sheet. */
	private static Arbitrary<byte[]> files() {
		Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4_000);
		return Arbitraries.oneOf(Arbitraries.just(new byte[0]), random,
				random.map((bytes) -> concat("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1), bytes)),
				random.map((bytes) -> concat("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1), bytes)),
				HostileValues.texts()
					.list()
					.ofMinSize(1)
					.ofMaxSize(8)
					.map((cells) -> ("Họ và tên,Giới tính,Năm sinh\n" + String.join(",", cells) + "\n")
						.getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] all = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	private HostileRequest spoil(Operation operation, Map<String, String> path, Map<String, String> query,
			Map<String, String> headers, @Nullable Json body, HostileRequest.@Nullable FilePart file,
			List<Mutation> mutations) {
		Map<String, String> pathValues = new LinkedHashMap<>(path);
		List<Map.Entry<String, String>> parameters = new ArrayList<>(query.entrySet().stream()
			.map((e) -> Map.entry(e.getKey(), e.getValue()))
			.toList());
		Map<String, String> headerValues = new LinkedHashMap<>(headers);
		if (headerValues.containsKey("If-Match")) {
			// the version the answers showed last for the thing the path names, when they showed one
			String concrete = new HostileRequest(operation.key(), operation.method(), operation.path(), pathValues,
					List.of(), Map.of(), null, null, false, List.of()).target();
			pathValues.values().stream().map(this.known::versionOf).flatMap(Optional::stream).reduce((a, b) -> b)
				.or(() -> this.known.versionAt(concrete))
				.ifPresent((version) -> headerValues.put("If-Match", "\"" + version + "\""));
		}
		List<String> spoiled = new ArrayList<>();
		List<String> pathNames = operation.in("path").stream().map(Parameter::name).toList();
		List<String> queryNames = operation.in("query").stream().map(Parameter::name).toList();
		List<String> headerNames = operation.in("header").stream().map(Parameter::name).toList();
		for (Mutation m : mutations) {
			switch (m.target()) {
				case PATH -> {
					String name = pathNames.get(m.at() % pathNames.size());
					String value = (m.tweak() == Tweak.NONE) ? typed(pathValues.get(name), m) : m.tweak().apply(pathValues.get(name));
					pathValues.put(name, value);
					spoiled.add("path " + name + " ← " + describe(value, m.tweak()));
				}
				case QUERY -> {
					String name = queryNames.get(m.at() % queryNames.size());
					String current = parameters.stream().filter((e) -> e.getKey().equals(name)).map(Map.Entry::getValue)
						.findFirst().orElse("1");
					String value = (m.tweak() == Tweak.NONE) ? typed(current, m) : m.tweak().apply(current);
					parameters.removeIf((e) -> e.getKey().equals(name));
					parameters.add(Map.entry(name, value));
					spoiled.add("query " + name + " ← " + describe(value, m.tweak()));
				}
				case EXTRA_QUERY -> {
					parameters.add(Map.entry(m.name(), m.text()));
					spoiled.add("extra query " + HostileRequest.shorten(m.name()) + " ← " + describe(m.text(), Tweak.NONE));
				}
				case HEADER -> {
					String name = headerNames.get(m.at() % headerNames.size());
					headerValues.put(name, m.text());
					spoiled.add("header " + name + " ← " + describe(m.text(), Tweak.NONE));
				}
				case BODY_VALUE -> {
					if (body != null) {
						List<List<Object>> paths = body.paths();
						List<Object> at = paths.get(m.at() % paths.size());
						Json current = body.at(at);
						Json value = (m.tweak() != Tweak.NONE && current instanceof Json.Text text)
								? Json.text(m.tweak().apply(text.value())) : typed(current, m);
						body = body.change(at, (old) -> value);
						spoiled.add("body " + pointer(at) + " ← " + HostileRequest.shorten(value.write())
								+ ((value == m.value()) ? "" : " (" + m.tweak() + ")"));
					}
				}
				case BODY_REMOVE -> {
					if (body != null && body.paths().size() > 1) {
						List<List<Object>> paths = body.paths().subList(1, body.paths().size());
						List<Object> at = paths.get(m.at() % paths.size());
						body = body.change(at, (old) -> null);
						spoiled.add("body " + pointer(at) + " removed");
					}
				}
				case BODY_EXTRA -> {
					if (body != null) {
						Json current = body;
						List<List<Object>> objects = body.paths().stream().filter((p) -> current.at(p) instanceof Json.Obj)
							.toList();
						if (!objects.isEmpty()) {
							List<Object> at = objects.get(m.at() % objects.size());
							body = body.change(at, (old) -> {
								List<Map.Entry<String, Json>> fields = new ArrayList<>(((Json.Obj) old).fields());
								fields.add(Map.entry(m.name(), m.value()));
								return new Json.Obj(fields);
							});
							spoiled.add("body " + pointer(at) + " gets field " + HostileRequest.shorten(m.name()) + " = "
									+ HostileRequest.shorten(m.value().write()));
						}
					}
				}
				case WHOLE_BODY -> {
					body = m.value();
					spoiled.add("whole body ← " + HostileRequest.shorten(m.value().write()));
				}
				case FILE_CONTENT -> {
					file = new HostileRequest.FilePart((file != null) ? file.name() : "tệp.csv", m.content());
					spoiled.add("file content ← " + m.content().length + " hostile bytes");
				}
				case FILE_NAME -> {
					file = new HostileRequest.FilePart(m.text(), (file != null) ? file.content() : new byte[0]);
					spoiled.add("file name ← " + describe(m.text(), Tweak.NONE));
				}
				case NO_FILE -> {
					file = null;
					spoiled.add("no file");
				}
			}
		}
		return new HostileRequest(operation.key(), operation.method(), operation.path(), pathValues,
				List.copyOf(parameters), headerValues, body, file, operation.multipart(), spoiled);
	}

	/**
	 * Two times in three, a hostile value of the careful one's own kind (an impossible date for a date,
	 * a huge number for a number), which reaches further than a value of any kind; otherwise the
	 * mutation's own.
	 */
	private static Json typed(Json current, Mutation m) {
		if (m.at() % 3 != 0) {
			if (current instanceof Json.Text text && isDate(text.value())) {
				return Json.text(HostileValues.DATES.get(m.at() % HostileValues.DATES.size()));
			}
			if (current instanceof Json.Literal literal && literal.text().matches("-?[0-9.eE+]+")) {
				return Json.literal(HostileValues.NUMBERS.get(m.at() % HostileValues.NUMBERS.size()));
			}
		}
		return m.value();
	}

	private static String typed(String current, Mutation m) {
		if (m.at() % 3 != 0) {
			if (isDate(current)) {
				return HostileValues.DATES.get(m.at() % HostileValues.DATES.size());
			}
			if (current.matches("-?[0-9]+")) {
				List<String> numbers = HostileValues.NUMBERS.stream().filter((n) -> !n.startsWith("\"")).toList();
				return numbers.get(m.at() % numbers.size());
			}
		}
		return m.text();
	}

	private static boolean isDate(String text) {
		return text.matches("\\d{4}-\\d{2}-\\d{2}");
	}

	private static String describe(String value, Tweak tweak) {
		return "\"" + HostileRequest.shorten(value) + "\"" + ((tweak == Tweak.NONE) ? "" : " (" + tweak + ")");
	}

	private static String pointer(List<Object> path) {
		StringBuilder out = new StringBuilder();
		for (Object step : path) {
			out.append((step instanceof Integer) ? "[" + step + "]" : ((out.isEmpty()) ? "" : ".") + step);
		}
		return out.isEmpty() ? "(root)" : HostileRequest.shorten(out.toString());
	}

}
