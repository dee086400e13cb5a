package vn.hoagiai.reporting.plan;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.UsesInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** The exports: indicators as CSV, the annual report of a district or the province as a workbook. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.streams.application-id=reporting-it-${hoagiai.test.run-id}",
				"spring.kafka.streams.state-dir=${java.io.tmpdir}/reporting-it-${hoagiai.test.run-id}" })
@UsesInfrastructure
class ExportsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theIndicatorsOfADistrictExportAsCsvWithVietnameseHeadingsAndOneRowPerIndicator() {
		JsonHttp.Answer csv = new JsonHttp("http://localhost:" + this.port)
			.as(TestTokens.get().token("ANALYST", "52"))
			.get("/api/reporting/indicators/540.csv?period=2026-Q3");

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.header("Content-Disposition")).contains("chi-tieu-540-2026-Q3.csv");
		List<String> lines = csv.text().lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFFMã đơn vị,Đơn vị,Mã chỉ tiêu,Chỉ tiêu,Kỳ,Tử số,Mẫu số,Giá trị,"
				+ "Đơn vị tính,Mục tiêu,So sánh,Chênh lệch,Đánh giá,Kỳ trước,Giá trị kỳ trước,Thay đổi so với kỳ trước,"
				+ "Số liệu tính đến");
		assertThat(lines).anySatisfy((line) -> assertThat(line)
			.startsWith("540,Thành phố Quy Nhơn,caseSuccessRate,Tỷ lệ vụ việc hòa giải thành,2026-Q3,"));
		assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith("540,Thành phố Quy Nhơn,teamsCompliantShare,")
			.contains(",Hiện tại,"));
	}

	@Test
	void aDistrictsAnnualReportWorkbookHasASheetPerSectionWithItsProgress() throws Exception {
		JsonHttp officer = new JsonHttp("http://localhost:" + this.port)
			.as(TestTokens.get().token("DISTRICT_OFFICER", "545"));
		assertThat(officer.post("/api/reporting/plan/reports", Map.of("unitCode", "545", "task", "6b", "period", "2029-Q2",
				"status", "IN_PROGRESS", "percent", 60, "narrative", "Đã số hóa 12 tài liệu.")).status()).isEqualTo(201);
		assertThat(officer.post("/api/reporting/plan/annual-reports/545/2029/submission",
				Map.of("summary", "Phù Mỹ hoàn thành phần lớn nhiệm vụ.")).status()).isEqualTo(200);

		HttpResponse<byte[]> answer = download("/api/reporting/plan/annual-reports/545/2029/workbook",
				TestTokens.get().token("DISTRICT_OFFICER", "545"));

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow()).contains("bao-cao-nam-2029-545.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
			assertThat(workbook.getSheetName(0)).isEqualTo("Thông tin chung");
			Sheet general = workbook.getSheet("Thông tin chung");
			assertThat(general.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Huyện Phù Mỹ (mã 545)");
			assertThat(text(general, "Tình trạng báo cáo năm")).isEqualTo("Đã nộp, chờ duyệt");
			assertThat(text(general, "Tóm tắt kết quả")).isEqualTo("Phù Mỹ hoàn thành phần lớn nhiệm vụ.");
			Sheet progress = workbook.getSheet("Tiến độ nhiệm vụ");
			assertThat(progress.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Tình trạng");
			assertThat(progress.getRow(1).getCell(0).getStringCellValue()).isEqualTo("6b");
			assertThat(progress.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Đang triển khai");
			assertThat(progress.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(60);
			Sheet indicators = workbook.getSheet("Chỉ tiêu");
			assertThat(indicators.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Chỉ tiêu");
			assertThat(indicators.getLastRowNum()).isGreaterThan(10);
			assertThat(workbook.getSheet("Nhiệm vụ kế hoạch").getLastRowNum()).isEqualTo(14 + 3);
		}
	}

	@Test
	void theProvincesWorkbookAddsWhichDistrictsHaveReported() throws Exception {
		HttpResponse<byte[]> answer = download("/api/reporting/plan/annual-reports/52/2029/workbook",
				TestTokens.get().token("PROVINCE_ADMIN", "52"));

		assertThat(answer.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
			Sheet completeness = workbook.getSheet("Tình hình nộp báo cáo");
			assertThat(completeness.getLastRowNum()).isEqualTo(11);
			assertThat(completeness.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Muộn hạn (15/12/2029)");
		}
	}

	@Test
	void onlyTheDistrictTheProvinceAndAnalystsExportAnAnnualReportAndACommuneHasNone() throws Exception {
		assertThat(download("/api/reporting/plan/annual-reports/545/2029/workbook",
				TestTokens.get().token("ANALYST", "52")).statusCode()).isEqualTo(200);
		assertThat(download("/api/reporting/plan/annual-reports/545/2029/workbook",
				TestTokens.get().token("DISTRICT_OFFICER", "540")).statusCode()).isEqualTo(403);
		assertThat(download("/api/reporting/plan/annual-reports/545/2029/workbook",
				TestTokens.get().token("COMMUNE_OFFICER", "21550")).statusCode()).isEqualTo(403);
		assertThat(download("/api/reporting/plan/annual-reports/545/2029/workbook",
				TestTokens.get().token("TRAINER", "545")).statusCode()).isEqualTo(403);
		assertThat(download("/api/reporting/plan/annual-reports/52/2029/workbook",
				TestTokens.get().token("DISTRICT_OFFICER", "545")).statusCode()).isEqualTo(403);
		assertThat(download("/api/reporting/plan/annual-reports/21550/2029/workbook",
				TestTokens.get().token("PROVINCE_ADMIN", "52")).statusCode()).isEqualTo(400);
	}

	private static String text(Sheet sheet, String label) {
		for (var row : sheet) {
			if (label.equals(row.getCell(0).getStringCellValue())) {
				return row.getCell(1).getStringCellValue();
			}
		}
		throw new AssertionError("no row " + label);
	}

	private HttpResponse<byte[]> download(String path, String token) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", "Bearer " + token)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
