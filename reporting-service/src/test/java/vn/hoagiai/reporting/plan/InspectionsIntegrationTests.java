package vn.hoagiai.reporting.plan;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Inspections, surveys and supervisions of the plan's implementation through the API (task 9): who
 * records them, how they are listed for a unit and the units below, the rules they keep, the
 * follow-up of their recommendations with versioning, and the annual report workbook's sheet. Each
 * test works in a district of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.streams.application-id=reporting-it-${hoagiai.test.run-id}",
				"spring.kafka.streams.state-dir=${java.io.tmpdir}/reporting-it-${hoagiai.test.run-id}" })
@UsesInfrastructure
class InspectionsIntegrationTests {

	static final String PATH = "/api/reporting/plan/inspections";

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	@LocalServerPort
	int port;

	JsonHttp as(String role, String unit) {
		return new JsonHttp("http://localhost:" + this.port).as(TestTokens.get().token(role, unit));
	}

	static Map<String, Object> inspection(String inspected, String inspecting, String date, String kind,
			List<String> recommendations) {
		return Map.of("inspectedUnitCode", inspected, "inspectingUnitCode", inspecting, "date", date, "kind", kind,
				"findings", "Đã kiện toàn 12/14 tổ hòa giải; 2 tổ chưa có hòa giải viên nữ.", "recommendations",
				recommendations);
	}

	static Map<String, Object> followUp(String status, String note, String date) {
		return Map.of("status", status, "note", note, "date", date);
	}

	@Test
	void theProvinceInspectsADistrictTheDistrictSurveysItsCommunesAndEachUnitListsWhatConcernsIt() {
		JsonHttp province = as("PROVINCE_ADMIN", "52");
		JsonHttp district = as("DISTRICT_OFFICER", "547");

		JsonHttp.Answer byProvince = province.post(PATH, inspection("547", "52", "2025-10-20", "INSPECTION",
				List.of("Bầu bổ sung hòa giải viên nữ cho 2 tổ hòa giải.", "Tổ chức tập huấn cho tổ trưởng.")));
		assertThat(byProvince.status()).isEqualTo(201);
		assertThat(byProvince.header("ETag")).isEqualTo("\"1\"");
		JsonNode created = byProvince.json();
		assertThat(byProvince.header("Location")).isEqualTo(PATH + "/" + created.get("id").asString());
		assertThat(created.get("inspectedUnit").get("name").asString()).isEqualTo("Huyện Tây Sơn");
		assertThat(created.get("inspectingUnit").get("name").asString()).isEqualTo("Tỉnh Bình Định");
		assertThat(created.get("year").asInt()).isEqualTo(2025);
		assertThat(created.get("recommendations").findValuesAsString("status")).containsExactly("OPEN", "OPEN");
		assertThat(created.get("recommendations").get(1).get("number").asInt()).isEqualTo(2);

		JsonHttp.Answer survey = district.post(PATH, inspection("21808", "547", "2025-11-03", "SURVEY",
				List.of("Lập danh sách hòa giải viên cần bồi dưỡng.")));
		assertThat(survey.status()).isEqualTo(201);
		JsonHttp.Answer supervision = district.post(PATH,
				inspection("21811", "547", "2024-06-10", "SUPERVISION", List.of()));
		assertThat(supervision.status()).isEqualTo(201);

		assertThat(district.get(PATH + "?unit=547&year=2025").json().findValuesAsString("id")).containsExactly(
				created.get("id").asString(), survey.json().get("id").asString());
		assertThat(district.get(PATH + "?unit=547").json().size()).isEqualTo(3);
		assertThat(district.get(PATH + "?unit=547&year=2024").json().findValuesAsString("kind"))
			.containsExactly("SUPERVISION");
		JsonHttp commune = as("COMMUNE_OFFICER", "21808");
		assertThat(commune.get(PATH + "?unit=21808&year=2025").json().findValuesAsString("id"))
			.containsExactly(survey.json().get("id").asString());
		assertThat(commune.get(PATH + "?year=2025").json().size()).as("the caller's own unit by default").isEqualTo(1);
		assertThat(as("ANALYST", "52").get(PATH + "?unit=52&year=2025").json().findValuesAsString("id"))
			.contains(created.get("id").asString(), survey.json().get("id").asString());

		JsonHttp.Answer one = commune.get(survey.header("Location"));
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.header("ETag")).isEqualTo("\"1\"");
		assertThat(one.json().get("kind").asString()).isEqualTo("SURVEY");
		assertThat(commune.get(byProvince.header("Location")).status()).as("the district's inspection").isEqualTo(403);
	}

	@Test
	void onlyTheProvinceAndADistrictForItsOwnUnitsRecordInspections() {
		Map<String, Object> ofPhuPhong = inspection("21808", "547", "2025-08-01", "INSPECTION", List.of("Kiện toàn tổ."));

		assertThat(as("DISTRICT_OFFICER", "540").post(PATH, ofPhuPhong).status()).isEqualTo(403);
		assertThat(as("DISTRICT_OFFICER", "547").post(PATH,
				inspection("547", "52", "2025-08-01", "INSPECTION", List.of())).status())
			.as("a district cannot record the province's inspection")
			.isEqualTo(403);
		assertThat(as("COMMUNE_OFFICER", "21808").post(PATH, ofPhuPhong).status()).isEqualTo(403);
		assertThat(as("TRAINER", "547").post(PATH, ofPhuPhong).status()).isEqualTo(403);
		assertThat(as("ANALYST", "52").post(PATH, ofPhuPhong).status()).isEqualTo(403);
		assertThat(new JsonHttp("http://localhost:" + this.port).post(PATH, ofPhuPhong).status()).isEqualTo(401);
		assertThat(as("DISTRICT_OFFICER", "548").get(PATH + "?unit=548&year=2025").json().size())
			.as("nothing written by the refused callers")
			.isZero();
		JsonHttp.Answer byProvince = as("PROVINCE_ADMIN", "52").post(PATH,
				inspection("21853", "548", "2025-08-01", "INSPECTION", List.of("Kiện toàn tổ.")));
		assertThat(byProvince.status()).as("the province records a district's inspection").isEqualTo(201);

		String location = byProvince.header("Location");
		assertThat(as("DISTRICT_OFFICER", "548").get(location).status()).isEqualTo(200);
		assertThat(as("ANALYST", "52").get(location).status()).isEqualTo(200);
		assertThat(as("DISTRICT_OFFICER", "540").get(location).status()).isEqualTo(403);
		assertThat(as("TRAINER", "548").get(location).status()).isEqualTo(403);
		assertThat(as("DISTRICT_OFFICER", "540").get(PATH + "?unit=548").status()).isEqualTo(403);
		assertThat(as("TRAINER", "548").get(PATH + "?unit=548").status()).isEqualTo(403);
		JsonHttp.Answer unknown = as("PROVINCE_ADMIN", "52").get(PATH + "/khong-co");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
		assertThat(as("PROVINCE_ADMIN", "52").get(PATH + "?unit=99999").status()).isEqualTo(404);
		JsonHttp.Answer wrongYear = as("PROVINCE_ADMIN", "52").get(PATH + "?unit=52&year=2031");
		assertThat(wrongYear.status()).isEqualTo(400);
		assertThat(wrongYear.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
	}

	@Test
	void anInspectionThatBreaksTheRulesIsRefusedNamingEveryFieldAndNothingIsWritten() {
		JsonHttp admin = as("PROVINCE_ADMIN", "52");
		Map<String, Object> everythingWrong = new HashMap<>();
		everythingWrong.put("inspectedUnitCode", "99999");
		everythingWrong.put("inspectingUnitCode", "");
		everythingWrong.put("date", TODAY.plusDays(3).toString());
		everythingWrong.put("kind", "AUDIT");
		everythingWrong.put("findings", "   ");
		everythingWrong.put("recommendations", List.of("", "Kiện toàn tổ hòa giải."));

		JsonHttp.Answer answer = admin.post(PATH, everythingWrong);

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.json().get("errors").findValuesAsString("field")).containsExactly("inspectedUnitCode",
				"inspectingUnitCode", "date", "kind", "findings", "recommendations[0]");
		assertThat(message(answer, "inspectedUnitCode")).isEqualTo("Không có đơn vị hành chính mã 99999.");
		assertThat(message(answer, "date")).startsWith("Ngày kiểm tra không được ở tương lai");
		assertThat(message(answer, "findings")).isEqualTo("Cần ghi kết quả kiểm tra, khảo sát (không được để trống).");

		JsonHttp.Answer upsideDown = admin.post(PATH,
				inspection("544", "21721", "2023-12-31", "INSPECTION", List.of("Kiện toàn tổ.")));
		assertThat(upsideDown.status()).isEqualTo(422);
		assertThat(upsideDown.json().get("errors").findValuesAsString("field")).containsExactly("inspectingUnitCode",
				"date");
		assertThat(message(upsideDown, "date")).isEqualTo("Ngày kiểm tra phải thuộc giai đoạn 2024 - 2030.");
		JsonHttp.Answer notADate = admin.post(PATH, inspection("21721", "544", "20/10/2025", "SURVEY", List.of()));
		assertThat(notADate.status()).isEqualTo(422);
		assertThat(message(notADate, "date")).startsWith("Ngày kiểm tra phải có dạng yyyy-MM-dd");
		JsonHttp.Answer itself = admin.post(PATH, inspection("544", "544", "2025-10-20", "SURVEY", List.of()));
		assertThat(itself.status()).isEqualTo(422);
		assertThat(itself.json().get("errors").get(0).get("field").asString()).isEqualTo("inspectingUnitCode");

		assertThat(admin.get(PATH + "?unit=544").json().size()).as("nothing written").isZero();
	}

	@Test
	void theInspectedUnitAndTheInspectorRecordTheFollowUpOfARecommendationWithVersioning() {
		JsonHttp inspector = as("DISTRICT_OFFICER", "551");
		JsonHttp commune = as("COMMUNE_OFFICER", "21994");
		JsonNode created = inspector.post(PATH, inspection("21994", "551", "2025-09-15", "INSPECTION",
				List.of("Bầu bổ sung hòa giải viên nữ.", "Cập nhật sổ theo dõi vụ việc.", "Tham gia tập huấn.")))
			.json();
		String recommendations = PATH + "/" + created.get("id").asString() + "/recommendations/";

		JsonHttp.Answer started = commune.put(recommendations + "1",
				followUp("IN_PROGRESS", "Đã tổ chức họp thôn Chánh Hội.", "2025-10-01"), Map.of("If-Match", "\"1\""));
		assertThat(started.status()).isEqualTo(200);
		assertThat(started.header("ETag")).isEqualTo("\"2\"");
		JsonNode first = started.json().get("recommendations").get(0);
		assertThat(first.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(first.get("note").asString()).isEqualTo("Đã tổ chức họp thôn Chánh Hội.");
		assertThat(first.get("date").asString()).isEqualTo("2025-10-01");
		assertThat(first.get("updatedBy").asString()).isEqualTo("test-commune_officer-21994");
		assertThat(started.json().get("recommendations").get(1).get("status").asString()).isEqualTo("OPEN");

		JsonHttp.Answer stale = commune.put(recommendations + "2", followUp("DONE", "Xong.", "2025-10-02"),
				Map.of("If-Match", "\"1\""));
		assertThat(stale.status()).isEqualTo(412);
		JsonHttp.Answer done = inspector.put(recommendations + "1",
				followUp("DONE", "Đã bầu bổ sung 02 hòa giải viên nữ.", "2025-11-20"), Map.of("If-Match", "\"2\""));
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.json().get("version").asLong()).isEqualTo(3);
		assertThat(done.json().get("recommendations").get(0).get("status").asString()).isEqualTo("DONE");

		Map<String, Object> body = followUp("IN_PROGRESS", "Đang làm.", "2025-10-05");
		assertThat(as("COMMUNE_OFFICER", "21997").put(recommendations + "2", body, Map.of()).status()).isEqualTo(403);
		assertThat(as("DISTRICT_OFFICER", "540").put(recommendations + "2", body, Map.of()).status()).isEqualTo(403);
		assertThat(as("ANALYST", "52").put(recommendations + "2", body, Map.of()).status()).isEqualTo(403);
		assertThat(as("TRAINER", "551").put(recommendations + "2", body, Map.of()).status()).isEqualTo(403);
		assertThat(as("PROVINCE_ADMIN", "52").put(recommendations + "3", body, Map.of()).status()).isEqualTo(200);

		for (String n : List.of("4", "0")) {
			JsonHttp.Answer missing = commune.put(recommendations + n, body, Map.of());
			assertThat(missing.status()).as(n).isEqualTo(404);
			assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("n");
			assertThat(missing.json().get("detail").asString()).contains("có 3 kiến nghị");
		}
		JsonHttp.Answer notANumber = commune.put(recommendations + "mot", body, Map.of());
		assertThat(notANumber.status()).isEqualTo(400);
		assertThat(notANumber.json().get("errors").get(0).get("field").asString()).isEqualTo("n");
		assertThat(commune.put(PATH + "/khong-co/recommendations/1", body, Map.of()).status()).isEqualTo(404);

		Map<String, Object> wrong = new HashMap<>();
		wrong.put("status", "XONG");
		wrong.put("note", "x".repeat(2001));
		wrong.put("date", "2025-09-01");
		JsonHttp.Answer refused = commune.put(recommendations + "2", wrong, Map.of());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("status", "note", "date");
		assertThat(message(refused, "date")).isEqualTo("Ngày cập nhật không được trước ngày kiểm tra 15/09/2025.");
		JsonHttp.Answer future = commune.put(recommendations + "2",
				followUp("DONE", "Xong.", TODAY.plusDays(2).toString()), Map.of());
		assertThat(future.status()).isEqualTo(422);
		assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("date");

		JsonNode read = commune.get(PATH + "/" + created.get("id").asString()).json();
		assertThat(read.get("version").asLong()).as("nothing half-written").isEqualTo(4);
		assertThat(read.get("recommendations").findValuesAsString("status")).containsExactly("DONE", "OPEN",
				"IN_PROGRESS");
	}

	@Test
	void theWorkbookListsTheYearsInspectionsOfTheDistrictWithTheirRecommendationsAndNumericTotals() throws Exception {
		JsonHttp district = as("DISTRICT_OFFICER", "546");
		JsonNode survey = district.post(PATH, inspection("21786", "546", "2025-05-06", "SURVEY",
				List.of("Khảo sát nhu cầu tập huấn.", "Bổ sung tài liệu.")))
			.json();
		assertThat(as("PROVINCE_ADMIN", "52").post(PATH, inspection("546", "52", "2025-07-08", "INSPECTION", List.of()))
			.status()).isEqualTo(201);
		assertThat(district.post(PATH, inspection("21787", "546", "2026-02-03", "SUPERVISION", List.of("Năm sau.")))
			.status()).isEqualTo(201);
		assertThat(district.put(PATH + "/" + survey.get("id").asString() + "/recommendations/2",
				followUp("DONE", "Đã cấp 30 cuốn sổ tay.", "2025-06-01"), Map.of()).status()).isEqualTo(200);

		JsonHttp.Download download = district.download("/api/reporting/plan/annual-reports/546/2025/workbook");

		assertThat(download.status()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
			List<String> names = new ArrayList<>();
			workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
			assertThat(names).containsExactly("Thông tin chung", "Chỉ tiêu", "Tiến độ nhiệm vụ", "Nhiệm vụ kế hoạch",
					"Kinh phí", "Kiểm tra, khảo sát");
			Sheet sheet = workbook.getSheet("Kiểm tra, khảo sát");
			assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Nội dung kiến nghị");
			Row first = sheet.getRow(1);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("06/05/2025");
			assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Khảo sát");
			assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Thị trấn Vĩnh Thạnh");
			assertThat(first.getCell(4).getStringCellValue()).isEqualTo("Huyện Vĩnh Thạnh");
			assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(1);
			assertThat(first.getCell(8).getStringCellValue()).isEqualTo("Chưa thực hiện");
			Row second = sheet.getRow(2);
			assertThat(second.getCell(7).getStringCellValue()).isEqualTo("Bổ sung tài liệu.");
			assertThat(second.getCell(8).getStringCellValue()).isEqualTo("Đã thực hiện xong");
			assertThat(second.getCell(9).getStringCellValue()).isEqualTo("Đã cấp 30 cuốn sổ tay.");
			Row third = sheet.getRow(3);
			assertThat(third.getCell(1).getStringCellValue()).isEqualTo("Kiểm tra");
			assertThat(third.getCell(4).getStringCellValue()).isEqualTo("Tỉnh Bình Định");
			assertThat(third.getCell(6)).as("an inspection without recommendations").isNull();

			assertThat(total(sheet, "Tổng số cuộc kiểm tra, khảo sát, giám sát")).as("2026's is not counted").isEqualTo(2);
			assertThat(total(sheet, "Số cuộc khảo sát")).isEqualTo(1);
			assertThat(total(sheet, "Tổng số kiến nghị")).isEqualTo(2);
			assertThat(total(sheet, "Kiến nghị đã thực hiện xong")).isEqualTo(1);
			assertThat(total(sheet, "Kiến nghị chưa thực hiện")).isEqualTo(1);
		}
	}

	private static String message(JsonHttp.Answer answer, String field) {
		for (JsonNode error : answer.json().get("errors")) {
			if (field.equals(error.get("field").asString())) {
				return error.get("message").asString();
			}
		}
		throw new AssertionError("no error for " + field + " in " + answer.text());
	}

	/** The number beside a label in the totals below the table; it must be a number, not text. */
	private static double total(Sheet sheet, String label) {
		for (Row row : sheet) {
			var cell = row.getCell(0);
			if (cell != null && cell.getCellType() == CellType.STRING && label.equals(cell.getStringCellValue())) {
				assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
				return row.getCell(1).getNumericCellValue();
			}
		}
		throw new AssertionError("no row " + label);
	}

}
