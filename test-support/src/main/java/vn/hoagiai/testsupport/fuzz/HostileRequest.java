package vn.hoagiai.testsupport.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One request as sent: the operation it aims at, its path with the variables filled in, query
 * parameters (a name may repeat), headers and body, and what was spoiled in it.
 *
 * @param operation the operation's method and path template, e.g. {@code POST /api/registry/teams}
 * @param method the HTTP method
 * @param pathTemplate the path template
 * @param pathValues each path variable's value, not yet encoded
 * @param query query parameters in order, not yet encoded
 * @param headers extra headers
 * @param json the JSON body, null when there is none or the body is a form
 * @param file the file of a multipart form, null when the form has none or there is no form
 * @param spoiled what the generator spoiled, for the report
 */
public record HostileRequest(String operation, String method, String pathTemplate, Map<String, String> pathValues,
		List<Map.Entry<String, String>> query, Map<String, String> headers, @Nullable Json json,
		@Nullable FilePart file, boolean multipart, List<String> spoiled) {

	/**
	 * A file sent in the form field {@code file}.
	 *
	 * @param name its file name
	 * @param content its bytes
	 */
	public record FilePart(String name, byte[] content) {

		@Override
		public String toString() {
			return "file " + shorten(this.name) + " (" + this.content.length + " bytes)";
		}

	}

	/** The path and query, percent-encoded. */
	String target() {
		String path = this.pathTemplate;
		for (Map.Entry<String, String> variable : this.pathValues.entrySet()) {
			path = path.replace("{" + variable.getKey() + "}", encode(variable.getValue()));
		}
		StringBuilder target = new StringBuilder(path);
		for (int i = 0; i < this.query.size(); i++) {
			Map.Entry<String, String> parameter = this.query.get(i);
			target.append((i == 0) ? '?' : '&')
				.append(encode(parameter.getKey()))
				.append('=')
				.append(encode(parameter.getValue()));
		}
		return target.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	@Override
	public String toString() {
		StringBuilder out = new StringBuilder(this.method).append(' ').append(shorten(target()));
		this.headers.forEach((name, value) -> out.append("\n  ").append(name).append(": ").append(shorten(value)));
		if (this.json != null) {
			out.append("\n  body: ").append(shorten(this.json.write()));
		}
		if (this.multipart) {
			out.append("\n  form: ").append((this.file != null) ? this.file : "no file");
		}
		if (!this.spoiled.isEmpty()) {
			out.append("\n  spoiled: ").append(String.join("; ", this.spoiled));
		}
		return out.toString();
	}

	static String shorten(String text) {
		StringBuilder shown = new StringBuilder();
		text.codePoints()
			.forEach((c) -> shown.append((c < 0x20 || c == 0x7F) ? String.format("\\u%04x", c) : Character.toString(c)));
		String visible = shown.toString();
		return (visible.length() <= 400) ? visible
				: visible.substring(0, 300) + "… (" + text.length() + " characters in all)";
	}

}
