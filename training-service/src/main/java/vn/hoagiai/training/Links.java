package vn.hoagiai.training;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Checks of the web addresses that materials and communication activities name. */
public final class Links {

	/** Longest address accepted. */
	public static final int MAX_LENGTH = 500;

	private Links() {
	}

	/** Whether the text is an absolute http or https address with a host and no spaces. */
	public static boolean isWebAddress(@Nullable String text) {
		return hasScheme(text, "http") || hasScheme(text, "https");
	}

	/** Whether the text is an absolute https address with a host and no spaces. */
	public static boolean isHttps(@Nullable String text) {
		return hasScheme(text, "https");
	}

	private static boolean hasScheme(@Nullable String text, String scheme) {
		if (text == null || text.length() > MAX_LENGTH || text.chars().anyMatch(Character::isWhitespace)) {
			return false;
		}
		try {
			URI uri = new URI(text);
			return uri.getScheme() != null && uri.getScheme().toLowerCase(Locale.ROOT).equals(scheme)
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
