package vn.hoagiai.registry.unit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for search: no diacritics, no case, single spaces, so that "nhon binh" finds
 * "Phường Nhơn Bình" whether the text arrived in NFC or NFD form.
 */
public final class Folding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private Folding() {
	}

	public static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String withoutMarks = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
		return SPACES.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
	}

}
