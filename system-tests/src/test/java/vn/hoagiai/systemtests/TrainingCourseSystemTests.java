package vn.hoagiai.systemtests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.devstack.DevStack;
import vn.hoagiai.testsupport.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Huyện Vĩnh Thạnh (546) trains the mediators of Thị trấn Vĩnh Thạnh, all through the gateway: the
 * registry makes them known, the district officer plans a two-day course, opens it and enrols three
 * mediators; on the second day two of them check in with the QR code the room shows, on their own
 * phones; the paper sign-in sheet of the first day comes back as an Excel file; the course is closed,
 * the two who attended both days complete it and anyone can verify their certificates; the district
 * publishes its handbook, sends one mediator a personal reading link she opens without an account and
 * hands the printed copy to another. The province's rollup then shows the district's trained
 * mediators and the mediators who reached the materials.
 */
class TrainingCourseSystemTests {

	static final String DISTRICT = "546";

	/** Thị trấn Vĩnh Thạnh, Huyện Vĩnh Thạnh. */
	static final String COMMUNE = "21786";

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	static final byte[] HANDBOOK = ("%PDF-1.4\n% Sổ tay hòa giải viên ở cơ sở\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
		.getBytes(StandardCharsets.UTF_8);

	static DevStack stack;

	static JsonHttp district;

	static JsonHttp anonymous;

	@BeforeAll
	static void startTheStack() {
		stack = RunningStack.get();
		district = new JsonHttp(stack.gatewayUrl()).as(RunningStack.token("DISTRICT_OFFICER", DISTRICT));
		anonymous = new JsonHttp(stack.gatewayUrl());
	}

	@Test
	void aDistrictRunsACourseFromPlanningToCertificatesAndTheRollupCountsItsTrainedMediatorsAndMaterialReach()
			throws IOException {
		Map<String, Long> before = figures(DISTRICT);
		List<String> mediators = registerTeam();
		String lan = mediators.get(0);
		String hung = mediators.get(1);
		String minh = mediators.get(2);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				district.get("/api/training/mediators/" + minh).status())
			.as("training-service learns the mediators from the registry's events")
			.isEqualTo(200));

		JsonNode course = ok(district.post("/api/training/courses", Map.of("organiserUnitCode", DISTRICT, "title",
				"Bồi dưỡng kỹ năng hòa giải ở cơ sở năm " + TODAY.getYear(), "audience", "MEDIATORS", "place",
				"Hội trường UBND huyện Vĩnh Thạnh", "startDate", TODAY.minusDays(1).toString(), "endDate",
				TODAY.toString(), "capacity", 40, "minimumSessions", 2, "sessions",
				List.of(Map.of("date", TODAY.minusDays(1).toString(), "title", "Luật Hòa giải ở cơ sở"),
						Map.of("date", TODAY.toString(), "title", "Kỹ năng hòa giải")))));
		String courseId = course.get("id").asString();
		String firstDay = course.get("sessions").get(0).get("id").asString();
		String secondDay = course.get("sessions").get(1).get("id").asString();
		ok(district.post("/api/training/courses/" + courseId + "/status", Map.of("status", "OPEN")));
		for (String mediator : mediators) {
			assertThat(district.post("/api/training/courses/" + courseId + "/enrolments", Map.of("mediatorId", mediator))
				.status()).isEqualTo(201);
		}

		// Day two: the room shows the QR code; Lan and Hùng check in on their phones, without an account.
		String qr = ok(district.get("/api/training/courses/" + courseId + "/sessions/" + secondDay + "/check-in-token"))
			.get("token")
			.asString();
		for (String mediator : List.of(lan, hung)) {
			JsonHttp.Answer checkedIn = anonymous.post("/api/training/check-in", Map.of("token", qr, "mediatorId", mediator));
			assertThat(checkedIn.status()).as(checkedIn.text()).isEqualTo(200);
		}
		JsonHttp.Answer twice = anonymous.post("/api/training/check-in", Map.of("token", qr, "mediatorId", lan));
		assertThat(twice.json().get("alreadyRecorded").asBoolean()).as("a second scan is merged").isTrue();

		// Day one's paper sheet, typed into Excel: all three signed, Lan's line twice.
		byte[] sheet = signInSheet(firstDay, lan, hung, minh, lan);
		JsonNode dryRun = ok(district.upload("/api/training/courses/" + courseId + "/attendance/import?dryRun=true",
				"ky-ten-ngay-1.xlsx", sheet));
		assertThat(dryRun.get("problems")).as(dryRun.toString()).isEmpty();
		JsonNode imported = ok(district.upload("/api/training/courses/" + courseId + "/attendance/import?dryRun=false",
				"ky-ten-ngay-1.xlsx", sheet));
		assertThat(imported.get("recorded").asInt()).as(imported.toString()).isEqualTo(3);

		ok(district.post("/api/training/courses/" + courseId + "/status", Map.of("status", "HELD")));
		JsonNode participants = ok(district.get("/api/training/courses/" + courseId + "/enrolments"));
		Map<String, JsonNode> byMediator = new java.util.HashMap<>();
		participants.forEach((p) -> byMediator.put(p.get("mediatorId").asString(), p));
		assertThat(byMediator.get(lan).get("status").asString()).isEqualTo("COMPLETED");
		assertThat(byMediator.get(hung).get("status").asString()).isEqualTo("COMPLETED");
		assertThat(byMediator.get(minh).get("status").asString()).as("one day of two is not enough").isEqualTo("ENROLLED");
		assertThat(byMediator.get(minh).get("certificateCode").isNull()).isTrue();

		String certificate = byMediator.get(lan).get("certificateCode").asString();
		JsonNode verified = ok(anonymous.get("/api/training/certificates/" + certificate));
		assertThat(verified.get("genuine").asBoolean()).isTrue();
		assertThat(verified.get("mediatorId").asString()).isEqualTo(lan);
		assertThat(anonymous.get("/api/training/certificates/KHONG-CO-THAT").status()).isEqualTo(404);
		JsonHttp.Download pdf = district
			.download("/api/training/courses/" + courseId + "/enrolments/" + lan + "/certificate");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		// The district's handbook: a personal link for Lan, opened without an account; a printed copy for Hùng.
		String material = ok(district.upload("/api/training/materials", "so-tay-hoa-giai-vien.pdf", HANDBOOK,
				Map.of("title", "Sổ tay hòa giải viên ở cơ sở", "kind", "SKILLS_HANDBOOK", "audience", "MEDIATORS",
						"publisherUnitCode", DISTRICT)))
			.get("id")
			.asString();
		String link = ok(district.post("/api/training/materials/" + material + "/reading-links", Map.of("mediatorId", lan)))
			.get("url")
			.asString();
		JsonHttp.Download opened = anonymous.download(link);
		assertThat(opened.status()).isEqualTo(200);
		assertThat(opened.body()).isEqualTo(HANDBOOK);
		assertThat(anonymous.download(link).status()).as("opened again").isEqualTo(200);
		ok(district.post("/api/training/materials/" + material + "/handouts", Map.of("mediatorIds", List.of(hung))));
		JsonNode reach = ok(district.get("/api/training/materials/" + material + "/reach"));
		assertThat(reach.get("reached").asInt()).isEqualTo(2);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Map<String, Long> after = figures(DISTRICT);
			assertThat(after.get("mediatorsTrained") - before.get("mediatorsTrained")).as("trained mediators").isEqualTo(2);
			assertThat(after.get("mediatorsReachingMaterials") - before.get("mediatorsReachingMaterials"))
				.as("mediators who reached the materials")
				.isEqualTo(2);
			assertThat(after.get("participantsCompleted") - before.get("participantsCompleted")).isEqualTo(2);
			assertThat(after.get("participants") - before.get("participants")).isEqualTo(3);
			assertThat(after.get("materials") - before.get("materials")).isEqualTo(1);
		});
		JsonNode indicators = ok(district.get("/api/reporting/indicators/" + DISTRICT));
		JsonNode share = null;
		for (JsonNode indicator : indicators.get("indicators")) {
			if (indicator.get("id").asString().equals("mediatorsReachingMaterialsShare")) {
				share = indicator;
			}
		}
		assertThat(share).isNotNull();
		Map<String, Long> now = figures(DISTRICT);
		assertThat(share.get("numerator").asLong()).isEqualTo(now.get("mediatorsReachingMaterials"));
		assertThat(share.get("denominator").asLong()).isEqualTo(now.get("mediators"));
	}

	/** A team of three in the commune; returns the registry's ids of its mediators. */
	static List<String> registerTeam() {
		JsonHttp province = new JsonHttp(stack.gatewayUrl()).as(RunningStack.token("PROVINCE_ADMIN", "52"));
		JsonNode team = ok(province.post("/api/registry/teams", Map.of("communeCode", COMMUNE, "villageName",
				"Thôn Đức Long " + java.util.UUID.randomUUID().toString().substring(0, 6), "name",
				"Tổ hòa giải thôn Đức Long", "manyEthnicMinorityResidents", false, "mediators",
				List.of(mediator("Nguyễn Thị Lan", "FEMALE", true), mediator("Trần Văn Hùng", "MALE", false),
						mediator("Lê Văn Minh", "MALE", false)))));
		List<String> ids = new ArrayList<>();
		team.get("mediators").forEach((m) -> ids.add(m.get("id").asString()));
		return ids;
	}

	static Map<String, Object> mediator(String name, String gender, boolean leader) {
		return Map.of("fullName", name, "gender", gender, "birthYear", 1978, "ethnicity", "Kinh", "leader", leader);
	}

	static byte[] signInSheet(String session, String... mediators) throws IOException {
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Ký tên");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("STT");
			header.createCell(1).setCellValue("Mã hòa giải viên");
			header.createCell(2).setCellValue("Mã buổi");
			header.createCell(3).setCellValue("Ký tên");
			for (int i = 0; i < mediators.length; i++) {
				Row row = sheet.createRow(i + 1);
				row.createCell(0).setCellValue(i + 1);
				row.createCell(1).setCellValue(mediators[i]);
				row.createCell(2).setCellValue(session);
				row.createCell(3).setCellValue("(đã ký)");
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static Map<String, Long> figures(String unit) {
		JsonHttp.Answer answer = district.get("/api/reporting/rollups/" + unit);
		if (answer.status() == 404) {
			return zeros();
		}
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		JsonNode figures = answer.json().get("figures");
		Map<String, Long> values = new java.util.HashMap<>(zeros());
		values.replaceAll((name, zero) -> figures.path(name).asLong());
		return values;
	}

	static Map<String, Long> zeros() {
		return Map.of("mediators", 0L, "mediatorsTrained", 0L, "mediatorsReachingMaterials", 0L, "participants", 0L,
				"participantsCompleted", 0L, "materials", 0L);
	}

	static JsonNode ok(JsonHttp.Answer answer) {
		assertThat(answer.status()).as(answer.text()).isBetween(200, 201);
		return answer.json();
	}

}
