package vn.hoagiai.registry.team;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.TeamState;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.TopicReader;
import vn.hoagiai.testsupport.UsesInfrastructure;
import vn.hoagiai.registry.audit.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Correcting, transferring and auditing mediators' records, and the rules that keep them sound. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesInfrastructure
class TeamChangesIntegrationTests {

	static final String NHON_BINH = "21550";

	static final String NHON_PHU = "21553";

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	@Autowired
	TeamService service;

	@Autowired
	TeamRepository repository;

	JsonHttp as(String role, String unit) {
		return new JsonHttp("http://localhost:" + this.port).as(TestTokens.get().token(role, unit));
	}

	JsonHttp province() {
		return as("PROVINCE_ADMIN", "52");
	}

	static Map<String, Object> mediator(String name, String gender, int born, boolean leader) {
		return mediator(name, gender, born, leader, null);
	}

	static Map<String, Object> mediator(String name, String gender, int born, boolean leader, String recognition) {
		Map<String, Object> mediator = new HashMap<>(Map.of("fullName", name, "gender", gender, "birthYear", born,
				"ethnicity", "Kinh", "leader", leader));
		if (recognition != null) {
			mediator.put("recognitionNumber", recognition);
			mediator.put("recognitionDate", "2024-03-15");
		}
		return mediator;
	}

	JsonNode register(String commune, String recognition) {
		String village = "Thôn " + UUID.randomUUID().toString().substring(0, 8);
		JsonHttp.Answer created = province().post("/api/registry/teams", Map.of("communeCode", commune, "villageName",
				village, "name", "Tổ hòa giải " + village, "manyEthnicMinorityResidents", false, "mediators",
				List.of(mediator("Nguyễn Thị Lan", "FEMALE", 1975, true, recognition),
						mediator("Trần Văn Hùng", "MALE", 1968, false, recognition),
						mediator("Lê Văn Minh", "MALE", 1980, false, recognition))));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json();
	}

	@Test
	void correctingAMediatorKeepsEachChangedFieldInTheHistoryWhichOnlyTheProvinceReads() {
		JsonNode team = register(NHON_BINH, null);
		String id = team.get("id").asString();
		String minh = team.get("mediators").get(2).get("id").asString();

		JsonHttp.Answer corrected = as("COMMUNE_OFFICER", NHON_BINH).put(
				"/api/registry/teams/" + id + "/mediators/" + minh,
				mediator("Lê Văn Minh Tuấn", "MALE", 1981, false, "07/QĐ-UBND"), Map.of("If-Match", "\"1\""));

		assertThat(corrected.status()).as(corrected.text()).isEqualTo(200);
		assertThat(corrected.header("ETag")).isEqualTo("\"2\"");
		JsonNode history = province().get("/api/registry/teams/" + id + "/history").json();
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("description").asString()).isEqualTo("Thành lập tổ hòa giải");
		JsonNode change = history.get(1);
		assertThat(change.get("description").asString()).isEqualTo("Cập nhật thông tin hòa giải viên");
		assertThat(change.get("by").asString()).isNotBlank();
		assertThat(change.get("role").asString()).isEqualTo("COMMUNE_OFFICER");
		assertThat(change.get("mediatorId").asString()).isEqualTo(minh);
		assertThat(fields(change)).containsExactly("fullName: Lê Văn Minh → Lê Văn Minh Tuấn", "birthYear: 1980 → 1981",
				"recognitionNumber: null → 07/QĐ-UBND", "recognitionDate: null → 2024-03-15");
		assertThat(as("COMMUNE_OFFICER", NHON_BINH).get("/api/registry/teams/" + id + "/history").status())
			.isEqualTo(403);
		assertThat(as("DISTRICT_OFFICER", "540").get("/api/registry/teams/" + id + "/history").status()).isEqualTo(403);
	}

	@Test
	void aCorrectionThatChangesNothingIsNotANewVersion() {
		JsonNode team = register(NHON_BINH, null);
		String id = team.get("id").asString();
		String lan = team.get("mediators").get(0).get("id").asString();

		JsonHttp.Answer same = province().put("/api/registry/teams/" + id + "/mediators/" + lan,
				mediator("Nguyễn Thị Lan", "FEMALE", 1975, true), Map.of());

		assertThat(same.header("ETag")).isEqualTo("\"1\"");
		assertThat(province().get("/api/registry/teams/" + id + "/history").json()).hasSize(1);
	}

	@Test
	void aTransferredMediatorLeavesOneTeamAndJoinsTheOtherNeverServingInBoth() {
		JsonNode from = register(NHON_BINH, null);
		JsonNode to = register(NHON_BINH, null);
		String hung = from.get("mediators").get(1).get("id").asString();

		JsonHttp.Answer moved = province().post(
				"/api/registry/teams/" + from.get("id").asString() + "/mediators/" + hung + "/transfer",
				Map.of("toTeamId", to.get("id").asString(), "date", "2026-11-20", "decisionNumber", "30/QĐ-UBND"),
				Map.of("If-Match", "\"1\""));

		assertThat(moved.status()).as(moved.text()).isEqualTo(200);
		assertThat(moved.json().get("mediators")).hasSize(2);
		JsonNode left = moved.json().get("formerMediators").get(0);
		assertThat(left.get("id").asString()).isEqualTo(hung);
		assertThat(left.get("transferredTo").asString()).isEqualTo(to.get("id").asString());
		JsonNode joined = province().get("/api/registry/teams/" + to.get("id").asString()).json();
		assertThat(joined.get("mediators")).hasSize(4);
		assertThat(joined.get("mediators").get(3).get("id").asString()).isEqualTo(hung);
		assertThat(joined.get("mediators").get(3).get("transferredFrom").asString()).isEqualTo(from.get("id").asString());
		assertThat(joined.get("mediators").get(3).get("fullName").asString()).isEqualTo("Trần Văn Hùng");
		assertThat(province().get("/api/registry/teams/" + to.get("id").asString() + "/history").json().get(1)
			.get("description").asString()).isEqualTo("Tiếp nhận hòa giải viên từ tổ khác");

		// Each team's latest event counts the mediator once, in the team they serve in now.
		await().untilAsserted(() -> {
			assertThat(latest(from.get("id").asString()).members()).extracting(TeamState.Member::mediatorId).doesNotContain(hung);
			assertThat(latest(to.get("id").asString()).members()).extracting(TeamState.Member::mediatorId).contains(hung);
		});

		JsonHttp.Answer again = province().post(
				"/api/registry/teams/" + from.get("id").asString() + "/mediators/" + hung + "/transfer",
				Map.of("toTeamId", to.get("id").asString(), "date", "2026-11-20"), Map.of());
		assertThat(again.status()).as("no longer in the first team").isEqualTo(404);
	}

	@Test
	void aTransferToAnotherCommuneToTheSameTeamOrInTheFutureIsRefusedNamingTheField() {
		JsonNode from = register(NHON_BINH, null);
		JsonNode elsewhere = register(NHON_PHU, null);
		String path = "/api/registry/teams/" + from.get("id").asString() + "/mediators/"
				+ from.get("mediators").get(1).get("id").asString() + "/transfer";

		JsonHttp.Answer otherCommune = province().post(path,
				Map.of("toTeamId", elsewhere.get("id").asString(), "date", "2026-11-20"), Map.of());
		assertThat(otherCommune.status()).isEqualTo(422);
		assertThat(otherCommune.json().get("errors").get(0).get("field").asString()).isEqualTo("toTeamId");
		assertThat(otherCommune.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Chỉ chuyển được giữa các tổ hòa giải của cùng một xã");

		JsonHttp.Answer sameTeam = province().post(path,
				Map.of("toTeamId", from.get("id").asString(), "date", "2026-11-20"), Map.of());
		assertThat(sameTeam.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Hòa giải viên đang ở chính tổ hòa giải này");

		JsonHttp.Answer future = province().post(path,
				Map.of("toTeamId", elsewhere.get("id").asString(), "date", "2999-01-01"), Map.of());
		assertThat(future.status()).isEqualTo(422);
		assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("date");
		assertThat(province().get("/api/registry/teams/" + from.get("id").asString()).json().get("mediators")).hasSize(3);
	}

	@Test
	void aTransferInterruptedBetweenItsTwoWritesIsCompletedByTheRecovery() {
		JsonNode fromView = register(NHON_BINH, null);
		JsonNode toView = register(NHON_BINH, null);
		String hung = fromView.get("mediators").get(1).get("id").asString();
		// The first write happened long ago, and the process stopped before the second.
		MediationTeam from = this.repository.find(fromView.get("id").asString()).orElseThrow();
		Instant longAgo = Instant.now().minusSeconds(300);
		this.repository.moveStarting(from.id(), hung, longAgo);
		from.moveOut(hung, new TeamMediator.Move(toView.get("id").asString(), java.time.LocalDate.now(), null, longAgo,
				"someone", false), longAgo, new Actor("someone", "PROVINCE_ADMIN"));
		this.repository.update(from, 1);
		assertThat(province().get("/api/registry/teams/" + toView.get("id").asString()).json().get("mediators")).hasSize(3);

		this.service.completeTransfers();
		this.service.completeTransfers();

		JsonNode to = province().get("/api/registry/teams/" + toView.get("id").asString()).json();
		assertThat(to.get("mediators")).hasSize(4);
		assertThat(to.get("version").asLong()).as("joined once, however often the recovery runs").isEqualTo(2);
		assertThat(this.repository.withIncompleteMoves(Instant.now())).extracting(MediationTeam::id)
			.doesNotContain(from.id());
	}

	@Test
	void aRecognitionDecisionNumberUsedByAnotherTeamOfTheCommuneIsRefused() {
		String number = UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND";
		register(NHON_BINH, number);

		JsonHttp.Answer refused = province().post("/api/registry/teams", Map.of("communeCode", NHON_BINH, "villageName",
				"Thôn trùng số", "name", "Tổ hòa giải thôn trùng số", "manyEthnicMinorityResidents", false, "mediators",
				List.of(mediator("Phạm Thị Thu", "FEMALE", 1979, true, number.toLowerCase().replace("qđ", "qd")))));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("mediators[0].recognitionNumber");
		assertThat(refused.json().get("errors").get(0).get("message").asString())
			.startsWith("Số quyết định công nhận").contains("đã dùng cho hòa giải viên của Tổ hòa giải Thôn");
		// Another commune numbers its decisions itself.
		register(NHON_PHU, number);
	}

	@Test
	void mongoOperatorsInQueryParametersAndIdsAreRefusedOrMatchNothing() {
		JsonHttp http = province();
		assertThat(http.get("/api/registry/teams?commune=%7B%22$gt%22:%22%22%7D").status()).isEqualTo(400);
		assertThat(http.get("/api/registry/teams?unit=%7B%22$ne%22:null%7D").status()).isEqualTo(400);
		assertThat(http.get("/api/registry/teams/%7B%22$ne%22:null%7D").status()).isEqualTo(404);
		JsonHttp.Answer transfer = http.post("/api/registry/teams/x/mediators/y/transfer",
				"{\"toTeamId\": {\"$ne\": null}, \"date\": \"2026-11-20\"}", Map.of());
		assertThat(transfer.status()).isEqualTo(400);
		assertThat(transfer.json().get("errors").get(0).get("field").asString()).isEqualTo("toTeamId");
	}

	TeamState latest(String teamId) {
		List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(
				TopicReader.readAll(this.kafka, Topic.REGISTRY_TEAMS.topicName()));
		records.removeIf((record) -> !record.key().equals(teamId));
		ConsumerRecord<String, byte[]> last = records.get(records.size() - 1);
		return EventCodec.read(last.headers(), last.value()).dataAs(TeamState.class);
	}

	static List<String> fields(JsonNode change) {
		List<String> lines = new ArrayList<>();
		change.get("fields").forEach((field) -> lines.add(field.get("field").asString() + ": "
				+ (field.get("before").isNull() ? "null" : field.get("before").asString()) + " → "
				+ field.get("after").asString()));
		return lines;
	}

}
