package vn.hoagiai.systemtests;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.devstack.DevStack;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton end to end: a team registered through the gateway reaches the live rollup of
 * its commune, district and province; a mediator leaving moves the counts down; nothing is lost when
 * the registry dies before publishing. Only the gateway is used to drive the system.
 */
class WalkingSkeletonSystemTests {

	static DevStack stack;

	static JsonHttp gateway;

	@BeforeAll
	static void startTheStack() {
		stack = RunningStack.get();
		gateway = new JsonHttp(stack.gatewayUrl()).as(RunningStack.token("PROVINCE_ADMIN", "52"));
	}

	static Map<String, Object> mediator(String name, String gender, boolean leader) {
		return Map.of("fullName", name, "gender", gender, "birthYear", 1972, "ethnicity", "Kinh", "leader", leader);
	}

	static Map<String, Object> team(String commune, String village) {
		return Map.of("communeCode", commune, "villageName", village, "name", "Tổ hòa giải " + village,
				"manyEthnicMinorityResidents", false, "mediators",
				List.of(mediator("Nguyễn Thị Lan", "FEMALE", true), mediator("Trần Văn Hùng", "MALE", false),
						mediator("Lê Văn Minh", "MALE", false)));
	}

	static Map<String, Long> figures(String unit) {
		JsonHttp.Answer answer = gateway.get("/api/reporting/rollups/" + unit);
		assertThat(answer.status()).isEqualTo(200);
		JsonNode figures = answer.json().get("figures");
		return Map.of("teams", figures.get("teams").asLong(), "mediators", figures.get("mediators").asLong(),
				"mediatorsWomen", figures.get("mediatorsWomen").asLong(), "teamsCompliant",
				figures.get("teamsCompliant").asLong());
	}

	static Map<String, Long> plus(Map<String, Long> before, long teams, long mediators, long women, long compliant) {
		return Map.of("teams", before.get("teams") + teams, "mediators", before.get("mediators") + mediators,
				"mediatorsWomen", before.get("mediatorsWomen") + women, "teamsCompliant",
				before.get("teamsCompliant") + compliant);
	}

	@Test
	void aTeamRegisteredThroughTheGatewayIsCountedInItsCommuneDistrictAndProvinceAndALeavingMediatorIsNot() {
		// Phường Trần Quang Diệu (21559), Thành phố Quy Nhơn (540), Tỉnh Bình Định (52)
		Map<String, Long> commune = figures("21559");
		Map<String, Long> district = figures("540");
		Map<String, Long> province = figures("52");

		JsonHttp.Answer created = gateway.post("/api/registry/teams", team("21559", "Khu vực 7"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("compliance").get("compliant").asBoolean()).isTrue();

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(figures("21559")).isEqualTo(plus(commune, 1, 3, 1, 1));
			assertThat(figures("540")).isEqualTo(plus(district, 1, 3, 1, 1));
			assertThat(figures("52")).isEqualTo(plus(province, 1, 3, 1, 1));
		});

		String teamId = created.json().get("id").asString();
		String woman = created.json().get("mediators").get(0).get("id").asString();
		JsonHttp.Answer left = gateway.post("/api/registry/teams/" + teamId + "/mediators/" + woman + "/dismissal",
				Map.of("decisionNumber", "21/QĐ-UBND", "decisionDate", "2026-11-20", "ground", "OWN_REQUEST"),
				Map.of("If-Match", created.header("ETag")));
		assertThat(left.status()).isEqualTo(200);
		assertThat(left.json().get("compliance").get("reasons").toString()).contains("Thiếu hòa giải viên nữ");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(figures("21559")).isEqualTo(plus(commune, 1, 2, 0, 0));
			assertThat(figures("540")).isEqualTo(plus(district, 1, 2, 0, 0));
			assertThat(figures("52")).isEqualTo(plus(province, 1, 2, 0, 0));
		});
	}

	@Test
	void theRollupDrillsDownFromTheProvinceToItsElevenDistricts() {
		JsonHttp.Answer districts = gateway.get("/api/reporting/rollups/52/children");

		assertThat(districts.status()).isEqualTo(200);
		assertThat(districts.json().size()).isEqualTo(11);
	}

	@Test
	void badInputGetsProblemDetailsNamingTheFieldAndNothingReachesTheRollup() {
		Map<String, Long> province = figures("52");

		JsonHttp.Answer unknownUnit = gateway.post("/api/registry/teams", team("99999", "Không tồn tại"));
		JsonHttp.Answer missingFields = gateway.post("/api/registry/teams", Map.of("communeCode", "21550"));
		JsonHttp.Answer malformed = gateway.post("/api/registry/teams", "{\"communeCode\": ");

		assertThat(unknownUnit.status()).isEqualTo(422);
		assertThat(unknownUnit.json().get("errors").get(0).get("field").asString()).isEqualTo("communeCode");
		assertThat(missingFields.status()).isEqualTo(422);
		assertThat(missingFields.json().get("errors").toString()).contains("villageName", "name", "mediators");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
		// A valid change after the bad ones is counted alone.
		assertThat(gateway.post("/api/registry/teams", team("21550", "Khu vực 9")).status()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(figures("52")).isEqualTo(plus(province, 1, 3, 1, 1)));
	}

	@Test
	void anEventWrittenButNotPublishedWhenTheRegistryDiesIsPublishedAfterItRestartsAndCountedOnce() throws Exception {
		// Xã Nhơn Châu (21583), Thành phố Quy Nhơn
		Map<String, Long> commune = figures("21583");
		stack.stop(DevStack.Service.REGISTRY);
		stack.launch(DevStack.Service.REGISTRY, Map.of("REGISTRY_OUTBOX_RELAY_ENABLED", "false"));
		stack.awaitReady(DevStack.Service.REGISTRY);

		JsonHttp.Answer created = gateway.post("/api/registry/teams", team("21583", "Thôn Bắc"));
		assertThat(created.status()).isEqualTo(201);
		String teamId = created.json().get("id").asString();
		try (MongoClient mongo = MongoClients.create(stack.mongoUri())) {
			Document stored = mongo.getDatabase("registry").getCollection("teams").find(new Document("_id", teamId)).first();
			assertThat(stored.getList("_outbox", Document.class)).hasSize(1);
		}
		assertThat(eventsOf(teamId)).isEmpty();

		stack.kill(DevStack.Service.REGISTRY);
		stack.launch(DevStack.Service.REGISTRY, Map.of());
		stack.awaitReady(DevStack.Service.REGISTRY);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(eventsOf(teamId)).hasSize(1));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(figures("21583")).isEqualTo(plus(commune, 1, 3, 1, 1)));

		// A relay that died after Kafka acknowledged but before it marked the event sends it again:
		// the same event a second time changes nothing.
		ConsumerRecord<String, byte[]> published = eventsOf(teamId).get(0);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()), new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(new ProducerRecord<>(published.topic(), null, published.key(), published.value(),
					published.headers())).get();
		}
		String man = created.json().get("mediators").get(2).get("id").asString();
		assertThat(gateway.post("/api/registry/teams/" + teamId + "/mediators/" + man + "/dismissal",
				Map.of("decisionNumber", "3/QĐ-UBND", "decisionDate", "2026-11-21", "ground", "NO_LONGER_MEETS_STANDARDS"))
			.status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(figures("21583")).isEqualTo(plus(commune, 1, 2, 1, 0)));
		assertThat(eventsOf(teamId)).hasSize(3);
	}

	@Test
	void theCorrelationIdOfARequestTravelsIntoTheEventItCauses() {
		String correlationId = "e2e-" + java.util.UUID.randomUUID();

		JsonHttp.Answer created = gateway.post("/api/registry/teams", team("21562", "Thôn Tương Quan"),
				Map.of("X-Correlation-Id", correlationId));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("X-Correlation-Id")).isEqualTo(correlationId);
		String teamId = created.json().get("id").asString();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			List<ConsumerRecord<String, byte[]>> events = eventsOf(teamId);
			assertThat(events).hasSize(1);
			assertThat(new String(events.get(0).headers().lastHeader("ce_correlationid").value(),
					java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(correlationId);
		});
	}

	static List<ConsumerRecord<String, byte[]>> eventsOf(String teamId) {
		return TopicReader.readAll(stack.kafkaBootstrapServers(), Topic.REGISTRY_TEAMS.topicName())
			.stream()
			.filter((record) -> teamId.equals(record.key()))
			.toList();
	}

}
