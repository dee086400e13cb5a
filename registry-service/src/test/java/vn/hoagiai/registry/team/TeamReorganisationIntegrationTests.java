package vn.hoagiai.registry.team;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.TeamState;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.TopicReader;
import vn.hoagiai.testsupport.UsesInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The province's re-homing of its teams to the communes of the 2025 reorganisation. It moves every team
 * of the province, so it has a database of its own (the property below makes its own test context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "hoagiai.test.context=reorganisation")
@UsesInfrastructure
class TeamReorganisationIntegrationTests {

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	@Autowired
	MongoTemplate mongo;

	JsonHttp province;

	@BeforeEach
	void client() {
		this.province = new JsonHttp("http://localhost:" + this.port).as(TestTokens.get().token("PROVINCE_ADMIN", "52"));
	}

	String register(String commune, String village) {
		JsonHttp.Answer created = this.province.post("/api/registry/teams",
				TeamRegistrationIntegrationTests.team(commune, village,
						List.of(TeamRegistrationIntegrationTests.mediator("Nguyễn Thị Lan", "FEMALE", true),
								TeamRegistrationIntegrationTests.mediator("Trần Văn Hùng", "MALE", false),
								TeamRegistrationIntegrationTests.mediator("Lê Văn Minh", "MALE", false))));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	@Test
	void theProvinceReHomesItsTeamsToTheNewCommunesWithTheirMediatorsHistoryAndEvents() {
		String nhonBinh = register("21550", "Khu vực 4");
		String anNghia = register("21727", "Thôn Hà Nhe");
		List<String> mediators = this.province.get("/api/registry/teams/" + nhonBinh).json().get("mediators")
			.findValuesAsString("id");

		// Bad input writes nothing: a choice outside the split commune's successors, a team that is not there.
		long runsBefore = this.mongo.count(new Query(), TeamReorganisation.Run.class);
		JsonHttp.Answer refused = this.province.post("/api/registry/reorganisations", Map.of("provinceCode", "52",
				"assignments", Map.of(anNghia, "21601@2025-07-01", "no-such-team", "21622@2025-07-01")));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("assignments." + anNghia, "assignments.no-such-team");
		assertThat(this.mongo.count(new Query(), TeamReorganisation.Run.class)).isEqualTo(runsBefore);
		assertThat(this.province.get("/api/registry/teams/" + nhonBinh).json().get("communeCode").asString())
			.isEqualTo("21550");

		JsonHttp.Answer run = this.province.post("/api/registry/reorganisations",
				Map.of("provinceCode", "52", "assignments", Map.of(anNghia, "21622@2025-07-01")));

		assertThat(run.status()).as(run.text()).isEqualTo(200);
		assertThat(run.json().get("teamsMoved").asInt()).isEqualTo(2);
		assertThat(run.json().get("moves").get("21550>21601@2025-07-01").asInt()).isEqualTo(1);
		assertThat(run.json().get("assumed")).isEmpty();
		JsonNode moved = this.province.get("/api/registry/teams/" + nhonBinh).json();
		assertThat(moved.get("communeCode").asString()).isEqualTo("21601@2025-07-01");
		assertThat(moved.get("villageName").asString()).isEqualTo("Khu vực 4");
		assertThat(moved.get("mediators").findValuesAsString("id")).isEqualTo(mediators);
		// The audit: the team's history says who moved it from where, and the run is kept.
		JsonNode history = this.province.get("/api/registry/teams/" + nhonBinh + "/history").json();
		assertThat(history.toString()).contains("21550", "21601@2025-07-01", run.json().get("id").asString());
		assertThat(this.province.get("/api/registry/reorganisations").json().get(0).get("by").asString())
			.isEqualTo("test-province_admin-52");
		// Lists follow the team: the new commune lists it, the old one no longer does; the village is under the new commune.
		assertThat(this.province.get("/api/registry/teams?commune=21601@2025-07-01").json().findValuesAsString("id"))
			.contains(nhonBinh);
		assertThat(this.province.get("/api/registry/teams?commune=21550").json().findValuesAsString("id"))
			.doesNotContain(nhonBinh);
		assertThat(this.province.get("/api/registry/units/21601@2025-07-01/villages").text()).contains("Khu vực 4");

		// The change is published with the official code and the hierarchy extension.
		await().untilAsserted(() -> {
			List<ConsumerRecord<String, byte[]>> events = TopicReader
				.readAll(this.kafka, Topic.REGISTRY_TEAMS.topicName())
				.stream()
				.filter((record) -> record.key().equals(nhonBinh))
				.toList();
			assertThat(events).hasSize(2);
			ConsumerRecord<String, byte[]> last = events.get(1);
			assertThat(new String(last.headers().lastHeader("ce_hierarchy").value(), StandardCharsets.UTF_8))
				.isEqualTo("2025-07-01");
			EventCodec.ReceivedEvent event = EventCodec.read(last.headers(), last.value());
			assertThat(event.dataAs(TeamState.class).communeCode()).isEqualTo("21601");
			assertThat(event.unitId(event.dataAs(TeamState.class).communeCode())).isEqualTo("21601@2025-07-01");
		});

		// Run again: nothing left to move.
		assertThat(this.province.post("/api/registry/reorganisations", Map.of("provinceCode", "52")).json()
			.get("teamsMoved").asInt()).isZero();
	}

	@Test
	void onlyTheProvinceRunsItAndACommuneOfficerOfAMergedCommuneDoesNotInheritTheNewOne() {
		JsonHttp commune = new JsonHttp("http://localhost:" + this.port)
			.as(TestTokens.get().token("COMMUNE_OFFICER", "21550"));

		assertThat(commune.post("/api/registry/reorganisations", Map.of("provinceCode", "52")).status()).isEqualTo(403);
		assertThat(this.province.post("/api/registry/reorganisations", Map.of("provinceCode", "99")).status())
			.isEqualTo(422);
		// Quy Nhơn Đông was formed from four old communes: Nhơn Bình's officer covered one of them only.
		assertThat(commune.get("/api/registry/teams?commune=21601@2025-07-01").status()).isEqualTo(403);
	}

}
