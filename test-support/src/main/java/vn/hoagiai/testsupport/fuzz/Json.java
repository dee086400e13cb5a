package vn.hoagiai.testsupport.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A JSON value as a fuzzer generates it: written exactly as built, so a number stays {@code 1e309} or
 * {@code 9223372036854775808} instead of whatever a JSON library would make of it, and a literal may even
 * be invalid JSON on purpose.
 */
sealed interface Json {

	/** The value's text on the wire. */
	String write();

	/** A number, {@code true}, {@code false}, {@code null}, or any raw text, written as it is. */
	record Literal(String text) implements Json {

		@Override
		public String write() {
			return this.text;
		}

	}

	/** A string, escaped as JSON requires (control characters as {@code \u0000}). */
	record Text(String value) implements Json {

		@Override
		public String write() {
			StringBuilder out = new StringBuilder(this.value.length() + 2).append('"');
			for (int i = 0; i < this.value.length(); i++) {
				char c = this.value.charAt(i);
				switch (c) {
					case '"' -> out.append("\\\"");
					case '\\' -> out.append("\\\\");
					default -> {
						if (c < 0x20 || Character.isSurrogate(c)) {
							// Surrogates are escaped too, so a lone one reaches the server as the JSON says.
							out.append(String.format("\\u%04x", (int) c));
						}
						else {
							out.append(c);
						}
					}
				}
			}
			return out.append('"').toString();
		}

	}

	/** An array. */
	record Array(List<Json> items) implements Json {

		// Identity, not the record's deep equality: a value nested a thousand deep would overflow the stack.
		@Override
		public boolean equals(Object other) {
			return this == other;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}


		@Override
		public String write() {
			StringBuilder out = new StringBuilder("[");
			for (int i = 0; i < this.items.size(); i++) {
				out.append((i > 0) ? "," : "").append(this.items.get(i).write());
			}
			return out.append(']').toString();
		}

	}

	/** An object; its fields keep their order, and a name may repeat. */
	record Obj(List<Map.Entry<String, Json>> fields) implements Json {

		// Identity, not the record's deep equality: a value nested a thousand deep would overflow the stack.
		@Override
		public boolean equals(Object other) {
			return this == other;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}


		@Override
		public String write() {
			StringBuilder out = new StringBuilder("{");
			for (int i = 0; i < this.fields.size(); i++) {
				Map.Entry<String, Json> field = this.fields.get(i);
				out.append((i > 0) ? "," : "").append(new Text(field.getKey()).write()).append(':')
					.append(field.getValue().write());
			}
			return out.append('}').toString();
		}

	}

	/** Every value inside this one (itself first), by its path of field names and indexes. */
	default List<List<Object>> paths() {
		List<List<Object>> paths = new ArrayList<>();
		collect(this, new ArrayList<>(), paths);
		return paths;
	}

	private static void collect(Json value, List<Object> path, List<List<Object>> paths) {
		paths.add(List.copyOf(path));
		if (value instanceof Array array) {
			for (int i = 0; i < array.items().size(); i++) {
				path.add(i);
				collect(array.items().get(i), path, paths);
				path.remove(path.size() - 1);
			}
		}
		else if (value instanceof Obj object) {
			for (int i = 0; i < object.fields().size(); i++) {
				path.add(object.fields().get(i).getKey());
				collect(object.fields().get(i).getValue(), path, paths);
				path.remove(path.size() - 1);
			}
		}
	}

	/** The value at a path. */
	default Json at(List<Object> path) {
		Json value = this;
		for (Object step : path) {
			value = (step instanceof Integer index) ? ((Array) value).items().get(index) : field((Obj) value, (String) step);
		}
		return value;
	}

	private static Json field(Obj object, String name) {
		return object.fields().stream().filter((f) -> f.getKey().equals(name)).findFirst().orElseThrow().getValue();
	}

	/** This value with the one at a path changed; a change that returns null removes it. */
	default @Nullable Json change(List<Object> path, Function<Json, @Nullable Json> change) {
		if (path.isEmpty()) {
			return change.apply(this);
		}
		Object step = path.get(0);
		List<Object> rest = path.subList(1, path.size());
		if (this instanceof Array array && step instanceof Integer index) {
			List<Json> items = new ArrayList<>(array.items());
			Json changed = items.get(index).change(rest, change);
			if (changed == null) {
				items.remove((int) index);
			}
			else {
				items.set(index, changed);
			}
			return new Array(items);
		}
		if (this instanceof Obj object && step instanceof String name) {
			List<Map.Entry<String, Json>> fields = new ArrayList<>();
			boolean done = false;
			for (Map.Entry<String, Json> field : object.fields()) {
				if (!done && field.getKey().equals(name)) {
					done = true;
					Json changed = field.getValue().change(rest, change);
					if (changed != null) {
						fields.add(Map.entry(name, changed));
					}
				}
				else {
					fields.add(field);
				}
			}
			return new Obj(fields);
		}
		return this;
	}

	static Json text(String value) {
		return new Text(value);
	}

	static Json literal(String text) {
		return new Literal(text);
	}

}
