package vn.hoagiai.reporting.plan;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.UsesInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's funding through the API (task 5, section IV): each unit's amounts by source, who may record
 * them, the rules they keep, the lock of an approved annual report, the totals of a district and of the
 * province, and the annual report workbook's funding sheet. The amounts are hand-computed on a small
 * Bình Định scenario: the province (52), Huyện Tuy Phước (550) with two of its communes, and Thành phố
 * Quy Nhơn (540), which counts for the province but not for Tuy Phước. Each test uses a year of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.streams.application-id=reporting-it-${hoagiai.test.run-id}",
				"spring.kafka.streams.state-dir=${java.io.tmpdir}/reporting-it-${hoagiai.test.run-id}" })
@UsesInfrastructure
class FundingIntegrationTests {

	/** Huyện Tuy Phước. */
	static final String TUY_PHUOC = "550";

	/** Thị trấn Tuy Phước, in Huyện Tuy Phước. */
	static final String TT_TUY_PHUOC = "21952";

	/** Xã Phước Thắng, in Huyện Tuy Phước. */
	static final String PHUOC_THANG = "21958";

	@LocalServerPort
	int port;

	JsonHttp as(String role, String unit) {
		return new JsonHttp("http://localhost:" + this.port).as(TestTokens.get().token(role, unit));
	}

	JsonHttp anonymous() {
		return new JsonHttp("http://localhost:" + this.port);
	}

	static Map<String, Object> line(String source, Object planned, Object spent) {
		return Map.of("source", source, "planned", planned, "spent", spent);
	}

	static Map<String, Object> funding(List<Map<String, Object>> lines) {
		return Map.of("sources", lines, "note", "Theo dự toán được giao đầu năm.");
	}

	static String path(String unit, int year) {
		return "/api/reporting/plan/funding/" + unit + "/" + year;
	}

	/**
	 * Each unit records its own funding of the year:
	 * <pre>
	 *                      REGULAR_BUDGET           INTEGRATED_PROGRAMMES    MOBILISED
	 *                      planned      spent       planned     spent        planned     spent
	 * 52 (province)        200,000,000  150,000,000  50,000,000  20,000,000   -           -
	 * 540 (Quy Nhơn)        40,000,000   35,000,000  -           -            -           -
	 * 550 (Tuy Phước)       80,000,000   75,500,000  30,000,000  30,000,000   10,000,000  12,000,000
	 * 21952 (TT Tuy Phước)  15,000,000   14,000,000  -           -             5,000,000           0
	 * 21958 (Phước Thắng)   12,000,000   12,500,000  -           -            -           -
	 * </pre>
	 */
	void recordScenario(int year) {
		assertThat(as("PROVINCE_ADMIN", "52").put(path("52", year),
				funding(List.of(line("REGULAR_BUDGET", 200_000_000, 150_000_000),
						line("INTEGRATED_PROGRAMMES", 50_000_000, 20_000_000))),
				Map.of())
			.status()).isEqualTo(201);
		assertThat(as("DISTRICT_OFFICER", "540").put(path("540", year),
				funding(List.of(line("REGULAR_BUDGET", 40_000_000, 35_000_000))), Map.of()).status())
			.isEqualTo(201);
		assertThat(as("DISTRICT_OFFICER", TUY_PHUOC).put(path(TUY_PHUOC, year),
				funding(List.of(line("REGULAR_BUDGET", 80_000_000, 75_500_000),
						line("INTEGRATED_PROGRAMMES", 30_000_000, 30_000_000), line("MOBILISED", 10_000_000, 12_000_000))),
				Map.of())
			.status()).isEqualTo(201);
		assertThat(as("COMMUNE_OFFICER", TT_TUY_PHUOC).put(path(TT_TUY_PHUOC, year),
				funding(List.of(line("REGULAR_BUDGET", 15_000_000, 14_000_000), line("MOBILISED", 5_000_000, 0))),
				Map.of())
			.status()).isEqualTo(201);
		assertThat(as("COMMUNE_OFFICER", PHUOC_THANG).put(path(PHUOC_THANG, year),
				funding(List.of(line("REGULAR_BUDGET", 12_000_000, 12_500_000))), Map.of()).status())
			.isEqualTo(201);
	}

	/** {source: [planned, spent]} of a rollup's totals. */
	static Map<String, List<Long>> totals(JsonNode rollup) {
		Map<String, List<Long>> totals = new java.util.LinkedHashMap<>();
		for (JsonNode source : rollup.get("totals")) {
			totals.put(source.get("source").asString(),
					List.of(source.get("planned").asLong(), source.get("spent").asLong()));
		}
		return totals;
	}

	@Test
	void theTotalsOfADistrictTakeInItsCommunesAndTheProvincesTakeInEveryUnitBySource() {
		recordScenario(2026);

		JsonNode district = as("DISTRICT_OFFICER", TUY_PHUOC)
			.get("/api/reporting/plan/funding?year=2026&under=" + TUY_PHUOC)
			.json();
		assertThat(district.get("unit").get("name").asString()).isEqualTo("Huyện Tuy Phước");
		assertThat(totals(district)).containsExactly(
				Map.entry("REGULAR_BUDGET", List.of(107_000_000L, 102_000_000L)),
				Map.entry("INTEGRATED_PROGRAMMES", List.of(30_000_000L, 30_000_000L)),
				Map.entry("MOBILISED", List.of(15_000_000L, 12_000_000L)));
		assertThat(district.get("planned").asLong()).isEqualTo(152_000_000L);
		assertThat(district.get("spent").asLong()).isEqualTo(144_000_000L);
		assertThat(district.get("units").findValuesAsString("code")).containsExactly(TUY_PHUOC, TT_TUY_PHUOC,
				PHUOC_THANG);
		assertThat(district.get("totals").get(0).get("label").asString())
			.isEqualTo("Ngân sách nhà nước chi thường xuyên");

		JsonNode province = as("ANALYST", "52").get("/api/reporting/plan/funding?year=2026&under=52").json();
		assertThat(totals(province)).containsExactly(Map.entry("REGULAR_BUDGET", List.of(347_000_000L, 287_000_000L)),
				Map.entry("INTEGRATED_PROGRAMMES", List.of(80_000_000L, 50_000_000L)),
				Map.entry("MOBILISED", List.of(15_000_000L, 12_000_000L)));
		assertThat(province.get("planned").asLong()).isEqualTo(442_000_000L);
		assertThat(province.get("spent").asLong()).isEqualTo(349_000_000L);
		assertThat(province.get("units").findValuesAsString("code")).containsExactly("52", "540", TUY_PHUOC,
				TT_TUY_PHUOC, PHUOC_THANG);

		// A commune's rollup is its own funding; it spent more than planned, and that is flagged.
		JsonNode commune = as("COMMUNE_OFFICER", PHUOC_THANG)
			.get("/api/reporting/plan/funding?year=2026&under=" + PHUOC_THANG)
			.json();
		assertThat(commune.get("spent").asLong()).isEqualTo(12_500_000L);
		assertThat(commune.get("totals").get(0).get("overspent").asBoolean()).isTrue();
		// Another year holds none of this.
		assertThat(as("ANALYST", "52").get("/api/reporting/plan/funding?year=2025&under=" + TUY_PHUOC)
			.json()
			.get("planned")
			.asLong()).isZero();
	}

	@Test
	void theWorkbooksFundingSheetShowsTheSameTotalsAsTheApiAsNumbers() throws Exception {
		recordScenario(2024);

		for (String unit : List.of(TUY_PHUOC, "52")) {
			JsonNode api = as("PROVINCE_ADMIN", "52").get("/api/reporting/plan/funding?year=2024&under=" + unit).json();
			JsonHttp.Download download = as("PROVINCE_ADMIN", "52")
				.download("/api/reporting/plan/annual-reports/" + unit + "/2024/workbook");
			assertThat(download.status()).isEqualTo(200);
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
				assertThat(workbook.getSheetName(0)).isEqualTo("Thông tin chung");
				assertThat(workbook.getSheetName(1)).isEqualTo("Chỉ tiêu");
				Sheet sheet = workbook.getSheet("Kinh phí");
				assertThat(sheet).as("funding sheet of " + unit).isNotNull();
				assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Kinh phí kế hoạch (đồng)");
				assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Kinh phí đã chi (đồng)");
				for (int i = 0; i < 3; i++) {
					Row row = sheet.getRow(1 + i);
					JsonNode source = api.get("totals").get(i);
					assertThat(row.getCell(0).getStringCellValue()).isEqualTo(source.get("source").asString());
					assertThat(row.getCell(1).getStringCellValue()).isEqualTo(source.get("label").asString());
					assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
					assertThat((long) row.getCell(3).getNumericCellValue()).isEqualTo(source.get("planned").asLong());
					assertThat((long) row.getCell(4).getNumericCellValue()).isEqualTo(source.get("spent").asLong());
				}
				Row total = sheet.getRow(4);
				assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
				assertThat(total.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(total.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat((long) total.getCell(3).getNumericCellValue()).isEqualTo(api.get("planned").asLong());
				assertThat((long) total.getCell(4).getNumericCellValue()).isEqualTo(api.get("spent").asLong());
				assertThat((long) total.getCell(3).getNumericCellValue())
					.isEqualTo(unit.equals("52") ? 442_000_000L : 152_000_000L);
				assertThat(unitCodes(sheet)).containsExactlyElementsOf(api.get("units").findValuesAsString("code"));
				assertThat(workbook.getSheet("Kiểm tra, khảo sát")).isNotNull();
			}
		}
	}

	@Test
	void aUnitRecordsItsFundingAndAChangeFromAStaleVersionIsRefused() {
		JsonHttp officer = as("DISTRICT_OFFICER", "546");
		JsonHttp.Answer none = officer.get(path("546", 2029));
		assertThat(none.status()).isEqualTo(200);
		assertThat(none.header("ETag")).isEqualTo("\"0\"");
		assertThat(none.json().get("sources").findValuesAsString("source")).containsExactly("REGULAR_BUDGET",
				"INTEGRATED_PROGRAMMES", "MOBILISED");
		assertThat(none.json().get("planned").asLong()).isZero();

		JsonHttp.Answer created = officer.put(path("546", 2029), funding(List.of(line("REGULAR_BUDGET", 60_000_000, 0),
				line("MOBILISED", 8_000_000, 9_500_000))), Map.of());
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("ETag")).isEqualTo("\"1\"");
		assertThat(created.header("Location")).isEqualTo(path("546", 2029));
		assertThat(created.json().get("planned").asLong()).isEqualTo(68_000_000L);
		assertThat(created.json().get("spent").asLong()).isEqualTo(9_500_000L);
		// Spending more than planned is accepted, and the answer says so.
		assertThat(created.json().get("overspent").asBoolean()).isTrue();
		assertThat(created.json().get("sources").get(2).get("overspent").asBoolean()).isTrue();
		assertThat(created.json().get("warnings").get(0).asString()).isEqualTo(
				"Nguồn Huy động từ tổ chức, doanh nghiệp, cá nhân: kinh phí đã chi (9.500.000 đồng) vượt kinh phí kế hoạch (8.000.000 đồng).");

		JsonHttp.Answer changed = officer.put(path("546", 2029),
				funding(List.of(line("REGULAR_BUDGET", 60_000_000, 25_000_000))), Map.of("If-Match", "\"1\""));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.header("ETag")).isEqualTo("\"2\"");
		assertThat(changed.json().get("overspent").asBoolean()).isFalse();

		JsonHttp.Answer stale = officer.put(path("546", 2029),
				funding(List.of(line("REGULAR_BUDGET", 1, 1))), Map.of("If-Match", "\"1\""));
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.json().get("title").asString()).isEqualTo("Dữ liệu đã được người khác thay đổi");

		JsonNode read = as("ANALYST", "52").get(path("546", 2029)).json();
		assertThat(read.get("version").asLong()).isEqualTo(2);
		assertThat(read.get("planned").asLong()).as("a source left out has nothing").isEqualTo(60_000_000L);
		assertThat(read.get("spent").asLong()).isEqualTo(25_000_000L);
		assertThat(read.get("updatedBy").asString()).isEqualTo("test-district_officer-546");
		assertThat(read.get("note").asString()).isEqualTo("Theo dự toán được giao đầu năm.");
	}

	@Test
	void fundingThatBreaksTheRulesIsRefusedNamingEveryFieldAndNothingIsWritten() {
		JsonHttp admin = as("PROVINCE_ADMIN", "52");
		List<Object> lines = new ArrayList<>();
		lines.add(line("REGULAR_BUDGET", -1, 0));
		lines.add(line("NGAN_SACH_TINH", 1, 1));
		lines.add(line("MOBILISED", 1000.5, 0));
		lines.add(line("REGULAR_BUDGET", 1, 1));
		lines.add(Map.of("source", "INTEGRATED_PROGRAMMES", "planned", 5));
		JsonHttp.Answer answer = admin.put(path("543", 2025), Map.of("sources", lines, "note", "x".repeat(2001)),
				Map.of());

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.json().get("errors").findValuesAsString("field")).containsExactly("sources[0].planned",
				"sources[1].source", "sources[2].planned", "sources[3].source", "sources[4].spent", "note");
		assertThat(answer.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Kinh phí kế hoạch không được âm.");
		assertThat(answer.json().get("errors").get(1).get("message").asString())
			.startsWith("Nguồn kinh phí 'NGAN_SACH_TINH' không có trong Kế hoạch; chọn một trong: REGULAR_BUDGET");
		assertThat(answer.json().get("errors").get(2).get("message").asString())
			.isEqualTo("Kinh phí kế hoạch tính bằng đồng, không có phần lẻ.");
		assertThat(admin.get(path("543", 2025)).json().get("version").asLong()).as("nothing written").isZero();

		JsonHttp.Answer noSources = admin.put(path("543", 2025), Map.of("note", "Chưa có"), Map.of());
		assertThat(noSources.status()).isEqualTo(422);
		assertThat(noSources.json().get("errors").get(0).get("field").asString()).isEqualTo("sources");
		JsonHttp.Answer text = admin.put(path("543", 2025),
				Map.of("sources", List.of(line("REGULAR_BUDGET", "mười triệu", 0))), Map.of());
		assertThat(text.status()).isEqualTo(400);
		assertThat(text.json().get("errors").get(0).get("field").asString()).isEqualTo("sources[0].planned");

		for (String year : List.of("2023", "2031", "hai-nghin")) {
			JsonHttp.Answer wrongYear = admin.put("/api/reporting/plan/funding/543/" + year,
					funding(List.of(line("REGULAR_BUDGET", 1, 1))), Map.of());
			assertThat(wrongYear.status()).as(year).isEqualTo(400);
			assertThat(wrongYear.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
		}
		JsonHttp.Answer unknown = admin.put(path("99999", 2025), funding(List.of(line("REGULAR_BUDGET", 1, 1))),
				Map.of());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("unit");
		assertThat(admin.get(path("99999", 2025)).status()).isEqualTo(404);
		JsonHttp.Answer noYear = admin.get("/api/reporting/plan/funding?under=52");
		assertThat(noYear.status()).isEqualTo(400);
		assertThat(noYear.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
		JsonHttp.Answer unknownUnder = admin.get("/api/reporting/plan/funding?year=2025&under=99999");
		assertThat(unknownUnder.status()).isEqualTo(404);
		assertThat(unknownUnder.json().get("errors").get(0).get("field").asString()).isEqualTo("under");
	}

	@Test
	void officersWriteTheUnitsInTheirScopeOnlyAndAnalystsReadEverything() {
		Map<String, Object> body = funding(List.of(line("REGULAR_BUDGET", 1_000_000, 0)));

		assertThat(as("DISTRICT_OFFICER", "540").put(path(TUY_PHUOC, 2030), body, Map.of()).status()).isEqualTo(403);
		assertThat(as("DISTRICT_OFFICER", "540").put(path(TT_TUY_PHUOC, 2030), body, Map.of()).status())
			.isEqualTo(403);
		assertThat(as("COMMUNE_OFFICER", TT_TUY_PHUOC).put(path(PHUOC_THANG, 2030), body, Map.of()).status())
			.isEqualTo(403);
		assertThat(as("COMMUNE_OFFICER", TT_TUY_PHUOC).put(path(TUY_PHUOC, 2030), body, Map.of()).status())
			.isEqualTo(403);
		assertThat(as("DISTRICT_OFFICER", TUY_PHUOC).put(path("52", 2030), body, Map.of()).status()).isEqualTo(403);
		assertThat(as("TRAINER", TUY_PHUOC).put(path(TUY_PHUOC, 2030), body, Map.of()).status()).isEqualTo(403);
		assertThat(as("ANALYST", "52").put(path(TUY_PHUOC, 2030), body, Map.of()).status()).isEqualTo(403);
		assertThat(as("DISTRICT_SYSTEM", TUY_PHUOC).put(path(TUY_PHUOC, 2030), body, Map.of()).status())
			.isEqualTo(403);
		assertThat(anonymous().put(path(TUY_PHUOC, 2030), body, Map.of()).status()).isEqualTo(401);
		assertThat(as("DISTRICT_OFFICER", TUY_PHUOC).get(path(TUY_PHUOC, 2030)).json().get("version").asLong())
			.as("nothing written by the refused callers")
			.isZero();

		// As with progress reports, a district's officers also write for its communes.
		assertThat(as("DISTRICT_OFFICER", TUY_PHUOC).put(path(TT_TUY_PHUOC, 2030), body, Map.of()).status())
			.isEqualTo(201);
		assertThat(as("COMMUNE_OFFICER", PHUOC_THANG).put(path(PHUOC_THANG, 2030), body, Map.of()).status())
			.isEqualTo(201);
		assertThat(as("PROVINCE_ADMIN", "52").put(path("551", 2030), body, Map.of()).status()).isEqualTo(201);

		assertThat(as("ANALYST", "52").get(path(TUY_PHUOC, 2030)).status()).isEqualTo(200);
		assertThat(as("ANALYST", "52").get("/api/reporting/plan/funding?year=2030&under=52").status()).isEqualTo(200);
		assertThat(as("COMMUNE_OFFICER", PHUOC_THANG).get(path(PHUOC_THANG, 2030)).status()).isEqualTo(200);
		assertThat(as("DISTRICT_OFFICER", "540").get(path(TUY_PHUOC, 2030)).status()).isEqualTo(403);
		assertThat(as("COMMUNE_OFFICER", TT_TUY_PHUOC).get(path(PHUOC_THANG, 2030)).status()).isEqualTo(403);
		assertThat(as("TRAINER", TUY_PHUOC).get(path(TUY_PHUOC, 2030)).status()).isEqualTo(403);
		assertThat(as("DISTRICT_OFFICER", TUY_PHUOC).get("/api/reporting/plan/funding?year=2030&under=52").status())
			.isEqualTo(403);
		assertThat(as("DISTRICT_OFFICER", TUY_PHUOC).get("/api/reporting/plan/funding?year=2030").json()
			.get("planned")
			.asLong()).as("the caller's own unit by default: Tuy Phước's two communes").isEqualTo(2_000_000L);
	}

	@Test
	void anApprovedAnnualReportLocksTheFundingOfTheDistrictAndItsCommunesForThatYearOnly() {
		JsonHttp district = as("DISTRICT_OFFICER", "549");
		JsonHttp province = as("PROVINCE_ADMIN", "52");
		Map<String, Object> body = funding(List.of(line("REGULAR_BUDGET", 90_000_000, 40_000_000)));
		assertThat(district.put(path("549", 2028), body, Map.of()).status()).isEqualTo(201);
		assertThat(district.post("/api/reporting/plan/annual-reports/549/2028/submission", Map.of()).status())
			.isEqualTo(200);
		assertThat(province.post("/api/reporting/plan/annual-reports/549/2028/approval", Map.of()).status())
			.isEqualTo(200);

		JsonHttp.Answer locked = district.put(path("549", 2028), body, Map.of("If-Match", "\"1\""));
		assertThat(locked.status()).isEqualTo(409);
		assertThat(locked.json().get("title").asString()).isEqualTo("Báo cáo năm đã được duyệt");
		assertThat(locked.json().get("detail").asString()).isEqualTo("Kinh phí năm 2028 của Thị xã An Nhơn đã bị khóa "
				+ "vì báo cáo năm 2028 của Thị xã An Nhơn đã được Sở Tư pháp duyệt; chỉ sửa được khi báo cáo được trả lại.");
		assertThat(as("COMMUNE_OFFICER", "21907").put(path("21907", 2028), body, Map.of()).status())
			.as("a commune of the district").isEqualTo(409);
		assertThat(province.put(path("549", 2028), body, Map.of()).status()).as("the province too").isEqualTo(409);
		JsonNode read = district.get(path("549", 2028)).json();
		assertThat(read.get("locked").asBoolean()).isTrue();
		assertThat(read.get("version").asLong()).isEqualTo(1);
		assertThat(district.put(path("549", 2027), body, Map.of()).status()).as("another year").isEqualTo(201);
		assertThat(province.put(path("52", 2028), body, Map.of()).status()).as("the province's own").isEqualTo(201);

		assertThat(province.post("/api/reporting/plan/annual-reports/549/2028/return",
				Map.of("reason", "Thiếu số liệu kinh phí huy động.")).status()).isEqualTo(200);
		JsonHttp.Answer unlocked = district.put(path("549", 2028), body, Map.of("If-Match", "\"1\""));
		assertThat(unlocked.status()).isEqualTo(200);
		assertThat(unlocked.json().get("locked").asBoolean()).isFalse();
	}

	/** The unit codes of the per-unit table below the totals on the funding sheet. */
	private static List<String> unitCodes(Sheet sheet) {
		List<String> codes = new ArrayList<>();
		boolean inTable = false;
		for (Row row : sheet) {
			var first = row.getCell(0);
			if (first == null || first.getCellType() != CellType.STRING) {
				continue;
			}
			if (inTable) {
				codes.add(first.getStringCellValue());
			}
			if ("Mã đơn vị".equals(first.getStringCellValue())) {
				inTable = true;
			}
		}
		return codes;
	}

}
