package vn.hoagiai.reporting.rollup;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
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
import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.contracts.events.TeamState;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.UsesInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The one-call rebuild on a real broker: the province asks, a new generation counts every event again
 * from the topics into fresh collections while queries keep answering from the running one, and the
 * service moves to it by itself once it has caught up; changes made during and after the rebuild are
 * counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.streams.application-id=reporting-it-${hoagiai.test.run-id}",
				"spring.kafka.streams.state-dir=${java.io.tmpdir}/reporting-it-${hoagiai.test.run-id}" })
@UsesInfrastructure
class RebuildIntegrationTests {

	/** Thị trấn Ngô Mây, Huyện Phù Cát (548): used by no other test of the service. */
	static final String COMMUNE = RollupIntegrationTests.commune("548");

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	@Autowired
	MongoTemplate mongo;

	JsonHttp admin;

	KafkaProducer<String, byte[]> producer;

	@BeforeEach
	void clients() {
		this.admin = new JsonHttp("http://localhost:" + this.port).as(TestTokens.get().token("PROVINCE_ADMIN", "52"));
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.kafka),
				new StringSerializer(), new ByteArraySerializer());
	}

	@AfterEach
	void close() {
		this.producer.close();
	}

	@Test
	void aRebuildCountsEverythingAgainIntoAFreshStoreWhileQueriesAnswerAndTheServiceMovesToItByItself()
			throws Exception {
		long teamsBefore = figure(COMMUNE, "teams");
		publish(team(COMMUNE, Gender.FEMALE, Gender.MALE, Gender.MALE));
		await().untilAsserted(() -> assertThat(figure(COMMUNE, "teams")).isEqualTo(teamsBefore + 1));
		long mediatorsBefore = figure("52", "mediators");
		long generationBefore = this.admin.get("/api/reporting/rollups/rebuild").json().get("currentGeneration").asLong();

		// Queries are watched the whole time: not one may fail or go back.
		List<String> refused = new CopyOnWriteArrayList<>();
		List<Long> seen = new CopyOnWriteArrayList<>();
		AtomicBoolean watching = new AtomicBoolean(true);
		Thread watcher = new Thread(() -> {
			while (watching.get()) {
				JsonHttp.Answer answer = this.admin.get("/api/reporting/rollups/52");
				if (answer.status() != 200) {
					refused.add(answer.status() + " " + answer.text());
				}
				else {
					seen.add(answer.json().get("figures").path("mediators").asLong());
				}
				sleep(50);
			}
		});
		watcher.start();

		JsonHttp.Answer asked = this.admin.post("/api/reporting/rollups/rebuild", Map.of());
		assertThat(asked.status()).as(asked.text()).isEqualTo(201);
		long generation = asked.json().get("rebuild").get("generation").asLong();
		assertThat(generation).isEqualTo(generationBefore + 1);
		JsonHttp.Answer again = this.admin.post("/api/reporting/rollups/rebuild", Map.of());
		assertThat(again.status()).as("asked twice: the same rebuild").isEqualTo(200);
		assertThat(again.json().get("rebuild").get("generation").asLong()).isEqualTo(generation);

		publish(team(COMMUNE, Gender.FEMALE, Gender.FEMALE)); // a change while it builds

		await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
			JsonNode state = this.admin.get("/api/reporting/rollups/rebuild").json();
			assertThat(state.get("currentGeneration").asLong()).as(state.toString()).isEqualTo(generation);
		});
		await().untilAsserted(() -> assertThat(figure("52", "mediators")).isEqualTo(mediatorsBefore + 2));
		assertThat(figure(COMMUNE, "teams")).isEqualTo(teamsBefore + 2);
		publish(team(COMMUNE, Gender.MALE, Gender.FEMALE, Gender.MALE)); // and one after the switch
		await().untilAsserted(() -> assertThat(figure("52", "mediators")).isEqualTo(mediatorsBefore + 5));
		watching.set(false);
		watcher.join();

		assertThat(refused).as("queries during the rebuild").isEmpty();
		assertThat(seen).as("the province's mediators as queries saw them").isNotEmpty().isSorted();
		assertThat(this.mongo.findById("52", RollupDocument.class, "rollups_g" + generation)).as("the fresh store")
			.isNotNull();
		JsonNode state = this.admin.get("/api/reporting/rollups/rebuild").json();
		assertThat(state.get("rebuild").isNull()).isTrue();
		JsonNode last = state.get("done").get(state.get("done").size() - 1);
		assertThat(last.get("generation").asLong()).isEqualTo(generation);
		assertThat(last.get("stageName").asString()).isEqualTo("Đã chuyển sang số liệu mới");
	}

	@Test
	void onlyTheProvinceAdministratorRebuilds() {
		JsonHttp district = new JsonHttp("http://localhost:" + this.port)
			.as(TestTokens.get().token("DISTRICT_OFFICER", "550"));

		assertThat(district.post("/api/reporting/rollups/rebuild", Map.of()).status()).isEqualTo(403);
		assertThat(district.get("/api/reporting/rollups/rebuild").status()).isEqualTo(403);
	}

	private static TeamState team(String commune, Gender... genders) {
		return RollupTopologyTests.team(UUID.randomUUID().toString(), 1, commune, true, genders);
	}

	private long figure(String unit, String name) {
		return this.admin.get("/api/reporting/rollups/" + unit).json().get("figures").path(name).asLong();
	}

	private void publish(TeamState team) throws Exception {
		this.producer.send(EventCodec.toRecord(Topic.REGISTRY_TEAMS.topicName(), team.teamId(),
				new EventCodec.OutgoingEvent(UUID.randomUUID().toString(), EventType.TEAM_CHANGED, URI.create("/test"),
						Instant.now(), EventCodec.toJson(team))))
			.get();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
