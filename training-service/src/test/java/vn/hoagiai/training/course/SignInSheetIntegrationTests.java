package vn.hoagiai.training.course;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in sheets: a dry run lists every problem by row and column; a real run records all or nothing. */
class SignInSheetIntegrationTests extends TrainingIntegrationTest {

	String token;

	@BeforeEach
	void fixtures() {
		this.fixtures = new TrainingFixtures(this.port, this.kafka);
		this.token = TestTokens.get().token("DISTRICT_OFFICER", "540");
	}

	JsonHttp.Answer importSheet(String courseId, boolean dryRun, String filename, byte[] content) {
		return this.fixtures.upload("/api/training/courses/" + courseId + "/attendance/import?dryRun=" + dryRun, filename,
				content, this.token);
	}

	int attendees(String courseId, String sessionId) {
		return this.fixtures.district.get("/api/training/courses/" + courseId + "/sessions/" + sessionId + "/attendance")
			.json()
			.get("attendees")
			.size();
	}

	static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aDryRunListsEveryProblemByRowAndColumnAndWritesNothing() throws Exception {
		List<String> m = this.fixtures.mediators("21550", 2);
		String courseId = this.fixtures.openCourse(null, null);
		this.fixtures.enrol(courseId, m.get(0), m.get(1));
		String sheet = "Họ và tên,Mã hòa giải viên,Mã buổi\n" + "Nguyễn Thị A," + m.get(0) + ",s1\n"
				+ "Người lạ,stranger,s1\n" + "Trần Văn B," + m.get(1) + ",s9\n" + "Không mã,,s2\n" + "Nguyễn Thị A,"
				+ m.get(0) + ",s1\n";

		JsonHttp.Answer report = importSheet(courseId, true, "diem-danh.csv", csv(sheet));

		assertThat(report.status()).as(report.text()).isEqualTo(200);
		assertThat(report.json().get("dryRun").asBoolean()).isTrue();
		assertThat(report.json().get("rows").asInt()).isEqualTo(5);
		assertThat(report.json().get("recorded").asInt()).isEqualTo(1);
		assertThat(report.json().get("alreadyRecorded").asInt()).isEqualTo(1);
		var problems = report.json().get("problems");
		assertThat(problems).hasSize(3);
		assertThat(problems.get(0).get("row").asInt()).isEqualTo(3);
		assertThat(problems.get(0).get("column").asString()).isEqualTo("Mã hòa giải viên");
		assertThat(problems.get(0).get("message").asString()).isEqualTo("Hòa giải viên stranger chưa được ghi danh vào lớp");
		assertThat(problems.get(1).get("row").asInt()).isEqualTo(4);
		assertThat(problems.get(1).get("column").asString()).isEqualTo("Mã buổi");
		assertThat(problems.get(1).get("message").asString()).isEqualTo("Lớp không có buổi học mã s9");
		assertThat(problems.get(2).get("row").asInt()).isEqualTo(5);
		assertThat(problems.get(2).get("message").asString()).isEqualTo("Thiếu mã hòa giải viên");
		assertThat(attendees(courseId, "s1")).isZero();
	}

	@Test
	void aSheetWithAProblemRecordsNothing() throws Exception {
		List<String> m = this.fixtures.mediators("21550", 1);
		String courseId = this.fixtures.openCourse(null, null);
		this.fixtures.enrol(courseId, m.get(0));
		String sheet = "mediatorId,sessionId\n" + m.get(0) + ",s1\n" + m.get(0) + ",s2\n" + "stranger,s2\n";

		JsonHttp.Answer refused = importSheet(courseId, false, "sheet.csv", csv(sheet));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("rows[4].mediatorId");
		assertThat(refused.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Dòng 4, cột mediatorId: Hòa giải viên stranger chưa được ghi danh vào lớp");
		assertThat(attendees(courseId, "s1")).isZero();
		assertThat(attendees(courseId, "s2")).isZero();
	}

	@Test
	void aCleanSheetIsRecordedWholeAndDuplicatesAreMergedNotCountedTwice() throws Exception {
		List<String> m = this.fixtures.mediators("21550", 2);
		String courseId = this.fixtures.openCourse(null, null);
		this.fixtures.enrol(courseId, m.get(0), m.get(1));
		this.fixtures.attend(courseId, "s2", m.get(1));
		String sheet = "\uFEFFmediatorId;sessionId\r\n" + m.get(0) + ";s1\r\n" + m.get(1) + ";s1\r\n" + m.get(0)
				+ ";s1\r\n" + "\"" + m.get(1) + "\";s2\r\n";

		JsonHttp.Answer recorded = importSheet(courseId, false, "sheet.csv", csv(sheet));
		JsonHttp.Answer again = importSheet(courseId, false, "sheet.csv", csv(sheet));

		assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
		assertThat(recorded.json().get("recorded").asInt()).isEqualTo(2);
		assertThat(recorded.json().get("alreadyRecorded").asInt()).isEqualTo(2);
		assertThat(again.json().get("recorded").asInt()).isZero();
		assertThat(again.json().get("alreadyRecorded").asInt()).isEqualTo(4);
		assertThat(attendees(courseId, "s1")).isEqualTo(2);
		assertThat(attendees(courseId, "s2")).isEqualTo(1);
	}

	@Test
	void anExcelSheetWithVietnameseHeadersIsImported() throws Exception {
		List<String> m = this.fixtures.mediators("21550", 1);
		String courseId = this.fixtures.openCourse(null, null);
		this.fixtures.enrol(courseId, m.get(0));

		JsonHttp.Answer recorded = importSheet(courseId, false, "Danh sách ký tên.xlsx",
				xlsx(List.of(List.of("STT", "Họ và tên", "Mã hòa giải viên", "Mã buổi", "Ký tên"),
						List.of("1", "Nguyễn Thị A", m.get(0), "s1", "A"), List.of("2", "Nguyễn Thị A", m.get(0), "s3", "A"))));

		assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
		assertThat(recorded.json().get("recorded").asInt()).isEqualTo(2);
		assertThat(attendees(courseId, "s3")).isEqualTo(1);
	}

	@Test
	void aFileThatIsNotASignInSheetIsRefusedNamingTheFile() throws Exception {
		String courseId = this.fixtures.openCourse(null, null);

		JsonHttp.Answer pdf = importSheet(courseId, true, "sheet.pdf", csv("%PDF-1.7"));
		JsonHttp.Answer brokenExcel = importSheet(courseId, true, "sheet.xlsx", csv("not a workbook"));
		JsonHttp.Answer noColumns = importSheet(courseId, true, "sheet.csv", csv("name,date\nA,B\n"));

		for (JsonHttp.Answer refused : List.of(pdf, brokenExcel, noColumns)) {
			assertThat(refused.status()).isEqualTo(422);
			assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
		}
	}

	@Test
	void sheetsAreImportedByTheOrganisingUnitOnly() {
		String courseId = this.fixtures.openCourse(null, null);

		JsonHttp.Answer refused = this.fixtures.upload("/api/training/courses/" + courseId + "/attendance/import",
				"sheet.csv", csv("mediatorId,sessionId\n"), TestTokens.get().token("COMMUNE_OFFICER", "21609"));

		assertThat(refused.status()).isEqualTo(403);
	}

	static byte[] xlsx(List<List<String>> rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Điểm danh");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
