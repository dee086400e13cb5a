package vn.hoagiai.reporting.rollup;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.contracts.events.TeamState;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.TopicReader;
import vn.hoagiai.testsupport.UsesInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The live rollup on a real broker: events in, figures out through the query API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.streams.application-id=reporting-it-${hoagiai.test.run-id}",
				"spring.kafka.streams.state-dir=${java.io.tmpdir}/reporting-it-${hoagiai.test.run-id}" })
@UsesInfrastructure
class RollupIntegrationTests {

	/** Xã Phước Sơn, Huyện Tuy Phước (550). */
	static final String PHUOC_SON = commune("550");

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	JsonHttp http;

	KafkaProducer<String, byte[]> producer;

	static String commune(String district) {
		return vn.hoagiai.contracts.units.AdministrativeUnits.load(vn.hoagiai.contracts.units.AdministrativeUnits.Scope.BINH_DINH)
			.children(district)
			.get(0)
			.code();
	}

	@BeforeEach
	void clients() {
		this.http = new JsonHttp("http://localhost:" + this.port).as(TestTokens.get().token("PROVINCE_ADMIN", "52"));
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.kafka),
				new StringSerializer(), new ByteArraySerializer());
	}

	@AfterEach
	void close() {
		this.producer.close();
	}

	@Test
	void aTeamEventShowsInTheCommuneDistrictAndProvinceAndAnUpdateMovesTheCountsBack() {
		long provinceBefore = figure("52", "mediators");
		String teamId = UUID.randomUUID().toString();

		publish(RollupTopologyTests.team(teamId, 1, PHUOC_SON, true, Gender.FEMALE, Gender.MALE, Gender.MALE));

		await().untilAsserted(() -> assertThat(figure(PHUOC_SON, "mediators")).isEqualTo(3));
		assertThat(figure(PHUOC_SON, "mediatorsWomen")).isEqualTo(1);
		await().untilAsserted(() -> assertThat(figure("52", "mediators")).isEqualTo(provinceBefore + 3));
		JsonNode district = this.http.get("/api/reporting/rollups/550").json();
		assertThat(district.get("figures").get("teams").asLong()).isEqualTo(1);
		assertThat(district.get("asOf").get("eventTime").asString()).isNotBlank();

		publish(RollupTopologyTests.team(teamId, 2, PHUOC_SON, false, Gender.MALE, Gender.MALE));

		await().untilAsserted(() -> assertThat(figure(PHUOC_SON, "mediators")).isEqualTo(2));
		assertThat(figure(PHUOC_SON, "mediatorsWomen")).isZero();
		await().untilAsserted(() -> assertThat(figure("52", "mediators")).isEqualTo(provinceBefore + 2));
	}

	@Test
	void theDistrictDrillsDownToItsCommunes() {
		JsonNode communes = this.http.get("/api/reporting/rollups/550/children").json();

		assertThat(communes.size()).isGreaterThan(5);
		assertThat(communes.get(0).get("unit").get("level").asString()).isEqualTo("COMMUNE");
		assertThat(communes.get(0).get("figures").has("teams")).isTrue();
	}

	@Test
	void anUnknownUnitIsAProblemNotAnEmptyAnswer() {
		JsonHttp.Answer answer = this.http.get("/api/reporting/rollups/99999");

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.json().get("detail").asString()).isEqualTo("Không tìm thấy đơn vị hành chính có mã 99999");
	}

	@Test
	void anEventForAnUnknownUnitIsDeadLetteredAndTheStreamGoesOn() {
		String badId = UUID.randomUUID().toString();
		publish(RollupTopologyTests.team(badId, 1, "99999", true, Gender.FEMALE));
		String goodId = UUID.randomUUID().toString();
		String commune = commune("551");
		long before = figure(commune, "teams");
		publish(RollupTopologyTests.team(goodId, 1, commune, true, Gender.FEMALE));

		await().untilAsserted(() -> assertThat(figure(commune, "teams")).isEqualTo(before + 1));
		await().untilAsserted(() -> assertThat(TopicReader.readAll(this.kafka, Topic.REGISTRY_TEAMS.deadLetterTopicName()))
			.anySatisfy((record) -> {
				assertThat(record.key()).isEqualTo(badId);
				assertThat(new String(record.headers().lastHeader("dlt.reason-code").value(), StandardCharsets.UTF_8))
					.isEqualTo("unknown-unit");
			}));
	}

	private long figure(String unit, String name) {
		return this.http.get("/api/reporting/rollups/" + unit).json().get("figures").get(name).asLong();
	}

	private void publish(TeamState team) {
		ProducerRecord<String, byte[]> record = EventCodec.toRecord(Topic.REGISTRY_TEAMS.topicName(), team.teamId(),
				new EventCodec.OutgoingEvent(UUID.randomUUID().toString(), EventType.TEAM_CHANGED,
						URI.create("/test"), Instant.now(), EventCodec.toJson(team)));
		try {
			this.producer.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
