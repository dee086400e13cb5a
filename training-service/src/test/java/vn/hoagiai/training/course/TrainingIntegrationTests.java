package vn.hoagiai.training.course;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.CourseState;
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

/** training-service on a real broker: it publishes its courses and learns mediators from the registry's events. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesInfrastructure
class TrainingIntegrationTests {

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	JsonHttp http;

	@BeforeEach
	void client() {
		this.http = new JsonHttp("http://localhost:" + this.port).as(TestTokens.get().token("DISTRICT_OFFICER", "540"));
	}

	@Test
	void aPlannedCourseIsPublishedThroughTheOutbox() {
		JsonHttp.Answer planned = this.http.post("/api/training/courses", Map.of("organiserUnitCode", "540", "title",
				"Tập huấn kỹ năng hòa giải năm 2026", "audience", "MEDIATORS", "startDate", "2026-12-10", "endDate",
				"2026-12-11"));

		assertThat(planned.status()).isEqualTo(201);
		String courseId = planned.json().get("id").asString();
		await().untilAsserted(() -> {
			List<ConsumerRecord<String, byte[]>> events = TopicReader
				.readAll(this.kafka, Topic.TRAINING_COURSES.topicName())
				.stream()
				.filter((r) -> courseId.equals(r.key()))
				.toList();
			assertThat(events).hasSize(1);
			CourseState course = EventCodec.read(events.get(0).headers(), events.get(0).value()).dataAs(CourseState.class);
			assertThat(course.status()).isEqualTo("PLANNED");
		});
	}

	@Test
	void aCourseEndingBeforeItStartsIsRefusedNamingTheField() {
		JsonHttp.Answer refused = this.http.post("/api/training/courses", Map.of("organiserUnitCode", "540", "title",
				"Tập huấn", "audience", "MEDIATORS", "startDate", "2026-12-10", "endDate", "2026-12-01"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("endDate");
	}

	@Test
	void mediatorsAreKnownFromTheRegistrysEventsAndOneWhoLeftIsNoLongerServing() {
		String teamId = UUID.randomUUID().toString();
		publish(new TeamState(teamId, 1, "21550", "Khu vực 1", false, true,
				List.of(new TeamState.Member(teamId + "-a", Gender.FEMALE, false, true),
						new TeamState.Member(teamId + "-b", Gender.MALE, false, false)),
				false, List.of(), Instant.now()));
		// Until the event is applied the mediator is unknown (404, no "serving" field): keep waiting then.
		await().untilAsserted(() -> assertThat(this.http.get("/api/training/mediators/" + teamId + "-b").json()
			.path("serving").asBoolean(false)).isTrue());

		publish(new TeamState(teamId, 2, "21550", "Khu vực 1", false, true,
				List.of(new TeamState.Member(teamId + "-a", Gender.FEMALE, false, true)), false, List.of(), Instant.now()));

		await().untilAsserted(() -> assertThat(this.http.get("/api/training/mediators/" + teamId + "-b").json()
			.get("serving").asBoolean()).isFalse());
		assertThat(this.http.get("/api/training/mediators/unknown").status()).isEqualTo(404);
	}

	@Test
	void aMediatorOfATeamReHomedByTheReorganisationIsKnownInTheNewCommune() {
		String teamId = UUID.randomUUID().toString();
		// The registry writes the unit id; the event carries 21553 and ce_hierarchy 2025-07-01.
		publish(new TeamState(teamId, 3, "21553@2025-07-01", "Khu vực 2", false, true,
				List.of(new TeamState.Member(teamId + "-a", Gender.FEMALE, false, true)), false, List.of(), Instant.now()));

		// Phường Quy Nhơn Bắc was formed from two wards of Quy Nhơn: the city's officer still covers it.
		await().untilAsserted(() -> assertThat(this.http.get("/api/training/mediators/" + teamId + "-a").json()
			.path("communeCode").asString("")).isEqualTo("21553@2025-07-01"));
	}

	@Test
	void theRegistryListenerLogsWithTheCorrelationIdOfTheRequestBehindEachEvent(
			@Autowired org.springframework.kafka.config.KafkaListenerEndpointRegistry listeners) {
		var container = (org.springframework.kafka.listener.AbstractMessageListenerContainer<?, ?>) listeners
			.getListenerContainer("training-registry-teams");

		assertThat(container.getRecordInterceptor()).isInstanceOf(vn.hoagiai.kit.kafka.EventCorrelation.class);
	}

	private void publish(TeamState team) {
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.kafka), new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(EventCodec.toRecord(Topic.REGISTRY_TEAMS.topicName(), team.teamId(),
					new EventCodec.OutgoingEvent(UUID.randomUUID().toString(), EventType.TEAM_CHANGED,
							URI.create("/test"), Instant.now(), EventCodec.toJson(team))))
				.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
