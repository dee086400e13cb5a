package vn.hoagiai.registry.team;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.TopicReader;
import vn.hoagiai.testsupport.UsesInfrastructure;
import vn.hoagiai.registry.audit.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Importing teams and mediators from Excel and CSV files: all or nothing, every problem by row and column. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesInfrastructure
class TeamImportIntegrationTests {

	static final String NHON_PHU = "21553";

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TeamRepository repository;

	@Autowired
	TeamImports imports;

	JsonHttp as(String role, String unit) {
		return new JsonHttp("http://localhost:" + this.port).as(TestTokens.get().token(role, unit));
	}

	JsonHttp province() {
		return as("PROVINCE_ADMIN", "52");
	}

	/** A unique village name, so tests do not see each other's teams. */
	static String village() {
		return "Thôn " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theTemplateListsOnlyTheCommunesTheCallerMayImportFor() throws IOException {
		JsonHttp.Download template = as("COMMUNE_OFFICER", NHON_PHU).download("/api/registry/imports/template.xlsx");

		assertThat(template.status()).isEqualTo(200);
		assertThat(template.header("Content-Disposition")).contains("mau-nhap-to-hoa-giai.xlsx");
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
			Sheet sheet = workbook.getSheet("Hòa giải viên");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã xã");
			assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Giới tính");
			assertThat(sheet.getLastRowNum()).as("no example row to import by mistake").isZero();
			Sheet communes = workbook.getSheet("Danh mục xã");
			assertThat(communes.getLastRowNum()).isEqualTo(1);
			assertThat(communes.getRow(1).getCell(0).getStringCellValue()).isEqualTo(NHON_PHU);
			assertThat(communes.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Phường Nhơn Phú");
			assertThat(workbook.getSheet("Hướng dẫn")).isNotNull();
		}
		JsonHttp.Download provinceTemplate = province().download("/api/registry/imports/template.xlsx");
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(provinceTemplate.body()))) {
			assertThat(workbook.getSheet("Danh mục xã").getLastRowNum()).isGreaterThan(100);
		}
		assertThat(as("ANALYST", "52").download("/api/registry/imports/template.xlsx").status()).isEqualTo(403);
	}

	@Test
	void aDryRunListsEveryProblemByRowAndColumnAndWritesNothing() {
		String village = village();
		String csv = String.join("\n", List.of(
				"Mã xã,Thôn; tổ dân phố,Tên tổ hòa giải,Họ và tên hòa giải viên,Giới tính,Năm sinh,Dân tộc,Tổ trưởng",
				"21553,\"" + village + "\",Tổ A,Nguyễn Thị Lan,Nữ,1975,Kinh,Có"));
		// The heading of the village column is misspelt: the file is refused as a whole.
		JsonNode missingColumn = province().upload("/api/registry/imports?dryRun=true", "to.csv", bytes(csv)).json();
		assertThat(missingColumn.get("valid").asBoolean()).isFalse();
		assertThat(missingColumn.get("problems").get(0).get("message").asString())
			.isEqualTo("Thiếu cột “Thôn, tổ dân phố” trong dòng tiêu đề.");

		String file = String.join("\n", List.of(
				"Mã xã,\"Thôn, tổ dân phố\",Tên tổ hòa giải,Họ và tên hòa giải viên,Giới tính,Năm sinh,Dân tộc,Tổ trưởng",
				"21553,\"" + village + "\",Tổ A,Nguyễn Thị Lan,Nữ,1975,Kinh,Có",
				"21553,\"" + village + "\",Tổ A,Trần Văn Hùng,Nam giới,1968,Kinh,",
				"21553,\"" + village + "\",Tổ A,Lê Văn Minh,Nam,19x0,Kinh,Có",
				"99999,\"" + village + "\",Tổ B,Phạm Thị Thu,Nữ,1979,Kinh,Có",
				"21553,\"" + village + "\",Tổ C,,Nữ,1979,Kinh,Có",
				"21553,\"" + village + "\",Tổ D,Đặng Văn Phúc,Nam,2020,Kinh,Có"));
		JsonHttp.Answer answer = province().upload("/api/registry/imports?dryRun=true", "to.csv", bytes(file));

		assertThat(answer.status()).isEqualTo(200);
		JsonNode report = answer.json();
		assertThat(report.get("valid").asBoolean()).isFalse();
		assertThat(problems(report.get("problems"))).containsExactly(
				"Dòng 3, cột Giới tính: Giới tính phải là Nam hoặc Nữ.",
				"Dòng 4, cột Năm sinh: Năm sinh phải là số có 4 chữ số, ví dụ 1975.",
				"Dòng 4, cột Tổ trưởng: Mỗi tổ hòa giải chỉ có một tổ trưởng.",
				"Dòng 5, cột Mã xã: Không tìm thấy đơn vị hành chính cấp xã có mã 99999",
				"Dòng 5, cột Mã xã: Xã có mã 99999 nằm ngoài phạm vi quản lý của bạn.",
				"Dòng 6, cột Họ và tên hòa giải viên: Chưa điền Họ và tên hòa giải viên.",
				"Dòng 7, cột Năm sinh: Năm sinh phải từ 1900 đến " + (java.time.Year.now().getValue() - 18));
		assertThat(teamsIn(NHON_PHU, village)).isEmpty();
	}

	@Test
	void aCommuneMayNotImportTeamsOfAnotherCommune() {
		byte[] file = workbook(List.of(row("21550", village(), "Tổ A", "Nguyễn Thị Lan", "Nữ", "1975", "Có")));
		JsonNode report = as("COMMUNE_OFFICER", NHON_PHU).upload("/api/registry/imports?dryRun=true", "to.xlsx", file)
			.json();
		assertThat(problems(report.get("problems")))
			.containsExactly("Dòng 2, cột Mã xã: Xã có mã 21550 nằm ngoài phạm vi quản lý của bạn.");
	}

	@Test
	void aValidWorkbookImportsEveryTeamWithItsComplianceAndPublishesTheirEvents() {
		String village = village();
		List<List<String>> rows = new ArrayList<>();
		// Tổ 1 meets Art. 12; Tổ 2 has no woman and no leader.
		rows.add(row(NHON_PHU, village, "Tổ 1", "Nguyễn Thị Lan", "Nữ", "1975", "Có"));
		rows.add(row(NHON_PHU, village, "Tổ 1", "Trần Văn Hùng", "Nam", "1968", ""));
		rows.add(row(NHON_PHU, village, "Tổ 1", "Lê Văn Minh", "Nam", "1980", "Không"));
		rows.add(row(NHON_PHU, village, "Tổ 2", "Võ Văn Tâm", "Nam", "1970", ""));
		rows.add(row(NHON_PHU, village, "Tổ 2", "Đặng Văn Phúc", "Nam", "1985", ""));
		rows.add(row(NHON_PHU, village, "Tổ 2", "Huỳnh Văn Sơn", "Nam", "1990", ""));
		byte[] file = workbook(rows);

		JsonNode report = province().upload("/api/registry/imports?dryRun=true", "nhon-phu.xlsx", file).json();
		assertThat(report.get("valid").asBoolean()).isTrue();
		assertThat(report.get("teams").asInt()).isEqualTo(2);
		assertThat(report.get("mediators").asInt()).isEqualTo(6);
		assertThat(report.get("compliantTeams").asInt()).isEqualTo(1);
		assertThat(report.get("nonCompliantTeams").get(0).get("row").asInt()).isEqualTo(5);
		assertThat(report.get("nonCompliantTeams").get(0).get("reasons").toString()).contains("Thiếu hòa giải viên nữ",
				"Chưa có tổ trưởng tổ hòa giải");
		assertThat(teamsIn(NHON_PHU, village)).as("a dry run writes nothing").isEmpty();

		JsonHttp.Answer started = province().upload("/api/registry/imports", "nhon-phu.xlsx", file);
		assertThat(started.status()).as(started.text()).isEqualTo(202);
		String location = started.header("Location");
		await().untilAsserted(() -> assertThat(province().get(location).json().get("status").asString())
			.isEqualTo("COMPLETED"));
		JsonNode done = province().get(location).json();
		assertThat(done.get("teamsWritten").asInt()).isEqualTo(2);
		assertThat(done.get("percent").asInt()).isEqualTo(100);

		List<JsonNode> teams = teamsIn(NHON_PHU, village);
		assertThat(teams).extracting((team) -> team.get("name").asString()).containsExactly("Tổ 1", "Tổ 2");
		assertThat(teams.get(0).get("compliance").get("compliant").asBoolean()).isTrue();
		assertThat(teams.get(1).get("compliance").get("reasons").toString()).contains("Thiếu hòa giải viên nữ");
		assertThat(teams.get(0).get("mediators")).hasSize(3);
		for (JsonNode team : teams) {
			await().untilAsserted(() -> assertThat(TopicReader.readAll(this.kafka, Topic.REGISTRY_TEAMS.topicName()))
				.filteredOn((record) -> record.key().equals(team.get("id").asString()))
				.hasSize(1));
		}

		JsonHttp.Answer again = province().upload("/api/registry/imports", "nhon-phu (1).xlsx", file);
		assertThat(again.status()).as("the same file twice").isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains("Tệp này đã được nhập");
	}

	@Test
	void aFileWithOneBadRowIsRefusedWholeAndNothingIsWritten() {
		String village = village();
		List<List<String>> rows = new ArrayList<>();
		for (int team = 1; team <= 20; team++) {
			rows.add(row(NHON_PHU, village, "Tổ " + team, "Nguyễn Thị Lan", "Nữ", "1975", "Có"));
		}
		rows.add(row(NHON_PHU, village, "Tổ 21", "Nguyễn Thị Hoa", "Nữ", "1875", "Có"));

		JsonHttp.Answer refused = province().upload("/api/registry/imports", "xa.xlsx", workbook(rows));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = refused.json();
		assertThat(problem.get("title").asString()).isEqualTo("Tệp không nhập được");
		assertThat(problem.get("errorCount").asInt()).isEqualTo(1);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("Dòng 22, cột Năm sinh");
		assertThat(teamsIn(NHON_PHU, village)).isEmpty();
	}

	@Test
	void aFileIsRecognisedByItsContentNotItsName() {
		JsonNode picture = province()
			.upload("/api/registry/imports?dryRun=true", "to.xlsx", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0 })
			.json();
		assertThat(picture.get("problems").get(0).get("message").asString()).startsWith("Tệp không phải Excel (.xlsx)");
		JsonNode oldExcel = province()
			.upload("/api/registry/imports?dryRun=true", "to.xlsx",
					new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0 })
			.json();
		assertThat(oldExcel.get("problems").get(0).get("message").asString())
			.startsWith("Tệp Excel 97-2003 (.xls) không được hỗ trợ");
		JsonNode brokenZip = province()
			.upload("/api/registry/imports?dryRun=true", "to.csv", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 })
			.json();
		assertThat(brokenZip.get("problems").get(0).get("message").asString())
			.startsWith("Không đọc được tệp Excel (.xlsx)");
	}

	@Test
	void anImportInterruptedWhileWritingIsDiscardedAndOneInterruptedWhileCommittingIsCompleted() {
		String writingVillage = village();
		String committingVillage = village();
		String writing = interruptedImport(TeamImport.Status.WRITING, writingVillage);
		String committing = interruptedImport(TeamImport.Status.COMMITTING, committingVillage);
		assertThat(teamsIn(NHON_PHU, writingVillage)).as("staged teams are invisible").isEmpty();

		this.imports.recover();

		assertThat(this.mongo.findById(writing, TeamImport.class).status()).isEqualTo(TeamImport.Status.FAILED);
		assertThat(this.mongo.getCollection("teams").countDocuments(new org.bson.Document("_import", writing)))
			.isZero();
		assertThat(this.mongo.findById(committing, TeamImport.class).status()).isEqualTo(TeamImport.Status.COMPLETED);
		List<JsonNode> released = teamsIn(NHON_PHU, committingVillage);
		assertThat(released).hasSize(1);
		await().untilAsserted(() -> assertThat(TopicReader.readAll(this.kafka, Topic.REGISTRY_TEAMS.topicName()))
			.filteredOn((record) -> record.key().equals(released.get(0).get("id").asString()))
			.hasSize(1));
	}

	/** An import whose worker died: its team staged, its heartbeat long silent. */
	String interruptedImport(TeamImport.Status status, String village) {
		String id = UUID.randomUUID().toString();
		Instant longAgo = Instant.now().minusSeconds(600);
		this.mongo.insert(new TeamImport(id, "x.xlsx", UUID.randomUUID().toString(), "someone", status, 3, 1, 3, 1, 1,
				null, longAgo, longAgo, null));
		TeamMediator lan = TeamMediator.recognised(UUID.randomUUID().toString(), "Nguyễn Thị Lan",
				vn.hoagiai.contracts.events.Gender.FEMALE, 1975, "Kinh", true, List.of(), null, longAgo);
		this.repository.stage(id, List.of(MediationTeam.register(NHON_PHU, village, "Tổ 1", false, List.of(lan), longAgo,
				new Actor("someone", "PROVINCE_ADMIN"))));
		return id;
	}

	List<JsonNode> teamsIn(String commune, String village) {
		List<JsonNode> found = new ArrayList<>();
		for (JsonNode team : province().get("/api/registry/teams?commune=" + commune + "&size=200").json()) {
			if (team.get("villageName").asString().equals(village)) {
				found.add(team);
			}
		}
		return found;
	}

	static List<String> problems(JsonNode problems) {
		List<String> lines = new ArrayList<>();
		problems.forEach((p) -> lines.add(p.get("field").asString() + ": " + p.get("message").asString()));
		return lines;
	}

	static List<String> row(String commune, String village, String team, String name, String gender, String birthYear,
			String leader) {
		return List.of(commune, village, team, "", name, gender, birthYear, "Kinh", leader);
	}

	/** A workbook in the template's columns (the first nine), rows as given. */
	static byte[] workbook(List<List<String>> rows) {
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Hòa giải viên");
			Row heading = sheet.createRow(0);
			SheetColumn[] columns = SheetColumn.values();
			for (int i = 0; i < columns.length; i++) {
				heading.createCell(i).setCellValue(columns[i].heading());
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					if (!rows.get(r).get(c).isEmpty()) {
						row.createCell(c).setCellValue(rows.get(r).get(c));
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
