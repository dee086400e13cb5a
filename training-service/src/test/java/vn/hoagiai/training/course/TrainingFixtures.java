package vn.hoagiai.training.course;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.contracts.events.TeamState;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the training tests share: mediators made known through the registry's topic, courses, uploads. */
public final class TrainingFixtures {

	static final LocalDate TODAY = LocalDate.now(Course.VIETNAM);

	public final String baseUrl;

	final String kafka;

	public final JsonHttp district;

	TrainingFixtures(int port, String kafka) {
		this.baseUrl = "http://localhost:" + port;
		this.kafka = kafka;
		this.district = as("DISTRICT_OFFICER", "540");
	}

	public JsonHttp as(String role, String unit) {
		return new JsonHttp(this.baseUrl).as(TestTokens.get().token(role, unit));
	}

	public JsonHttp anonymous() {
		return new JsonHttp(this.baseUrl);
	}

	/** A team in the commune whose mediators training-service has learnt of; the last one has left it. */
	public List<String> mediators(String communeCode, int serving) throws Exception {
		String teamId = UUID.randomUUID().toString();
		List<TeamState.Member> members = new ArrayList<>();
		for (int i = 0; i <= serving; i++) {
			members.add(new TeamState.Member(teamId + "-m" + i, (i % 2 == 0) ? Gender.FEMALE : Gender.MALE, false, i == 0));
		}
		publish(new TeamState(teamId, 1, communeCode, "Khu vực 1", false, true, members, false, List.of(), Instant.now()));
		publish(new TeamState(teamId, 2, communeCode, "Khu vực 1", false, true, members.subList(0, serving), false,
				List.of(), Instant.now()));
		JsonHttp admin = as("PROVINCE_ADMIN", "52");
		String left = teamId + "-m" + serving;
		await().untilAsserted(() -> assertThat(admin.get("/api/training/mediators/" + left).json().path("serving").asBoolean(true))
			.isFalse());
		List<String> ids = new ArrayList<>();
		for (int i = 0; i <= serving; i++) {
			ids.add(teamId + "-m" + i);
		}
		return ids;
	}

	private void publish(TeamState team) throws Exception {
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.kafka), new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(EventCodec.toRecord(Topic.REGISTRY_TEAMS.topicName(), team.teamId(),
					new EventCodec.OutgoingEvent(UUID.randomUUID().toString(), EventType.TEAM_CHANGED,
							URI.create("/test"), Instant.now(), EventCodec.toJson(team))))
				.get();
		}
	}

	/** A course of district 540 from two days ago to today, with a session each day. */
	Map<String, Object> courseWithThreeSessions(Integer capacity, Integer minimumSessions) {
		Map<String, Object> course = new HashMap<>();
		course.put("organiserUnitCode", "540");
		course.put("title", "Tập huấn kỹ năng hòa giải ở cơ sở");
		course.put("audience", "MEDIATORS");
		course.put("startDate", TODAY.minusDays(2).toString());
		course.put("endDate", TODAY.toString());
		course.put("place", "Hội trường UBND thành phố Quy Nhơn");
		course.put("topics", List.of("Kỹ năng hòa giải", "Luật Hòa giải ở cơ sở 2013"));
		course.put("trainerIds", List.of("trainer-1"));
		course.put("sessions", List.of(Map.of("date", TODAY.minusDays(2).toString(), "title", "Buổi 1"),
				Map.of("date", TODAY.minusDays(1).toString(), "title", "Buổi 2"),
				Map.of("date", TODAY.toString(), "title", "Buổi 3")));
		if (capacity != null) {
			course.put("capacity", capacity);
		}
		if (minimumSessions != null) {
			course.put("minimumSessions", minimumSessions);
		}
		return course;
	}

	String plan(Map<String, Object> course) {
		JsonHttp.Answer planned = this.district.post("/api/training/courses", course);
		assertThat(planned.status()).as(planned.text()).isEqualTo(201);
		return planned.json().get("id").asString();
	}

	String openCourse(Integer capacity, Integer minimumSessions) {
		String id = plan(courseWithThreeSessions(capacity, minimumSessions));
		assertThat(status(id, "OPEN").status()).isEqualTo(200);
		return id;
	}

	JsonHttp.Answer status(String courseId, String status) {
		return this.district.post("/api/training/courses/" + courseId + "/status", Map.of("status", status));
	}

	void enrol(String courseId, String... mediatorIds) {
		for (String mediatorId : mediatorIds) {
			JsonHttp.Answer enrolled = this.district.post("/api/training/courses/" + courseId + "/enrolments",
					Map.of("mediatorId", mediatorId));
			assertThat(enrolled.status()).as(enrolled.text()).isEqualTo(201);
		}
	}

	JsonHttp.Answer attend(String courseId, String sessionId, String... mediatorIds) {
		return this.district.post("/api/training/courses/" + courseId + "/sessions/" + sessionId + "/attendance",
				Map.of("mediatorIds", List.of(mediatorIds)));
	}

	/** Posts a file as multipart/form-data, field {@code file}. */
	public JsonHttp.Answer upload(String path, String filename, byte[] content, String token) {
		return new JsonHttp(this.baseUrl).as(token).upload(path, filename, content);
	}

	public JsonHttp.Download download(String path, String token) {
		return new JsonHttp(this.baseUrl).as(token).download(path);
	}

	/** The events of a topic whose key is this one, oldest first. */
	public List<EventCodec.ReceivedEvent> events(Topic topic, String key) {
		List<EventCodec.ReceivedEvent> events = new ArrayList<>();
		for (ConsumerRecord<String, byte[]> record : TopicReader.readAll(this.kafka, topic.topicName())) {
			if (key.equals(record.key())) {
				events.add(EventCodec.read(record.headers(), record.value()));
			}
		}
		return events;
	}

}
