package vn.hoagiai.kit.web;

import org.jspecify.annotations.Nullable;

import vn.hoagiai.kit.problem.InvalidRequestException;

/**
 * Optimistic concurrency over HTTP: every answer with one thing carries its version as an ETag
 * ({@code "3"}), and a change sent with {@code If-Match} is applied only to that version.
 */
public final class IfMatch {

	private IfMatch() {
	}

	/** The ETag of a version: {@code "3"}. */
	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version an {@code If-Match} header names ({@code "3"}, {@code W/"3"} or {@code 3}), null
	 * without one.
	 * @throws InvalidRequestException naming {@code If-Match} when it is not a version
	 */
	public static @Nullable Long version(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return null;
		}
		String value = ifMatch.strip();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException("If-Match", "Giá trị If-Match phải là phiên bản (ETag) đã nhận được");
		}
	}

}
