package vn.hoagiai.systemtests;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.devstack.DevStack;
import vn.hoagiai.testsupport.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The authorisation matrix of docs/SECURITY.md, enforced: every endpoint of every service (discovered
 * from the services' own request mappings) is in the matrix, and each is called through the gateway by
 * every role, inside and outside the caller's scope; the set of allowed calls must be exactly the
 * matrix, and no refusal carries a stack trace.
 */
class AuthorizationMatrixSystemTests {

	static final Path ROOT = Path.of(System.getProperty("hoagiai.root", "..")).toAbsolutePath().normalize();

	static final List<String> ROLES = List.of("PROVINCE_ADMIN", "DISTRICT_OFFICER", "COMMUNE_OFFICER", "TRAINER",
			"ANALYST", "DISTRICT_SYSTEM");

	static final Map<String, String> UNIT_OF = Map.of("PROVINCE_ADMIN", "52", "DISTRICT_OFFICER", "540",
			"COMMUNE_OFFICER", "21550", "TRAINER", "540", "ANALYST", "52", "DISTRICT_SYSTEM", "540");

	static final String IN = "21550";

	static final String OUT = "21609";

	static DevStack stack;

	static JsonHttp admin;

	/** The fixtures inside and outside the scope: a team, its mediator, a course. */
	record Fixture(String commune, String district, String teamId, String mediatorId, String courseId,
			String importId, String otherTeamId, String progressReportId) {
	}

	static Fixture in;

	static Fixture out;

	/** A fixture's training: an open course with its mediator enrolled and present, a held one with a certificate, a material. */
	record Training(String openCourseId, String sessionId, String heldCourseId, String certificateCode,
			String materialId) {
	}

	static final Map<String, Training> TRAINING = new java.util.HashMap<>();

	/** Per fixture commune: an inspection of the commune by its district, with one recommendation. */
	static final Map<String, String> INSPECTION = new java.util.HashMap<>();

	/** Per fixture commune: a communication activity the commune organised. */
	static final Map<String, String> COMMUNICATION = new java.util.HashMap<>();

	static final java.time.LocalDate TODAY = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

	static Training training(Fixture f) {
		return TRAINING.get(f.commune());
	}

	/** A course of the commune from two days ago to {@code last}, a session each of the first two days. */
	static Map<String, Object> pastCourse(String commune, java.time.LocalDate last) {
		return Map.of("organiserUnitCode", commune, "title", "Tập huấn kỹ năng hòa giải", "audience", "MEDIATORS",
				"startDate", TODAY.minusDays(2).toString(), "endDate", last.toString(), "minimumSessions", 1, "sessions",
				List.of(Map.of("date", TODAY.minusDays(2).toString(), "title", "Buổi 1"),
						Map.of("date", TODAY.minusDays(1).toString(), "title", "Buổi 2")));
	}

	static JsonNode ok(JsonHttp.Answer answer) {
		assertThat(answer.status()).as(answer.text()).isBetween(200, 201);
		return answer.json();
	}

	static Training training(String commune, String district, String mediatorId) {
		JsonNode open = ok(admin.post("/api/training/courses", pastCourse(commune, TODAY)));
		String openId = open.get("id").asString();
		String session = open.get("sessions").get(0).get("id").asString();
		ok(admin.post("/api/training/courses/" + openId + "/status", Map.of("status", "OPEN")));
		ok(admin.post("/api/training/courses/" + openId + "/enrolments", Map.of("mediatorId", mediatorId)));
		ok(admin.post("/api/training/courses/" + openId + "/sessions/" + session + "/attendance",
				Map.of("mediatorIds", List.of(mediatorId))));
		JsonNode held = ok(admin.post("/api/training/courses", pastCourse(commune, TODAY.minusDays(1))));
		String heldId = held.get("id").asString();
		ok(admin.post("/api/training/courses/" + heldId + "/status", Map.of("status", "OPEN")));
		ok(admin.post("/api/training/courses/" + heldId + "/enrolments", Map.of("mediatorId", mediatorId)));
		ok(admin.post("/api/training/courses/" + heldId + "/sessions/" + held.get("sessions").get(0).get("id").asString()
				+ "/attendance", Map.of("mediatorIds", List.of(mediatorId))));
		ok(admin.post("/api/training/courses/" + heldId + "/status", Map.of("status", "HELD")));
		String certificate = ok(admin.get("/api/training/courses/" + heldId + "/enrolments")).get(0)
			.get("certificateCode")
			.asString();
		String material = ok(admin.upload("/api/training/materials", "so-tay.pdf", PDF, material(district)))
			.get("id")
			.asString();
		return new Training(openId, session, heldId, certificate, material);
	}

	static Map<String, Object> trainer(String district) {
		return Map.of("level", "DISTRICT", "unitCode", district, "source", "JUDGE", "fullName", "Mai Văn Tâm", "gender",
				"MALE", "appointmentNumber", "15/QĐ-UBND", "appointmentDate", "2026-03-02");
	}

	/** A district trainer the province registers for one attempt. */
	static String newTrainer(Fixture f) {
		return ok(admin.post("/api/registry/trainers", trainer(f.district()))).get("id").asString();
	}

	static Map<String, Object> supporter(Fixture f) {
		return Map.of("teamId", f.teamId(), "fullName", "Trần Quốc Bảo", "category", "LAWYER", "assignedOn",
				"2026-04-01");
	}

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static Map<String, String> material(String publisher) {
		return Map.of("title", "Sổ tay kỹ năng hòa giải", "kind", "SKILLS_HANDBOOK", "audience", "MEDIATORS",
				"publisherUnitCode", publisher);
	}

	@BeforeAll
	static void fixtures() {
		stack = RunningStack.get();
		admin = new JsonHttp(stack.gatewayUrl()).as(RunningStack.token("PROVINCE_ADMIN", "52"));
		in = fixture(IN, "540");
		out = fixture(OUT, "542");
		// training-service learns mediators from the registry's events only.
		JsonHttp training = new JsonHttp(stack.gatewayUrl()).as(RunningStack.token("PROVINCE_ADMIN", "52"));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(training.get("/api/training/mediators/" + in.mediatorId()).status()).isEqualTo(200);
			assertThat(training.get("/api/training/mediators/" + out.mediatorId()).status()).isEqualTo(200);
		});
		TRAINING.put(in.commune(), training(in.commune(), in.district(), in.mediatorId()));
		TRAINING.put(out.commune(), training(out.commune(), out.district(), out.mediatorId()));
		for (Fixture f : List.of(in, out)) {
			INSPECTION.put(f.commune(), ok(admin.post("/api/reporting/plan/inspections", inspection(f))).get("id").asString());
			COMMUNICATION.put(f.commune(),
					ok(admin.post("/api/training/communications", communication(f.commune()))).get("id").asString());
		}
	}

	static Map<String, Object> inspection(Fixture f) {
		return Map.of("inspectedUnitCode", f.commune(), "inspectingUnitCode", f.district(), "date",
				TODAY.minusDays(3).toString(), "kind", "INSPECTION", "findings", "Tổ hòa giải hoạt động đều, sổ sách đầy đủ",
				"recommendations", List.of("Bổ sung hòa giải viên nữ"));
	}

	static Map<String, Object> communication(String organiser) {
		return Map.of("kind", "ARTICLE", "subject", "EXEMPLARY_MEDIATOR", "title", "Gương hòa giải viên tiêu biểu",
				"channel", "Báo Bình Định", "date", TODAY.minusDays(5).toString(), "organiserUnitCode", organiser,
				"reach", 1200);
	}

	static Map<String, Object> funding() {
		return Map.of("sources", List.of(Map.of("source", "REGULAR_BUDGET", "planned", 20000000, "spent", 5000000)),
				"note", "Kinh phí tập huấn");
	}

	/** The current version of a material, as the province reads it, for If-Match. */
	static Map<String, String> ifMatch(String path) {
		return Map.of("If-Match", "\"" + ok(admin.get(path)).get("version").asLong() + "\"");
	}

	/** A new material of the fixture's district, for a call that changes it for good. */
	static String newMaterial(Fixture f) {
		return ok(admin.upload("/api/training/materials", "so-tay.pdf", PDF, material(f.district()))).get("id").asString();
	}

	static Fixture fixture(String commune, String district) {
		JsonHttp.Answer team = admin.post("/api/registry/teams", team(commune));
		assertThat(team.status()).as(team.text()).isEqualTo(201);
		JsonHttp.Answer course = admin.post("/api/training/courses", course(commune));
		assertThat(course.status()).as(course.text()).isEqualTo(201);
		JsonHttp.Answer imported = admin.upload("/api/registry/imports", "ma-tran.csv", sheet(commune));
		assertThat(imported.status()).as(imported.text()).isEqualTo(202);
		JsonHttp.Answer other = admin.post("/api/registry/teams", team(commune));
		assertThat(other.status()).as(other.text()).isEqualTo(201);
		JsonHttp.Answer progress = admin.post("/api/reporting/plan/reports", progressReport(commune));
		assertThat(progress.status()).as(progress.text()).isIn(200, 201);
		// The district's annual report of 2028 is submitted: it can be read and exported.
		JsonHttp.Answer submitted = districtOfficer(district)
			.post("/api/reporting/plan/annual-reports/" + district + "/2028/submission",
					Map.of("summary", "Kết quả năm 2028"), Map.of());
		assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
		return new Fixture(commune, district, team.json().get("id").asString(),
				team.json().get("mediators").get(0).get("id").asString(), course.json().get("id").asString(),
				imported.json().get("id").asString(), other.json().get("id").asString(),
				progress.json().get("id").asString());
	}

	static JsonHttp districtOfficer(String district) {
		return new JsonHttp(stack.gatewayUrl()).as(RunningStack.token("DISTRICT_OFFICER", district));
	}

	static Map<String, Object> progressReport(String unit) {
		return Map.of("unitCode", unit, "task", "1", "period", "2027", "status", "IN_PROGRESS", "percent", 40,
				"narrative", "Đã rà soát, kiện toàn tổ hòa giải");
	}

	/** The state of a district's annual report of 2029, as the province sees it. */
	static String annualStatus(Fixture f) {
		return admin.get("/api/reporting/plan/annual-reports/" + f.district() + "/2029").json().get("status").asString();
	}

	/** Brings the district's annual report of 2029 to "submitted, awaiting a decision". */
	static void submitted(Fixture f) {
		String status = annualStatus(f);
		if (status.equals("APPROVED")) {
			admin.post("/api/reporting/plan/annual-reports/" + f.district() + "/2029/return",
					Map.of("reason", "Trả lại để kiểm tra quyền"), Map.of());
			status = annualStatus(f);
		}
		if (!status.equals("SUBMITTED")) {
			JsonHttp.Answer submitted = districtOfficer(f.district())
				.post("/api/reporting/plan/annual-reports/" + f.district() + "/2029/submission", Map.of(), Map.of());
			assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
		}
	}

	/** Brings the district's annual report of 2029 back to a state in which it may be submitted. */
	static void open(Fixture f) {
		String status = annualStatus(f);
		if (status.equals("SUBMITTED") || status.equals("APPROVED")) {
			JsonHttp.Answer returned = admin.post("/api/reporting/plan/annual-reports/" + f.district() + "/2029/return",
					Map.of("reason", "Trả lại để kiểm tra quyền"), Map.of());
			assertThat(returned.status()).as(returned.text()).isEqualTo(200);
		}
	}

	/** A CSV import of one team in the commune (a new village each time, so never the same file twice). */
	static byte[] sheet(String commune) {
		String village = "Thôn Ma Trận " + java.util.UUID.randomUUID().toString().substring(0, 8);
		return ("Mã xã,\"Thôn, tổ dân phố\",Tên tổ hòa giải,Họ và tên hòa giải viên,Giới tính,Năm sinh,Dân tộc,Tổ trưởng\n"
				+ commune + "," + village + ",Tổ hòa giải " + village + ",Phạm Thị Thu,Nữ,1979,Kinh,Có\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	static Map<String, Object> mediator(String name) {
		return Map.of("fullName", name, "gender", "FEMALE", "birthYear", 1980, "ethnicity", "Kinh", "leader", false);
	}

	static Map<String, Object> team(String commune) {
		return Map.of("communeCode", commune, "villageName", "Thôn Ma Trận", "name", "Tổ hòa giải thôn Ma Trận",
				"manyEthnicMinorityResidents", false, "mediators", List.of(Map.of("fullName", "Phạm Thị Thu", "gender",
						"FEMALE", "birthYear", 1979, "ethnicity", "Kinh", "leader", true)));
	}

	static Map<String, Object> course(String organiser) {
		return Map.of("organiserUnitCode", organiser, "title", "Tập huấn kỹ năng hòa giải", "audience", "MEDIATORS",
				"startDate", "2026-12-10", "endDate", "2026-12-11");
	}

	/** How to call one endpoint for a fixture: returns the HTTP status. */
	interface Call {

		int status(JsonHttp caller, Fixture fixture, String token);

	}

	static Call get(Function<Fixture, String> path) {
		return (caller, fixture, token) -> refusedCleanly(caller.get(path.apply(fixture)));
	}

	static Call download(Function<Fixture, String> path) {
		return (caller, fixture, token) -> caller.download(path.apply(fixture)).status();
	}

	static Call post(Function<Fixture, String> path, Function<Fixture, Object> body) {
		return (caller, fixture, token) -> refusedCleanly(caller.post(path.apply(fixture), body.apply(fixture)));
	}

	static int refusedCleanly(JsonHttp.Answer answer) {
		if (answer.status() >= 400) {
			assertThat(answer.text()).doesNotContain("Exception").doesNotContain("\tat ");
		}
		return answer.status();
	}

	/** The requests of every endpoint of the matrix, keyed by "service METHOD path". */
	static final Map<String, Call> CALLS = new LinkedHashMap<>();

	static {
		CALLS.put("registry GET /api/registry/units", get((f) -> "/api/registry/units?q=nhon"));
		CALLS.put("registry GET /api/registry/units/{code}", get((f) -> "/api/registry/units/" + f.commune()));
		CALLS.put("registry POST /api/registry/units/{communeCode}/villages",
				post((f) -> "/api/registry/units/" + f.commune() + "/villages",
						(f) -> Map.of("name", "Thôn " + java.util.UUID.randomUUID().toString().substring(0, 8))));
		CALLS.put("registry GET /api/registry/units/{communeCode}/villages",
				get((f) -> "/api/registry/units/" + f.commune() + "/villages"));
		// A dry run: the matrix must not re-home the province's teams under the other tests' feet.
		CALLS.put("registry POST /api/registry/reorganisations",
				post((f) -> "/api/registry/reorganisations", (f) -> Map.of("provinceCode", "52", "dryRun", true)));
		CALLS.put("registry GET /api/registry/reorganisations", get((f) -> "/api/registry/reorganisations"));
		CALLS.put("registry POST /api/registry/teams", post((f) -> "/api/registry/teams", (f) -> team(f.commune())));
		CALLS.put("registry GET /api/registry/teams", get((f) -> "/api/registry/teams?commune=" + f.commune()));
		CALLS.put("registry GET /api/registry/teams/{id}", get((f) -> "/api/registry/teams/" + f.teamId()));
		CALLS.put("registry POST /api/registry/teams/{id}/mediators",
				post((f) -> "/api/registry/teams/" + f.teamId() + "/mediators", (f) -> mediator("Vũ Thị Mai")));
		CALLS.put("registry POST /api/registry/teams/{id}/mediators/{mediatorId}/dismissal",
				(caller, f, token) -> {
					// Each attempt dismisses a mediator admitted for it, so a refusal is about access only.
					JsonHttp.Answer admitted = admin.post("/api/registry/teams/" + f.teamId() + "/mediators",
							mediator("Đỗ Thị Hạnh"));
					JsonNode mediators = admitted.json().get("mediators");
					String id = mediators.get(mediators.size() - 1).get("id").asString();
					return refusedCleanly(caller.post("/api/registry/teams/" + f.teamId() + "/mediators/" + id + "/dismissal",
							Map.of("decisionNumber", "9/QĐ-UBND", "decisionDate", "2026-11-20", "ground", "OWN_REQUEST")));
				});
		CALLS.put("registry PUT /api/registry/teams/{id}/mediators/{mediatorId}",
				(caller, f, token) -> refusedCleanly(caller.put("/api/registry/teams/" + f.teamId() + "/mediators/"
						+ f.mediatorId(), Map.of("fullName", "Phạm Thị Thu", "gender", "FEMALE", "birthYear", 1979,
								"ethnicity", "Kinh", "leader", true), Map.of())));
		CALLS.put("registry POST /api/registry/teams/{id}/mediators/{mediatorId}/transfer",
				(caller, f, token) -> {
					// Each attempt moves a mediator admitted for it to the commune's second team.
					JsonHttp.Answer admitted = admin.post("/api/registry/teams/" + f.teamId() + "/mediators",
							mediator("Đỗ Thị Hạnh"));
					JsonNode mediators = admitted.json().get("mediators");
					String id = mediators.get(mediators.size() - 1).get("id").asString();
					return refusedCleanly(caller.post("/api/registry/teams/" + f.teamId() + "/mediators/" + id + "/transfer",
							Map.of("toTeamId", f.otherTeamId(), "date", "2026-11-20"), Map.of()));
				});
		CALLS.put("registry GET /api/registry/teams/{id}/history",
				get((f) -> "/api/registry/teams/" + f.teamId() + "/history"));
		CALLS.put("registry GET /api/registry/mediators", get((f) -> "/api/registry/mediators?unit=" + f.commune()));
		CALLS.put("registry POST /api/registry/trainers",
				post((f) -> "/api/registry/trainers", (f) -> trainer(f.district())));
		CALLS.put("registry GET /api/registry/trainers", get((f) -> "/api/registry/trainers?unit=" + f.district()));
		CALLS.put("registry GET /api/registry/trainers/{id}",
				(caller, f, token) -> refusedCleanly(caller.get("/api/registry/trainers/" + newTrainer(f))));
		CALLS.put("registry PUT /api/registry/trainers/{id}", (caller, f, token) -> refusedCleanly(
				caller.put("/api/registry/trainers/" + newTrainer(f), trainer(f.district()), Map.of())));
		CALLS.put("registry POST /api/registry/trainers/{id}/retirement",
				(caller, f, token) -> refusedCleanly(caller.post("/api/registry/trainers/" + newTrainer(f) + "/retirement",
						Map.of("date", "2026-10-01", "reason", "Nghỉ hưu"))));
		CALLS.put("registry GET /api/registry/trainers/{id}/history",
				(caller, f, token) -> refusedCleanly(caller.get("/api/registry/trainers/" + newTrainer(f) + "/history")));
		CALLS.put("registry POST /api/registry/legal-supporters",
				post((f) -> "/api/registry/legal-supporters", AuthorizationMatrixSystemTests::supporter));
		CALLS.put("registry GET /api/registry/legal-supporters",
				get((f) -> "/api/registry/legal-supporters?unit=" + f.commune()));
		CALLS.put("registry POST /api/registry/legal-supporters/{id}/end", (caller, f, token) -> {
			String support = ok(admin.post("/api/registry/legal-supporters", supporter(f))).get("id").asString();
			return refusedCleanly(caller.post("/api/registry/legal-supporters/" + support + "/end",
					Map.of("endedOn", "2026-10-01")));
		});
		CALLS.put("registry PUT /api/registry/pilot-communes/{communeCode}",
				(caller, f, token) -> refusedCleanly(caller.put("/api/registry/pilot-communes/" + f.commune(),
						Map.of("from", "2025-01-01", "decisionNumber", "9/QĐ-UBND"), Map.of())));
		CALLS.put("registry GET /api/registry/pilot-communes", get((f) -> "/api/registry/pilot-communes"));
		CALLS.put("registry POST /api/registry/commendations",
				post((f) -> "/api/registry/commendations",
						(f) -> Map.of("teamId", f.teamId(), "form", "CERTIFICATE_OF_MERIT", "basis",
								"Hội thi hòa giải viên giỏi năm 2026", "awardedOn", "2026-06-15", "awardingUnitCode", "52")));
		CALLS.put("registry GET /api/registry/commendations",
				get((f) -> "/api/registry/commendations?unit=" + f.commune() + "&year=2026"));
		CALLS.put("registry GET /api/registry/access-log", get((f) -> "/api/registry/access-log?teamId=" + f.teamId()));
		CALLS.put("registry GET /api/registry/imports/template.xlsx",
				download((f) -> "/api/registry/imports/template.xlsx"));
		CALLS.put("registry GET /api/registry/imports/template.csv", download((f) -> "/api/registry/imports/template.csv"));
		CALLS.put("registry POST /api/registry/imports", (caller, f, token) -> refusedCleanly(
				caller.upload("/api/registry/imports?dryRun=true", "ma-tran.csv", sheet(f.commune()))));
		CALLS.put("registry GET /api/registry/imports/{id}", get((f) -> "/api/registry/imports/" + f.importId()));
		CALLS.put("registry GET /api/registry/teams/export.xlsx",
				download((f) -> "/api/registry/teams/export.xlsx?unit=" + f.commune()));
		CALLS.put("training POST /api/training/courses", post((f) -> "/api/training/courses", (f) -> course(f.commune())));
		CALLS.put("training GET /api/training/courses/{id}", get((f) -> "/api/training/courses/" + f.courseId()));
		CALLS.put("training GET /api/training/mediators/{mediatorId}",
				get((f) -> "/api/training/mediators/" + f.mediatorId()));
		CALLS.put("training POST /api/training/courses/{id}/sessions",
				post((f) -> "/api/training/courses/" + training(f).openCourseId() + "/sessions",
						(f) -> Map.of("date", TODAY.minusDays(1).toString(), "title", "Buổi bổ sung")));
		CALLS.put("training POST /api/training/courses/{id}/status", (caller, f, token) -> {
			// Each attempt opens a course planned for it.
			String course = ok(admin.post("/api/training/courses", pastCourse(f.commune(), TODAY))).get("id").asString();
			return refusedCleanly(caller.post("/api/training/courses/" + course + "/status", Map.of("status", "OPEN")));
		});
		CALLS.put("training POST /api/training/courses/{id}/enrolments",
				post((f) -> "/api/training/courses/" + training(f).openCourseId() + "/enrolments",
						(f) -> Map.of("mediatorId", f.mediatorId())));
		CALLS.put("training GET /api/training/courses/{id}/enrolments",
				get((f) -> "/api/training/courses/" + training(f).openCourseId() + "/enrolments"));
		CALLS.put("training POST /api/training/courses/{id}/sessions/{sessionId}/attendance",
				post((f) -> "/api/training/courses/" + training(f).openCourseId() + "/sessions/" + training(f).sessionId()
						+ "/attendance", (f) -> Map.of("mediatorIds", List.of(f.mediatorId()))));
		CALLS.put("training GET /api/training/courses/{id}/sessions/{sessionId}/attendance",
				get((f) -> "/api/training/courses/" + training(f).openCourseId() + "/sessions/" + training(f).sessionId()
						+ "/attendance"));
		CALLS.put("training GET /api/training/courses/{id}/sessions/{sessionId}/check-in-token",
				get((f) -> "/api/training/courses/" + training(f).openCourseId() + "/sessions/" + training(f).sessionId()
						+ "/check-in-token"));
		CALLS.put("training POST /api/training/courses/{id}/attendance/import",
				(caller, f, token) -> refusedCleanly(caller.upload(
						"/api/training/courses/" + training(f).openCourseId() + "/attendance/import?dryRun=true",
						"diem-danh.csv", ("Mã hòa giải viên,Mã buổi\n" + f.mediatorId() + "," + training(f).sessionId() + "\n")
							.getBytes(StandardCharsets.UTF_8))));
		CALLS.put("training GET /api/training/courses/{id}/enrolments/{mediatorId}/certificate",
				download((f) -> "/api/training/courses/" + training(f).heldCourseId() + "/enrolments/" + f.mediatorId()
						+ "/certificate"));
		CALLS.put("training POST /api/training/courses/{id}/assessments",
				post((f) -> "/api/training/courses/" + training(f).openCourseId() + "/assessments",
						(f) -> Map.of("phase", "BEFORE", "scores", List.of(Map.of("mediatorId", f.mediatorId(), "score", 60)))));
		CALLS.put("training GET /api/training/courses/{id}/assessments",
				get((f) -> "/api/training/courses/" + training(f).openCourseId() + "/assessments"));
		CALLS.put("training GET /api/training/courses/{id}/assessments/summary",
				get((f) -> "/api/training/courses/" + training(f).openCourseId() + "/assessments/summary"));
		CALLS.put("training POST /api/training/check-in", (caller, f, token) -> {
			// The QR code's token, as the course shows it; the phone sends it with no login of its own.
			String qr = ok(admin.get("/api/training/courses/" + training(f).openCourseId() + "/sessions/"
					+ training(f).sessionId() + "/check-in-token")).get("token").asString();
			return refusedCleanly(caller.post("/api/training/check-in", Map.of("token", qr, "mediatorId", f.mediatorId())));
		});
		CALLS.put("training GET /api/training/certificates/{code}",
				get((f) -> "/api/training/certificates/" + training(f).certificateCode()));
		CALLS.put("training POST /api/training/materials", (caller, f, token) -> refusedCleanly(
				caller.upload("/api/training/materials", "so-tay.pdf", PDF, material(f.district()))));
		CALLS.put("training POST /api/training/materials/{id}/versions", (caller, f, token) -> refusedCleanly(
				caller.upload("/api/training/materials/" + training(f).materialId() + "/versions", "so-tay-2.pdf", PDF)));
		CALLS.put("training GET /api/training/materials", get((f) -> "/api/training/materials"));
		CALLS.put("training GET /api/training/materials/{id}",
				get((f) -> "/api/training/materials/" + training(f).materialId()));
		CALLS.put("training GET /api/training/materials/{id}/file",
				download((f) -> "/api/training/materials/" + training(f).materialId() + "/file"));
		CALLS.put("training PUT /api/training/materials/{id}/publication", (caller, f, token) -> {
			String path = "/api/training/materials/" + training(f).materialId();
			return refusedCleanly(caller.put(path + "/publication", Map.of("digitised", true, "publications",
					List.of(Map.of("channel", "PROVINCIAL_PORTAL", "url", "https://pbgdpl.binhdinh.gov.vn/tai-lieu/so-tay"))),
					ifMatch(path)));
		});
		CALLS.put("training POST /api/training/materials/{id}/withdrawal", (caller, f, token) -> refusedCleanly(
				caller.post("/api/training/materials/" + newMaterial(f) + "/withdrawal", Map.of("reason", "Đã có bản mới"))));
		CALLS.put("training POST /api/training/materials/{id}/reading-links",
				post((f) -> "/api/training/materials/" + training(f).materialId() + "/reading-links",
						(f) -> Map.of("mediatorId", f.mediatorId())));
		CALLS.put("training POST /api/training/materials/{id}/handouts",
				post((f) -> "/api/training/materials/" + training(f).materialId() + "/handouts",
						(f) -> Map.of("mediatorIds", List.of(f.mediatorId()))));
		CALLS.put("training GET /api/training/materials/{id}/reach",
				get((f) -> "/api/training/materials/" + training(f).materialId() + "/reach"));
		CALLS.put("training GET /api/training/materials/read/{token}", (caller, f, token) -> {
			// The personal link an officer sends a mediator; it needs no login of its own.
			String url = ok(admin.post("/api/training/materials/" + training(f).materialId() + "/reading-links",
					Map.of("mediatorId", f.mediatorId()))).get("url").asString();
			return caller.download(url).status();
		});
		CALLS.put("training POST /api/training/communications",
				post((f) -> "/api/training/communications", (f) -> communication(f.commune())));
		CALLS.put("training GET /api/training/communications",
				get((f) -> "/api/training/communications?unit=" + f.district()));
		CALLS.put("training GET /api/training/communications/{id}",
				get((f) -> "/api/training/communications/" + COMMUNICATION.get(f.commune())));
		CALLS.put("training PUT /api/training/communications/{id}", (caller, f, token) -> {
			String path = "/api/training/communications/" + COMMUNICATION.get(f.commune());
			return refusedCleanly(caller.put(path, communication(f.commune()), ifMatch(path)));
		});
		CALLS.put("reporting GET /api/reporting/rollups/{unitCode}", get((f) -> "/api/reporting/rollups/" + f.commune()));
		CALLS.put("reporting GET /api/reporting/rollups/{unitCode}/children",
				get((f) -> "/api/reporting/rollups/" + f.district() + "/children"));
		CALLS.put("reporting GET /api/reporting/hierarchies", get((f) -> "/api/reporting/hierarchies?period=2024"));
		CALLS.put("reporting GET /api/reporting/hierarchies/units/{unitCode}",
				get((f) -> "/api/reporting/hierarchies/units/" + f.commune()));
		CALLS.put("reporting GET /api/reporting/indicators", get((f) -> "/api/reporting/indicators"));
		CALLS.put("reporting GET /api/reporting/indicators/{unitCode}",
				get((f) -> "/api/reporting/indicators/" + f.commune()));
		CALLS.put("reporting GET /api/reporting/indicators/{unitCode}.csv",
				download((f) -> "/api/reporting/indicators/" + f.commune() + ".csv"));
		CALLS.put("reporting GET /api/reporting/indicators/{unitCode}/{indicator}/children",
				get((f) -> "/api/reporting/indicators/" + f.district() + "/teamsCompliantShare/children"));
		CALLS.put("reporting GET /api/reporting/plan/tasks", get((f) -> "/api/reporting/plan/tasks"));
		CALLS.put("reporting POST /api/reporting/plan/reports",
				post((f) -> "/api/reporting/plan/reports", (f) -> progressReport(f.commune())));
		CALLS.put("reporting GET /api/reporting/plan/reports",
				get((f) -> "/api/reporting/plan/reports?unit=" + f.commune()));
		CALLS.put("reporting GET /api/reporting/plan/reports/{id}",
				get((f) -> "/api/reporting/plan/reports/" + f.progressReportId()));
		CALLS.put("reporting GET /api/reporting/plan/annual-reports/{district}/{year}",
				get((f) -> "/api/reporting/plan/annual-reports/" + f.district() + "/2028"));
		CALLS.put("reporting POST /api/reporting/plan/annual-reports/{district}/{year}/submission",
				(caller, f, token) -> {
					open(f);
					return refusedCleanly(caller.post("/api/reporting/plan/annual-reports/" + f.district()
							+ "/2029/submission", Map.of("summary", "Kết quả năm 2029"), Map.of()));
				});
		CALLS.put("reporting POST /api/reporting/plan/annual-reports/{district}/{year}/approval",
				(caller, f, token) -> {
					submitted(f);
					return refusedCleanly(caller.post("/api/reporting/plan/annual-reports/" + f.district()
							+ "/2029/approval", Map.of(), Map.of()));
				});
		CALLS.put("reporting POST /api/reporting/plan/annual-reports/{district}/{year}/return",
				(caller, f, token) -> {
					submitted(f);
					return refusedCleanly(caller.post("/api/reporting/plan/annual-reports/" + f.district()
							+ "/2029/return", Map.of("reason", "Thiếu số liệu nhiệm vụ 3"), Map.of()));
				});
		CALLS.put("reporting GET /api/reporting/plan/completeness",
				get((f) -> "/api/reporting/plan/completeness?period=2026"));
		CALLS.put("reporting GET /api/reporting/plan/annual-reports/{unit}/{year}/workbook",
				download((f) -> "/api/reporting/plan/annual-reports/" + f.district() + "/2028/workbook"));
		CALLS.put("reporting GET /api/reporting/rollups/changes", (caller, f, token) -> streamStatus(token));
		CALLS.put("reporting POST /api/reporting/rollups/rebuild", (caller, f, token) -> {
			int status = refusedCleanly(caller.post("/api/reporting/rollups/rebuild", Map.of()));
			if (status < 300) {
				// A real rebuild of the whole rollup: the tests after this one run on the new generation.
				await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(
						admin.get("/api/reporting/rollups/rebuild").json().get("rebuild").isNull()).isTrue());
			}
			return status;
		});
		CALLS.put("reporting GET /api/reporting/rollups/rebuild", get((f) -> "/api/reporting/rollups/rebuild"));
		// Funding of 2026: the 2029 annual report above is approved and returned, which locks 2029's.
		CALLS.put("reporting GET /api/reporting/plan/funding/{unit}/{year}",
				get((f) -> "/api/reporting/plan/funding/" + f.commune() + "/2026"));
		CALLS.put("reporting PUT /api/reporting/plan/funding/{unit}/{year}", (caller, f, token) -> refusedCleanly(
				caller.put("/api/reporting/plan/funding/" + f.commune() + "/2026", funding(), Map.of())));
		CALLS.put("reporting GET /api/reporting/plan/funding",
				get((f) -> "/api/reporting/plan/funding?year=2026&under=" + f.commune()));
		CALLS.put("reporting POST /api/reporting/plan/inspections",
				post((f) -> "/api/reporting/plan/inspections", (f) -> inspection(f)));
		CALLS.put("reporting GET /api/reporting/plan/inspections",
				get((f) -> "/api/reporting/plan/inspections?unit=" + f.commune() + "&year=" + TODAY.minusDays(3).getYear()));
		CALLS.put("reporting GET /api/reporting/plan/inspections/{id}",
				get((f) -> "/api/reporting/plan/inspections/" + INSPECTION.get(f.commune())));
		CALLS.put("reporting PUT /api/reporting/plan/inspections/{id}/recommendations/{n}",
				(caller, f, token) -> refusedCleanly(
						caller.put("/api/reporting/plan/inspections/" + INSPECTION.get(f.commune()) + "/recommendations/1",
								Map.of("status", "IN_PROGRESS", "note", "Đã đề xuất bổ sung"), Map.of())));
	}

	/** The change feed never ends: only its status matters here. */
	static int streamStatus(String token) {
		try {
			HttpResponse<InputStream> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/reporting/rollups/changes"))
					.header("Authorization", "Bearer " + token)
					.header("Accept", "text/event-stream")
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.ofInputStream());
			response.body().close();
			return response.statusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The matrix as docs/SECURITY.md states it: "service METHOD path" to the rule of each role. */
	static Map<String, Map<String, String>> documentedMatrix() throws Exception {
		String doc = Files.readString(ROOT.resolve("docs/SECURITY.md"), StandardCharsets.UTF_8);
		String table = doc.substring(doc.indexOf("<!-- matrix:start -->"), doc.indexOf("<!-- matrix:end -->"));
		Map<String, Map<String, String>> matrix = new LinkedHashMap<>();
		for (String line : table.split("\n")) {
			String[] cells = line.split("\\|");
			if (cells.length < 10 || cells[1].isBlank() || cells[1].contains("service") || cells[1].contains("---")) {
				continue;
			}
			Map<String, String> rules = new LinkedHashMap<>();
			for (int i = 0; i < ROLES.size(); i++) {
				rules.put(ROLES.get(i), cells[4 + i].strip());
			}
			matrix.put(cells[1].strip() + " " + cells[2].strip() + " " + cells[3].strip(), rules);
		}
		return matrix;
	}

	/** Every API endpoint each service really has, from its own request mappings. */
	static Set<String> discoveredEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		Map<String, DevStack.Service> services = Map.of("registry", DevStack.Service.REGISTRY, "training",
				DevStack.Service.TRAINING, "reporting", DevStack.Service.REPORTING);
		services.forEach((name, service) -> {
			JsonNode mappings = new JsonHttp(stack.serviceUrl(service)).get("/actuator/mappings").json();
			for (JsonNode context : mappings.get("contexts")) {
				for (JsonNode mapping : context.at("/mappings/dispatcherServlets/dispatcherServlet")) {
					JsonNode conditions = mapping.at("/details/requestMappingConditions");
					for (JsonNode pattern : conditions.path("patterns")) {
						if (pattern.asString().startsWith("/api/")) {
							for (JsonNode method : conditions.path("methods")) {
								endpoints.add(name + " " + method.asString() + " " + pattern.asString());
							}
						}
					}
				}
			}
		});
		return endpoints;
	}

	@Test
	void everyEndpointOfEveryServiceIsInTheMatrixAndHasARequest() throws Exception {
		Set<String> discovered = discoveredEndpoints();

		assertThat(discovered).as("endpoints the services have").isNotEmpty();
		assertThat(documentedMatrix().keySet()).as("docs/SECURITY.md lists exactly the endpoints the services have")
			.containsExactlyInAnyOrderElementsOf(discovered);
		assertThat(CALLS.keySet()).as("this test knows how to call every endpoint").containsAll(discovered);
	}

	@Test
	void everyRoleGetsExactlyWhatTheMatrixAllowsInsideAndOutsideItsScope() throws Exception {
		Map<String, Map<String, String>> expected = documentedMatrix();
		List<String> mismatches = new ArrayList<>();
		StringBuilder actualTable = new StringBuilder();
		for (Map.Entry<String, Map<String, String>> row : expected.entrySet()) {
			Call call = CALLS.get(row.getKey());
			assertThat(call).as("a request for " + row.getKey()).isNotNull();
			actualTable.append("| ").append(row.getKey().replace(" ", " | ")).append(" |");
			for (String role : ROLES) {
				String token = RunningStack.token(role, UNIT_OF.get(role));
				JsonHttp caller = new JsonHttp(stack.gatewayUrl()).as(token);
				boolean inside = allowed(row.getKey(), role, "in scope", call.status(caller, in, token));
				boolean outside = allowed(row.getKey(), role, "out of scope", call.status(caller, out, token));
				String actual = (inside && outside) ? "all" : inside ? "scope" : outside ? "OUTSIDE-ONLY" : "none";
				actualTable.append(' ').append(actual).append(" |");
				if (!actual.equals(row.getValue().get(role))) {
					mismatches.add(row.getKey() + " " + role + ": documented " + row.getValue().get(role) + ", actual "
							+ actual);
				}
			}
			actualTable.append('\n');
		}
		System.out.println("Authorisation matrix as observed:\n" + actualTable);
		assertThat(mismatches).isEmpty();
	}

	static boolean allowed(String endpoint, String role, String where, int status) {
		assertThat(status).as(endpoint + " as " + role + " " + where + ": a valid token is never refused with 401")
			.isNotEqualTo(401);
		assertThat(status).as(endpoint + " as " + role + " " + where + ": allowed or refused, never another answer")
			.isIn(200, 201, 403, 404);
		return status < 300;
	}

	@Test
	void aRealSignInThroughTheProviderGivesATokenTheApiAccepts() throws Exception {
		String token = vn.hoagiai.devstack.DevLogin.accessToken(stack.issuer(), "xa.nhonbinh", "matkhau-demo",
				vn.hoagiai.devstack.DevLogin.REDIRECT);

		JsonHttp officer = new JsonHttp(stack.gatewayUrl()).as(token);
		assertThat(officer.get("/api/registry/teams?commune=" + IN).status()).isEqualTo(200);
		assertThat(officer.get("/api/registry/teams?commune=" + OUT).status()).isEqualTo(403);
		assertThat(new JsonHttp(stack.gatewayUrl()).get("/api/registry/teams?commune=" + IN).status()).isEqualTo(401);
	}

}
