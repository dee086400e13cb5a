package vn.hoagiai.reporting.plan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.UsesInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan through the API: its tasks, progress reports by the units in scope, the annual report's
 * submission, approval (which locks the year) and return, and which districts have reported.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.streams.application-id=reporting-it-${hoagiai.test.run-id}",
				"spring.kafka.streams.state-dir=${java.io.tmpdir}/reporting-it-${hoagiai.test.run-id}" })
@UsesInfrastructure
class PlanIntegrationTests {

	/** Phường Nhơn Bình, in Thành phố Quy Nhơn (540). */
	static final String NHON_BINH = "21550";

	@LocalServerPort
	int port;

	JsonHttp as(String role, String unit) {
		return new JsonHttp("http://localhost:" + this.port).as(TestTokens.get().token(role, unit));
	}

	static Map<String, Object> progress(String unit, String task, String period, String status, int percent) {
		return Map.of("unitCode", unit, "task", task, "period", period, "status", status, "percent", percent,
				"narrative", "Đã tổ chức 02 lớp tập huấn cho hòa giải viên.", "evidence",
				List.of("https://sotuphap.binhdinh.gov.vn/bao-cao/2026/tap-huan.pdf"));
	}

	@Test
	void theNineTasksOfThePlanAreListedWithTheirLetteredPartsLeadAndCoordinatingAgencies() {
		JsonNode plan = as("TRAINER", "540").get("/api/reporting/plan/tasks").json();

		assertThat(plan.get("plan").asString()).contains("123/KH-UBND");
		assertThat(plan.get("tasks").size()).isEqualTo(9);
		JsonNode task2 = plan.get("tasks").get(1);
		assertThat(task2.get("parts").findValuesAsString("code")).containsExactly("2a", "2b", "2c");
		assertThat(task2.get("parts").get(1).get("lead").get(0).asString()).isEqualTo("Sở Tư pháp");
		assertThat(plan.get("tasks").get(0).get("coordinating").size()).isEqualTo(8);
		assertThat(plan.get("tasks").get(0).get("timeFrame").asString()).isEqualTo("Năm 2024");
	}

	@Test
	void aCommuneOfficerReportsProgressForTheCommuneAndAnUpdateWithAStaleVersionIsRefused() {
		JsonHttp officer = as("COMMUNE_OFFICER", NHON_BINH);

		JsonHttp.Answer created = officer.post("/api/reporting/plan/reports",
				progress(NHON_BINH, "3b", "2026-Q3", "IN_PROGRESS", 40));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("ETag")).isEqualTo("\"1\"");
		assertThat(created.json().get("taskTitle").asString()).startsWith("Tổ chức khảo sát, đánh giá năng lực");
		JsonHttp.Answer read = officer.get(created.header("Location"));
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("ETag")).isEqualTo("\"1\"");
		assertThat(read.json().get("percent").asInt()).isEqualTo(40);

		JsonHttp.Answer updated = officer.post("/api/reporting/plan/reports",
				progress(NHON_BINH, "3b", "2026-Q3", "COMPLETED", 100), Map.of("If-Match", "\"1\""));
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("version").asLong()).isEqualTo(2);

		JsonHttp.Answer stale = officer.post("/api/reporting/plan/reports",
				progress(NHON_BINH, "3b", "2026-Q3", "IN_PROGRESS", 90), Map.of("If-Match", "\"1\""));
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.json().get("title").asString()).isEqualTo("Dữ liệu đã được người khác thay đổi");

		// The district lists its communes' reports of the year, the quarter's included.
		JsonNode listed = as("DISTRICT_OFFICER", "540").get("/api/reporting/plan/reports?unit=540&period=2026").json();
		assertThat(listed.findValuesAsString("id")).contains(NHON_BINH + ":3b:2026-Q3");
		assertThat(as("DISTRICT_OFFICER", "540").get("/api/reporting/plan/reports?unit=540&period=2026-Q4").json()
			.findValuesAsString("id")).doesNotContain(NHON_BINH + ":3b:2026-Q3");
	}

	@Test
	void onlyOfficersInScopeAndTheProvinceWriteProgressAndAnalystsReadIt() {
		Map<String, Object> report = progress(NHON_BINH, "1", "2026", "IN_PROGRESS", 10);

		assertThat(as("COMMUNE_OFFICER", "21553").post("/api/reporting/plan/reports", report).status()).isEqualTo(403);
		assertThat(as("DISTRICT_OFFICER", "542").post("/api/reporting/plan/reports", report).status()).isEqualTo(403);
		assertThat(as("TRAINER", "540").post("/api/reporting/plan/reports", report).status()).isEqualTo(403);
		assertThat(as("ANALYST", "52").post("/api/reporting/plan/reports", report).status()).isEqualTo(403);
		assertThat(new JsonHttp("http://localhost:" + this.port).post("/api/reporting/plan/reports", report).status())
			.isEqualTo(401);
		assertThat(as("DISTRICT_OFFICER", "540").post("/api/reporting/plan/reports", report).status()).isIn(200, 201);
		assertThat(as("PROVINCE_ADMIN", "52").post("/api/reporting/plan/reports", report).status()).isEqualTo(200);

		assertThat(as("ANALYST", "52").get("/api/reporting/plan/reports?unit=540").status()).isEqualTo(200);
		assertThat(as("TRAINER", "540").get("/api/reporting/plan/reports?unit=540").status()).isEqualTo(403);
		assertThat(as("DISTRICT_OFFICER", "542").get("/api/reporting/plan/reports?unit=540").status()).isEqualTo(403);
	}

	@Test
	void aReportThatBreaksTheRulesIsRefusedNamingEveryFieldInVietnamese() {
		JsonHttp.Answer answer = as("PROVINCE_ADMIN", "52").post("/api/reporting/plan/reports",
				Map.of("unitCode", "99999", "task", "10", "period", "2026-Q5", "status", "COMPLETED", "percent", 80,
						"evidence", List.of("javascript:alert(1)")));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("unitCode", "task",
				"period", "percent", "evidence[0]");
		assertThat(answer.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Không có đơn vị hành chính mã 99999.");

		JsonHttp.Answer status = as("PROVINCE_ADMIN", "52").post("/api/reporting/plan/reports",
				Map.of("unitCode", "540", "task", "1", "period", "2026", "status", "XONG", "percent", 100));
		assertThat(status.status()).isEqualTo(400);
		assertThat(status.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
	}

	@Test
	void anApprovedAnnualReportLocksTheDistrictsYearUntilTheProvinceReturnsItWithAReason() {
		JsonHttp district = as("DISTRICT_OFFICER", "540");
		JsonHttp province = as("PROVINCE_ADMIN", "52");
		assertThat(district.post("/api/reporting/plan/reports", progress(NHON_BINH, "4", "2027", "IN_PROGRESS", 50))
			.status()).isIn(200, 201);

		JsonHttp.Answer submitted = district.post("/api/reporting/plan/annual-reports/540/2027/submission",
				Map.of("summary", "Quy Nhơn đã hoàn thành 8/14 nội dung."));
		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(province.post("/api/reporting/plan/annual-reports/540/2027/approval", Map.of(),
				Map.of("If-Match", "\"0\"")).status()).isEqualTo(412);
		assertThat(district.post("/api/reporting/plan/annual-reports/540/2027/approval", Map.of()).status()).isEqualTo(403);
		JsonHttp.Answer approved = province.post("/api/reporting/plan/annual-reports/540/2027/approval", Map.of(),
				Map.of("If-Match", submitted.header("ETag")));
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");

		JsonHttp.Answer locked = as("COMMUNE_OFFICER", NHON_BINH).post("/api/reporting/plan/reports",
				progress(NHON_BINH, "4", "2027-Q4", "COMPLETED", 100));
		assertThat(locked.status()).isEqualTo(409);
		assertThat(locked.json().get("title").asString()).isEqualTo("Báo cáo năm đã được duyệt");
		assertThat(district.post("/api/reporting/plan/reports", progress("540", "4", "2028", "IN_PROGRESS", 50)).status())
			.as("another year is not locked")
			.isEqualTo(201);

		JsonHttp.Answer noReason = province.post("/api/reporting/plan/annual-reports/540/2027/return", Map.of());
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		JsonHttp.Answer returned = province.post("/api/reporting/plan/annual-reports/540/2027/return",
				Map.of("reason", "Thiếu số liệu nhiệm vụ 3b."));
		assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
		assertThat(returned.json().get("returnReason").asString()).isEqualTo("Thiếu số liệu nhiệm vụ 3b.");

		assertThat(as("COMMUNE_OFFICER", NHON_BINH).post("/api/reporting/plan/reports",
				progress(NHON_BINH, "4", "2027-Q4", "COMPLETED", 100)).status()).isEqualTo(201);
		JsonNode read = as("ANALYST", "52").get("/api/reporting/plan/annual-reports/540/2027").json();
		assertThat(read.get("history").findValuesAsString("status")).containsExactly("SUBMITTED", "APPROVED", "RETURNED");
	}

	@Test
	void completenessListsEveryDistrictWithWhoSubmittedAndWhoWasLate() {
		// 2025's reports were due on 15 December 2025: a report submitted now is late, and so is every
		// district that has none.
		assertThat(as("DISTRICT_OFFICER", "542").post("/api/reporting/plan/annual-reports/542/2025/submission", Map.of())
			.status()).isEqualTo(200);

		JsonNode year2025 = as("PROVINCE_ADMIN", "52").get("/api/reporting/plan/completeness?period=2025").json();

		assertThat(year2025.get("dueDate").asString()).isEqualTo("2025-12-15");
		assertThat(year2025.get("districts").size()).isEqualTo(11);
		assertThat(year2025.get("submitted").asInt()).isEqualTo(1);
		assertThat(year2025.get("notSubmitted").asInt()).isEqualTo(10);
		assertThat(year2025.get("late").asInt()).isEqualTo(11);
		JsonNode anLao = year2025.get("districts").get(1);
		assertThat(anLao.get("district").get("name").asString()).isEqualTo("Huyện An Lão");
		assertThat(anLao.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(anLao.get("late").asBoolean()).isTrue();
		assertThat(year2025.get("asOf").asString()).isNotBlank();

		// 2030's are not due yet: a report submitted now is on time, and nobody is overdue.
		assertThat(as("DISTRICT_OFFICER", "543").post("/api/reporting/plan/annual-reports/543/2030/submission", Map.of())
			.status()).isEqualTo(200);
		JsonNode year2030 = as("ANALYST", "52").get("/api/reporting/plan/completeness?period=2030").json();
		assertThat(year2030.get("submitted").asInt()).isEqualTo(1);
		assertThat(year2030.get("late").asInt()).isZero();

		JsonHttp.Answer quarter = as("PROVINCE_ADMIN", "52").get("/api/reporting/plan/completeness?period=2025-Q4");
		assertThat(quarter.status()).isEqualTo(400);
		assertThat(quarter.json().get("errors").get(0).get("field").asString()).isEqualTo("period");
		assertThat(as("DISTRICT_OFFICER", "540").get("/api/reporting/plan/completeness?period=2025").status())
			.isEqualTo(403);
	}

}
