package vn.hoagiai.training.course;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hoagiai.kit.problem.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SignInSheetTests {

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aCsvSheetIsReadByItsHeadersWhateverTheirOrderAndAccents() {
		SignInSheet.Parsed parsed = SignInSheet.read(
				utf8("\uFEFFHọ và tên;MÃ BUỔI;Mã Hòa Giải Viên\r\n\"Nguyễn; Thị A\";s1;m-1\r\n;;\r\nB;s2;\"m-\"\"2\"\"\"\r\n"));

		assertThat(parsed.mediatorHeader()).isEqualTo("Mã Hòa Giải Viên");
		assertThat(parsed.sessionHeader()).isEqualTo("MÃ BUỔI");
		assertThat(parsed.lines()).containsExactly(new SignInSheet.Line(2, "m-1", "s1"),
				new SignInSheet.Line(4, "m-\"2\"", "s2"));
	}

	@Test
	void anExcelSheetIsReadFromItsFirstSheet() throws Exception {
		byte[] workbook = SignInSheetIntegrationTests
			.xlsx(List.of(List.of("mediatorId", "sessionId"), List.of("m-1", "s1"), List.of("", ""), List.of("m-2", "")));

		SignInSheet.Parsed parsed = SignInSheet.read(workbook);

		assertThat(parsed.lines()).containsExactly(new SignInSheet.Line(2, "m-1", "s1"), new SignInSheet.Line(4, "m-2", ""));
	}

	@Test
	void aSheetWithoutTheTwoColumnsIsRefusedNamingTheFile() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> SignInSheet.read(utf8("name,session\nA,s1\n")))
			.satisfies((ex) -> assertThat(ex.problems().get(0).field()).isEqualTo("file"));
	}

	@Test
	void aCsvThatIsNotUtf8IsRefused() {
		byte[] latin1 = "mediatorId,sessionId\nNguy\u1EC5n,s1\n".getBytes(StandardCharsets.UTF_16LE);

		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> SignInSheet.read(latin1));
	}

	@Test
	void foldingDropsDiacriticsCaseAndSpaces() {
		assertThat(SignInSheet.fold("Mã hòa giải viên")).isEqualTo("mahoagiaivien");
		assertThat(SignInSheet.fold("ĐỘI")).isEqualTo("doi");
	}

}
