package vn.hoagiai.testsupport.fuzz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Values a careless or malicious caller sends: Vietnamese in NFC and NFD, control characters, huge
 * texts and numbers, MongoDB operators, deep nesting, dates that do not exist. None names a Java class
 * or says "Exception", so an answer that does is the server's own doing.
 */
final class HostileValues {

	private HostileValues() {
	}

	/** Vietnamese as people type it (NFC, one code point per letter). */
	static final List<String> VIETNAMESE = List.of("Nguyễn Thị Ánh Tuyết", "Trần Văn Hưởng", "Đặng Thị Mỹ Duyên",
			"Lê Quý Đôn", "Phạm Ngọc Thạch", "Tổ hòa giải thôn Phú Mỹ", "Khu vực Nhơn Bình", "Thôn Đắk Pơ",
			"Làng H'Mông", "Ê Đê", "Ba Na", "Kinh", "Người cao tuổi", "Hội Liên hiệp Phụ nữ",
			"Hòa giải tranh chấp đất đai giữa hai hộ gia đình");

	/** The same words decomposed (NFD), as some phones and spreadsheets send them: "Nguyễn" in 8 code points. */
	static String nfd(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD);
	}

	/** Texts of every kind of trouble. */
	static Arbitrary<String> texts() {
		List<String> fixed = new ArrayList<>();
		VIETNAMESE.forEach((text) -> fixed.add(nfd(text)));
		fixed.add(nfd("Nguyễn") + " " + "Nguyễn"); // one word twice: NFD then NFC
		fixed.addAll(List.of("", " ", "\t", " \n ", "\u00A0", "\u3000", "\u200B", "\uFEFFNguyễn", "\u202EnầyugN",
				"\u2028\u2029", "\u0085", "\u007F", "\uD800", "\uDFFF", "a\uD83D", "👩‍⚖️ Hòa giải 🇻🇳", "𝔑𝔤𝔲𝔶𝔢̂̃𝔫",
				"Ｎｇｕｙễｎ", "١٢٣", "５２", "52\u0000", "\u0000", "%00", "%", "%zz", "%2e%2e%2f", "../../../etc/passwd",
				"..", ".", "/", "\\", "a/b", "a;b=c", "a?b", "a#b", "a&b=c", "+", "*", "?", "[", "]", "{", "}",
				"(a+)+$", "^(a|a)*$", ".*", "\\Q", "\\E", "$", "$gt", "$where", "$ne", "$regex", "$expr",
				"{\"$gt\": \"\"}", "{\"$where\": \"sleep(5000)\"}", "'; return true; var x='", "this.password",
				"' OR '1'='1", "\" OR \"\"=\"", "<script>alert('x')</script>", "${7*7}", "#{7*7}", "{{7*7}}",
				"=1+1", "=HYPERLINK(\"http://localhost/\")", "@SUM(1+1)", "-1", "0", "-0", "+1", "00052", "1000000",
				"9223372036854775807", "9223372036854775808", "-9223372036854775809", "2147483648", "1e309",
				"-1e309", "1e-400", "NaN", "Infinity", "-Infinity", "0x1F", "1_000", "1,5", "1.5", "null", "true",
				"undefined", "2026-02-30", "2026-13-01", "0000-00-00", "0001-01-01", "9999-12-31",
				"+999999999-12-31", "-999999999-01-01", "31/12/2026", "2026-1-1", "2026-01-01T00:00:00Z", "2026-Q5",
				"2026-00", "1900", "99999", "male", " MALE", "MALE ", "FEMALE\u0000", "Female", "ACTIVE|RETIRED"));
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(12, Arbitraries.of(fixed)),
				net.jqwik.api.Tuple.of(3, controlCharacters()), net.jqwik.api.Tuple.of(1, huge()),
				net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40)));
	}

	/** Vietnamese with one control character (U+0000 to U+001F) somewhere in it. */
	static Arbitrary<String> controlCharacters() {
		return net.jqwik.api.Combinators
			.combine(Arbitraries.of(VIETNAMESE), Arbitraries.chars().range('\u0000', '\u001F'),
					Arbitraries.integers().between(0, 40))
			.as((text, c, at) -> {
				int index = Math.min(at, text.length());
				return text.substring(0, index) + c + text.substring(index);
			});
	}

	/** Texts far longer than any field allows. */
	static Arbitrary<String> huge() {
		return Arbitraries.of("A".repeat(300_000), "ễ".repeat(100_000), nfd("Nguyễn ").repeat(20_000),
				String.join(",", Collections.nCopies(50_000, "1")));
	}

	/** Numbers no field expects, written as the literal they are. */
	static Arbitrary<String> numbers() {
		return Arbitraries.of("-0", "0", "-1", "1000000", "2147483648", "-2147483649", "9223372036854775807",
				"9223372036854775808", "-9223372036854775809", "18446744073709551616", "1e309", "-1e309", "1e-400",
				"0.1", "1.5", "1E3", "1e1000000000", "123456789012345678901234567890.123456789",
				"1" + "0".repeat(400), "1" + "0".repeat(5000), "0." + "0".repeat(400) + "1");
	}

	/** Dates no form expects: out of Java's or MongoDB's range, impossible, in other shapes or digits. */
	static final List<String> DATES = List.of("+999999999-12-31", "-999999999-01-01", "+10000-01-01", "0000-01-01",
			"-0001-12-31", "0001-01-01", "1900-01-01", "9999-12-31", "2026-02-29", "2024-02-29", "2026-02-30",
			"2026-13-01", "2026-00-10", "20260101", "2026-1-1", "2026-01-01T00:00:00Z", "2026-01-01 ", "2026\u201001\u201001",
			"٢٠٢٦-٠١-٠١", "２０２６-０１-０１", "");

	/** Number literals no field expects, as a list to pick from by index. */
	static final List<String> NUMBERS = List.of("-0", "-1", "1000000", "2147483648", "-2147483649",
			"9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e309", "-1e309", "1e-400", "0.5",
			"1E3", "1e1000000000", "1" + "0".repeat(400), "\"1\"", "\"\"", "null", "true");

	/** JSON values no field expects, of every type, valid JSON or not. */
	static Arbitrary<Json> json() {
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, texts().map(Json::text)),
				net.jqwik.api.Tuple.of(4, numbers().map(Json::literal)),
				net.jqwik.api.Tuple.of(4, operators()),
				net.jqwik.api.Tuple.of(2, Arbitraries.of("true", "false", "null").map(Json::literal)),
				net.jqwik.api.Tuple.of(2, Arbitraries.of(List.<Json>of(new Json.Array(List.of()),
						new Json.Obj(List.of()), new Json.Array(List.of(Json.literal("null"))),
						new Json.Array(Collections.nCopies(2_000, Json.literal("0"))),
						new Json.Array(Collections.nCopies(600, Json.text("Nguyễn")))))),
				net.jqwik.api.Tuple.of(1, deep()),
				net.jqwik.api.Tuple.of(1, Arbitraries.of("NaN", "Infinity", "-Infinity", "undefined", "01", "+1",
						".5", "'x'", "\"unterminated", "\"raw \u0001 control\"", "tru", "nul", "[", "{", "}")
					.map(Json::literal)));
	}

	/** MongoDB query operators where a value belongs. */
	static Arbitrary<Json> operators() {
		return Arbitraries.of(operator("$gt", Json.text("")), operator("$ne", Json.literal("null")),
				operator("$where", Json.text("sleep(5000) || true")), operator("$regex", Json.text(".*")),
				operator("$in", new Json.Array(List.of(Json.text("52"), Json.text("")))),
				operator("$expr", operator("$eq", new Json.Array(List.of(Json.literal("1"), Json.literal("1"))))),
				operator("$exists", Json.literal("true")), operator("$set", operator("version", Json.literal("0"))),
				operator("__proto__", operator("admin", Json.literal("true"))),
				operator("@type", Json.text("Runtime")), operator("_id", Json.text("x")),
				new Json.Obj(List.of(Map.entry("a", Json.literal("1")), Map.entry("a", Json.literal("2")))));
	}

	private static Json operator(String name, Json value) {
		return new Json.Obj(List.of(Map.entry(name, value)));
	}

	/** Arrays and objects nested deeper than any request needs. */
	static Arbitrary<Json> deep() {
		return Arbitraries.of(20, 600, 1_200).flatMap((depth) -> Arbitraries.of(nest(depth, true), nest(depth, false)));
	}

	private static Json nest(int depth, boolean arrays) {
		Json value = Json.text("Nguyễn");
		for (int i = 0; i < depth; i++) {
			value = arrays ? new Json.Array(List.of(value)) : new Json.Obj(List.of(Map.entry("a", value)));
		}
		return value;
	}

	/** A hostile value for a header: printable ASCII only, which is all an HTTP client will send. */
	static Arbitrary<String> headerValues() {
		return Arbitraries.of("", " ", "*", "abc", "\"\"", "\"abc\"", "W/\"abc\"", "\"-1\"", "-1", "\"0\"",
				"\"9223372036854775807\"", "\"9223372036854775808\"", "\"1e309\"", "\"1\", \"2\"", "W/", "\"",
				"\"1", "1\"", "\"1\"\"", "{\"$gt\":\"\"}", "0x10", "\"" + "9".repeat(5000) + "\"");
	}

	/** Names of fields or parameters no endpoint declares. */
	static Arbitrary<String> names() {
		return Arbitraries.of("$where", "$gt", "$set", "_id", "_class", "version", "__proto__", "constructor",
				"@type", "id", "createdBy", "a.b", "a[$ne]", "unit[$ne]", "", " ", "\u0000", nfd("tên"), "tên",
				"x".repeat(10_000));
	}

}
