package vn.hoagiai.systemtests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.testsupport.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The province fills in the registry's own Excel template with a few hundred teams of Bình Định
 * communes, checks it with a dry run, imports it through the gateway, sees which teams fall short of
 * Art. 12 and why, fixes one, and watches every change reach the provincial rollup.
 */
class RegistryImportSystemTests {

	static final int COMMUNES = 30;

	static final int TEAMS_PER_COMMUNE = 10;

	static JsonHttp gateway;

	@BeforeAll
	static void startTheStack() {
		vn.hoagiai.devstack.DevStack stack = RunningStack.get();
		gateway = new JsonHttp(stack.gatewayUrl()).as(RunningStack.token("PROVINCE_ADMIN", "52"));
	}

	@Test
	void aProvinceImportsATemplateOfThreeHundredTeamsSeesWhyTheyFallShortFixesOneAndTheRollupFollows()
			throws IOException {
		Map<String, Long> before = figures("52");
		JsonHttp.Download template = gateway.download("/api/registry/imports/template.xlsx");
		assertThat(template.status()).isEqualTo(200);
		String batch = UUID.randomUUID().toString().substring(0, 6);
		byte[] filled;
		List<String> communes = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
			Sheet list = workbook.getSheet("Danh mục xã");
			for (int r = 1; communes.size() < COMMUNES; r++) {
				communes.add(list.getRow(r).getCell(0).getStringCellValue());
			}
			Sheet sheet = workbook.getSheet("Hòa giải viên");
			int r = 1;
			int team = 0;
			for (String commune : communes) {
				for (int t = 1; t <= TEAMS_PER_COMMUNE; t++, team++) {
					String village = "Thôn " + t + " (" + batch + ")";
					// Every fifth team has no woman: it falls short of Art. 12.
					boolean withWoman = team % 5 != 0;
					r = mediator(sheet, r, commune, village, withWoman ? "Nguyễn Thị Lan" : "Nguyễn Văn Lâm",
							withWoman ? "Nữ" : "Nam", "1975", "Có");
					r = mediator(sheet, r, commune, village, "Trần Văn Hùng", "Nam", "1968", "");
					r = mediator(sheet, r, commune, village, "Lê Văn Minh", "Nam", "1980", "");
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			filled = out.toByteArray();
		}
		int teams = COMMUNES * TEAMS_PER_COMMUNE;
		int shortOfWomen = teams / 5;

		JsonNode report = gateway.upload("/api/registry/imports?dryRun=true", "binh-dinh.xlsx", filled).json();
		assertThat(report.get("valid").asBoolean()).as(report.toString()).isTrue();
		assertThat(report.get("teams").asInt()).isEqualTo(teams);
		assertThat(report.get("mediators").asInt()).isEqualTo(3 * teams);
		assertThat(report.get("compliantTeams").asInt()).isEqualTo(teams - shortOfWomen);
		assertThat(report.get("nonCompliantTeams").get(0).get("reasons").get(0).asString())
			.isEqualTo("Thiếu hòa giải viên nữ");

		JsonHttp.Answer started = gateway.upload("/api/registry/imports", "binh-dinh.xlsx", filled);
		assertThat(started.status()).as(started.text()).isEqualTo(202);
		String progress = started.header("Location");
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(gateway.get(progress).json().get("status")
			.asString()).isEqualTo("COMPLETED"));

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(figures("52")).isEqualTo(Map.of("teams",
				before.get("teams") + teams, "teamsCompliant", before.get("teamsCompliant") + teams - shortOfWomen,
				"mediators", before.get("mediators") + 3L * teams, "mediatorsWomen",
				before.get("mediatorsWomen") + teams - shortOfWomen)));

		// The first commune's teams that fall short, and why.
		String commune = communes.get(0);
		JsonHttp.Answer shortfall = gateway.get("/api/registry/teams?commune=" + commune + "&compliant=false&size=200");
		JsonNode mine = null;
		for (JsonNode team : shortfall.json()) {
			if (team.get("villageName").asString().endsWith("(" + batch + ")")) {
				mine = team;
			}
		}
		assertThat(mine).as("a team of the import that falls short").isNotNull();
		assertThat(mine.get("compliance").get("reasons").toString()).contains("Thiếu hòa giải viên nữ");

		// The commune recognises a woman into that team: it meets Art. 12 and the rollup follows.
		Map<String, Long> beforeFix = figures("52");
		JsonHttp.Answer fixed = gateway.post("/api/registry/teams/" + mine.get("id").asString() + "/mediators",
				Map.of("fullName", "Phạm Thị Thu", "gender", "FEMALE", "birthYear", 1979, "ethnicity", "Kinh", "leader",
						false),
				Map.of("If-Match", "\"" + mine.get("version").asLong() + "\""));
		assertThat(fixed.status()).as(fixed.text()).isEqualTo(200);
		assertThat(fixed.json().get("compliance").get("compliant").asBoolean()).isTrue();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(figures("52")).isEqualTo(Map.of("teams", beforeFix.get("teams"),
					"teamsCompliant", beforeFix.get("teamsCompliant") + 1, "mediators", beforeFix.get("mediators") + 1,
					"mediatorsWomen", beforeFix.get("mediatorsWomen") + 1)));
	}

	static int mediator(Sheet sheet, int r, String commune, String village, String name, String gender, String born,
			String leader) {
		Row row = sheet.createRow(r);
		String[] values = { commune, village, "Tổ hòa giải " + village, "Không", name, gender, born, "Kinh", leader };
		for (int c = 0; c < values.length; c++) {
			row.createCell(c).setCellValue(values[c]);
		}
		return r + 1;
	}

	static Map<String, Long> figures(String unit) {
		JsonHttp.Answer answer = gateway.get("/api/reporting/rollups/" + unit);
		assertThat(answer.status()).isEqualTo(200);
		JsonNode figures = answer.json().get("figures");
		return Map.of("teams", figures.path("teams").asLong(), "teamsCompliant", figures.path("teamsCompliant").asLong(),
				"mediators", figures.path("mediators").asLong(), "mediatorsWomen",
				figures.path("mediatorsWomen").asLong());
	}

}
