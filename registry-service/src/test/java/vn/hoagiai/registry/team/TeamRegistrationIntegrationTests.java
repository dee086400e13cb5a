package vn.hoagiai.registry.team;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.TeamState;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.TopicReader;
import vn.hoagiai.testsupport.UsesInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Registering and changing teams through the API, against a real broker and wire-protocol server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesInfrastructure
class TeamRegistrationIntegrationTests {

	static final String NHON_BINH = "21550";

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	@Autowired
	MongoTemplate mongo;

	JsonHttp http;

	@BeforeEach
	void client() {
		this.http = new JsonHttp("http://localhost:" + this.port).as(TestTokens.get().token("PROVINCE_ADMIN", "52"));
	}

	static Map<String, Object> mediator(String name, String gender, boolean leader) {
		return Map.of("fullName", name, "gender", gender, "birthYear", 1970, "ethnicity", "Kinh", "leader", leader);
	}

	static Map<String, Object> team(String commune, String village, List<Map<String, Object>> mediators) {
		return Map.of("communeCode", commune, "villageName", village, "name", "Tổ hòa giải " + village,
				"manyEthnicMinorityResidents", false, "mediators", mediators);
	}

	@Test
	void aRegistrationSentAgainWithTheSameIdempotencyKeyGetsTheFirstAnswerAndRegistersNothingMore() {
		Map<String, Object> request = team(NHON_BINH, "Khu vực 11", List.of(mediator("Nguyễn Thị Lan", "FEMALE", true),
				mediator("Trần Văn Hùng", "MALE", false), mediator("Lê Văn Minh", "MALE", false)));
		Map<String, String> key = Map.of("Idempotency-Key", "dang-ky-to-" + java.util.UUID.randomUUID());

		JsonHttp.Answer first = this.http.post("/api/registry/teams", request, key);
		JsonHttp.Answer again = this.http.post("/api/registry/teams", request, key);

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(again.header("Location")).isEqualTo(first.header("Location"));
		String teamId = first.json().get("id").asString();
		assertThat(again.json().get("id").asString()).isEqualTo(teamId);
		assertThat(this.mongo.count(org.springframework.data.mongodb.core.query.Query.query(
				org.springframework.data.mongodb.core.query.Criteria.where("villageName").is("Khu vực 11")), MediationTeam.class))
			.isEqualTo(1);
		await().untilAsserted(() -> assertThat(eventsFor(teamId)).hasSize(1));

		// The same key with another request is refused, naming why; a malformed key too.
		JsonHttp.Answer reused = this.http.post("/api/registry/teams",
				team(NHON_BINH, "Khu vực 12", List.of(mediator("Nguyễn Thị Lan", "FEMALE", true))), key);
		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reused.json().get("detail").asString()).contains("Idempotency-Key");
		assertThat(this.http.post("/api/registry/teams", request, Map.of("Idempotency-Key", "x y")).status())
			.isEqualTo(400);
	}

	@Test
	void aRegisteredTeamIsStoredWithItsComplianceAndPublishedOnceAsACloudEvent() {
		JsonHttp.Answer created = this.http.post("/api/registry/teams",
				team(NHON_BINH, "Khu vực 1", List.of(mediator("Nguyễn Thị Lan", "FEMALE", true),
						mediator("Trần Văn Hùng", "MALE", false), mediator("Lê Văn Minh", "MALE", false))));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("ETag")).isEqualTo("\"1\"");
		JsonNode body = created.json();
		String teamId = body.get("id").asString();
		assertThat(created.header("Location")).isEqualTo("/api/registry/teams/" + teamId);
		assertThat(body.get("compliance").get("compliant").asBoolean()).isTrue();
		assertThat(body.get("mediators")).hasSize(3);

		await().untilAsserted(() -> assertThat(eventsFor(teamId)).hasSize(1));
		ConsumerRecord<String, byte[]> record = eventsFor(teamId).get(0);
		EventCodec.ReceivedEvent event = EventCodec.read(record.headers(), record.value());
		assertThat(event.type()).isEqualTo(EventType.TEAM_REGISTERED);
		TeamState state = event.dataAs(TeamState.class);
		assertThat(state.version()).isEqualTo(1);
		assertThat(state.members()).hasSize(3);
		assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("Nguyễn Thị Lan");
		await().untilAsserted(() -> assertThat(outboxOf(teamId)).isEmpty());
	}

	@Test
	void aTeamWithoutAWomanIsStoredButToldOutOfCompliance() {
		JsonHttp.Answer created = this.http.post("/api/registry/teams", team(NHON_BINH, "Khu vực 2",
				List.of(mediator("Trần Văn Hùng", "MALE", true), mediator("Lê Văn Minh", "MALE", false))));

		assertThat(created.status()).isEqualTo(201);
		JsonNode compliance = created.json().get("compliance");
		assertThat(compliance.get("compliant").asBoolean()).isFalse();
		assertThat(compliance.get("reasons").toString()).contains("Thiếu hòa giải viên nữ")
			.contains("Tổ hòa giải có ít hơn 3 hòa giải viên");
	}

	@Test
	void aMediatorLeavingIsPublishedAsTheTeamsNextVersion() {
		JsonNode team = this.http
			.post("/api/registry/teams",
					team(NHON_BINH, "Khu vực 3", List.of(mediator("Nguyễn Thị Lan", "FEMALE", true),
							mediator("Trần Văn Hùng", "MALE", false), mediator("Lê Văn Minh", "MALE", false))))
			.json();
		String teamId = team.get("id").asString();
		String leaving = team.get("mediators").get(2).get("id").asString();

		JsonHttp.Answer dismissed = this.http.post(
				"/api/registry/teams/" + teamId + "/mediators/" + leaving + "/dismissal",
				Map.of("decisionNumber", "15/QĐ-UBND", "decisionDate", "2026-11-02", "ground", "OWN_REQUEST"),
				Map.of("If-Match", "\"1\""));

		assertThat(dismissed.status()).isEqualTo(200);
		assertThat(dismissed.header("ETag")).isEqualTo("\"2\"");
		assertThat(dismissed.json().get("mediators")).hasSize(2);
		assertThat(dismissed.json().get("formerMediators").get(0).get("dismissalGround").asString())
			.isEqualTo("OWN_REQUEST");
		assertThat(dismissed.json().get("compliance").get("reasons").toString())
			.contains("Tổ hòa giải có ít hơn 3 hòa giải viên");
		await().untilAsserted(() -> assertThat(eventsFor(teamId)).hasSize(2));
		TeamState latest = EventCodec.read(eventsFor(teamId).get(1).headers(), eventsFor(teamId).get(1).value())
			.dataAs(TeamState.class);
		assertThat(latest.version()).isEqualTo(2);
		assertThat(latest.members()).hasSize(2);
	}

	@Test
	void aChangeBasedOnAStaleVersionIsRefusedAndChangesNothing() {
		JsonNode team = this.http
			.post("/api/registry/teams", team(NHON_BINH, "Khu vực 4", List.of(mediator("Nguyễn Thị Lan", "FEMALE", true))))
			.json();
		String teamId = team.get("id").asString();

		JsonHttp.Answer stale = this.http.post("/api/registry/teams/" + teamId + "/mediators",
				mediator("Phạm Văn An", "MALE", false), Map.of("If-Match", "\"7\""));

		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.json().get("title").asString()).isEqualTo("Dữ liệu đã được người khác thay đổi");
		assertThat(this.http.get("/api/registry/teams/" + teamId).json().get("mediators")).hasSize(1);
	}

	@Test
	void anUnknownCommuneIsRefusedNamingTheFieldAndNothingIsStoredOrPublished() {
		JsonHttp.Answer refused = this.http.post("/api/registry/teams",
				team("99999", "Thôn không có", List.of(mediator("Nguyễn Thị Lan", "FEMALE", true))));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("communeCode");
		assertThat(refused.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Không tìm thấy đơn vị hành chính cấp xã có mã 99999");
		assertThat(this.mongo.getCollection("teams").countDocuments(new Document("communeCode", "99999"))).isZero();
		assertThat(TopicReader.readAll(this.kafka, Topic.REGISTRY_TEAMS.topicName()))
			.noneMatch((r) -> new String(r.value(), StandardCharsets.UTF_8).contains("99999"));
	}

	@Test
	void missingFieldsAreEachNamedInVietnamese() {
		JsonHttp.Answer refused = this.http.post("/api/registry/teams", Map.of("villageName", ""));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").toString()).contains("communeCode", "villageName", "name", "mediators")
			.contains("Mã đơn vị hành chính cấp xã là bắt buộc");
	}

	@Test
	void malformedJsonIsABadRequestWithProblemDetails() {
		JsonHttp.Answer refused = this.http.post("/api/registry/teams", "{\"communeCode\": \"21550\",");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("title").asString()).isEqualTo("Nội dung yêu cầu không đọc được");
		assertThat(refused.text()).doesNotContain("Exception").doesNotContain("at vn.");
	}

	@Test
	void aMongoOperatorInAFieldIsRefusedNamingTheField() {
		JsonHttp.Answer refused = this.http.post("/api/registry/teams",
				"{\"communeCode\": {\"$gt\": \"\"}, \"villageName\": \"x\", \"name\": \"x\", \"mediators\": []}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("communeCode");
	}

	@Test
	void aFutureBirthYearIsRefusedNamingTheMediator() {
		JsonHttp.Answer refused = this.http.post("/api/registry/teams", team(NHON_BINH, "Khu vực 5",
				List.of(Map.of("fullName", "Nguyễn Văn B", "gender", "MALE", "birthYear", 2090, "ethnicity", "Kinh",
						"leader", true))));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("mediators[0].birthYear");
	}

	@Test
	void teamsAreListedForAUnitAtAnyLevelFilteredByComplianceWithTheirTotal() {
		// Xã Phước Thuận (Huyện Tuy Phước, 550): one team that complies, one that does not.
		String commune = vn.hoagiai.contracts.units.AdministrativeUnits.load(vn.hoagiai.contracts.units.AdministrativeUnits.Scope.BINH_DINH)
			.children("550").get(3).code();
		this.http.post("/api/registry/teams", team(commune, "Thôn A", List.of(mediator("Nguyễn Thị Lan", "FEMALE", true),
				mediator("Trần Văn Hùng", "MALE", false), mediator("Lê Văn Minh", "MALE", false))));
		this.http.post("/api/registry/teams", team(commune, "Thôn B", List.of(mediator("Trần Văn Hùng", "MALE", true))));

		JsonHttp.Answer district = this.http.get("/api/registry/teams?unit=550&compliant=false");
		JsonHttp.Answer province = this.http.get("/api/registry/teams?unit=52&size=1");

		assertThat(district.status()).isEqualTo(200);
		assertThat(district.json()).allSatisfy((team) -> assertThat(team.get("compliance").get("compliant").asBoolean()).isFalse());
		assertThat(district.json().toString()).contains("Thôn B").doesNotContain("Thôn A");
		assertThat(province.json()).hasSize(1);
		assertThat(Long.parseLong(province.header("X-Total-Count"))).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aPageLargerThanTheCapOrNoUnitIsRefusedNamingTheParameter() {
		JsonHttp.Answer huge = this.http.get("/api/registry/teams?unit=52&size=1000000");
		JsonHttp.Answer noUnit = this.http.get("/api/registry/teams");
		JsonHttp.Answer injected = this.http.get("/api/registry/teams?unit=%7B%22%24gt%22%3A%22%22%7D");

		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.json().get("errors").toString()).contains("Cỡ trang tối đa là 200");
		assertThat(noUnit.status()).isEqualTo(422);
		assertThat(noUnit.json().get("errors").get(0).get("field").asString()).isEqualTo("unit");
		assertThat(injected.status()).isEqualTo(400);
	}

	private List<ConsumerRecord<String, byte[]>> eventsFor(String teamId) {
		return TopicReader.readAll(this.kafka, Topic.REGISTRY_TEAMS.topicName())
			.stream()
			.filter((r) -> teamId.equals(r.key()))
			.toList();
	}

	private List<?> outboxOf(String teamId) {
		Document document = this.mongo.getCollection("teams").find(new Document("_id", teamId)).first();
		return document.getList("_outbox", Document.class);
	}

}
