package vn.hoagiai.training;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.TestContextManager;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.contracts.events.TeamState;
import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.UsesInfrastructure;
import vn.hoagiai.testsupport.fuzz.HostileRequest;
import vn.hoagiai.testsupport.fuzz.RequestFuzzer;
import vn.hoagiai.testsupport.fuzz.UnitSample;

import static org.awaitility.Awaitility.await;

/**
 * Every endpoint of the training service, found in its OpenAPI document, answers hostile requests
 * from the province's administrator with a problem in Vietnamese, never a server error, and stores
 * nothing when it refuses. Mediators are made known through the registry's topic first, and an open
 * course with enrolments and a material give the requests something to aim at; then the outbox relay
 * and the Kafka consumers stay stopped so that only requests write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hoagiai.outbox.relay-enabled=false", "spring.kafka.listener.auto-startup=false" })
@UsesInfrastructure
class RequestFuzzIntegrationTests {

	private static RequestFuzzer fuzzer;

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	AdministrativeUnits units;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@BeforeProperty
	void startTheService() throws Exception {
		// jqwik runs this class, not JUnit Jupiter: Spring's test context is prepared by hand.
		new TestContextManager(getClass()).prepareTestInstance(this);
		if (fuzzer == null) {
			Map<String, List<String>> known = new java.util.HashMap<>(known(this.units));
			List<String> mediators = knownMediators(known.get("communeCode"));
			known.put("mediatorId", mediators);
			JsonHttp admin = new JsonHttp("http://localhost:" + this.port)
				.as(TestTokens.get().token("PROVINCE_ADMIN", "52"));
			known.put("/api/training/courses/{id}",
					List.of(openCourse(admin, known.get("district").get(0), mediators)));
			known.put("/api/training/materials/{id}", List.of(material(admin)));
			fuzzer = RequestFuzzer.of("http://localhost:" + this.port, TestTokens.get().token("PROVINCE_ADMIN", "52"),
					this.mongo.getDb(), known);
		}
	}

	@Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
	void noHostileRequestGetsAServerErrorAStackTraceOrAHalfDoneChange(@ForAll("requests") HostileRequest request) {
		fuzzer.check(request);
	}

	@Provide
	Arbitrary<HostileRequest> requests() {
		return fuzzer.requests();
	}

	/** Codes of Bình Định's units at every level, for the fields and parameters that take one. */
	static Map<String, List<String>> known(AdministrativeUnits units) {
		UnitSample sample = UnitSample.of("52",
				(code) -> units.children(code).stream().map(AdministrativeUnit::code).toList());
		List<String> all = sample.all();
		List<String> districts = sample.districts();
		List<String> communes = sample.communes();
		return Map.of("unitCode", all, "unit", all, "communeCode", communes, "district", districts);
	}

	/** A course of the district the known mediators serve in, open, with a session each of the last three days. */
	private static String openCourse(JsonHttp admin, String district, List<String> mediators) {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		JsonHttp.Answer planned = admin.post("/api/training/courses", Map.of("organiserUnitCode", district, "title",
				"Tập huấn kỹ năng hòa giải ở cơ sở", "audience", "MEDIATORS", "startDate", today.minusDays(2).toString(),
				"endDate", today.toString(), "place", "Hội trường UBND huyện", "topics", List.of("Kỹ năng hòa giải"),
				"sessions", List.of(Map.of("date", today.minusDays(2).toString(), "title", "Buổi 1"),
						Map.of("date", today.minusDays(1).toString(), "title", "Buổi 2"),
						Map.of("date", today.toString(), "title", "Buổi 3"))));
		if (planned.status() != 201) {
			throw new IllegalStateException("The course to fuzz around was not planned: " + planned.text());
		}
		String id = planned.json().get("id").asString();
		admin.post("/api/training/courses/" + id + "/status", Map.of("status", "OPEN"));
		mediators.stream().limit(3).forEach((mediator) -> admin.post("/api/training/courses/" + id + "/enrolments",
				Map.of("mediatorId", mediator)));
		return id;
	}

	/** A province's material with a PDF file. */
	private static String material(JsonHttp admin) {
		JsonHttp.Answer published = admin.upload("/api/training/materials", "so-tay.pdf",
				"%PDF-1.7\nSổ tay hướng dẫn nghiệp vụ hòa giải\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8),
				Map.of("title", "Sổ tay kỹ năng hòa giải ở cơ sở", "kind", "SKILLS_HANDBOOK", "audience", "MEDIATORS",
						"publisherUnitCode", "52"));
		if (published.status() != 201) {
			throw new IllegalStateException("The material to fuzz around was not published: " + published.text());
		}
		return published.json().get("id").asString();
	}

	/** Two teams' mediators, published on the registry's topic and read by the service before the fuzzing. */
	private List<String> knownMediators(List<String> communes) throws Exception {
		MessageListenerContainer registry = this.listeners.getListenerContainer("training-registry-teams");
		registry.start();
		List<String> mediators = new ArrayList<>();
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.kafka), new StringSerializer(),
				new ByteArraySerializer())) {
			for (String commune : communes.subList(0, 2)) {
				String teamId = UUID.randomUUID().toString();
				List<TeamState.Member> members = new ArrayList<>();
				for (int i = 0; i < 3; i++) {
					members.add(new TeamState.Member(teamId + "-m" + i, (i == 0) ? Gender.FEMALE : Gender.MALE, false,
							i == 0));
					mediators.add(teamId + "-m" + i);
				}
				TeamState team = new TeamState(teamId, 1, commune, "Thôn Phú Mỹ", false, true, members, true, List.of(),
						Instant.now());
				producer.send(EventCodec.toRecord(Topic.REGISTRY_TEAMS.topicName(), teamId,
						new EventCodec.OutgoingEvent(UUID.randomUUID().toString(), EventType.TEAM_REGISTERED,
								URI.create("/test"), Instant.now(), EventCodec.toJson(team))))
					.get();
			}
		}
		JsonHttp reader = new JsonHttp("http://localhost:" + this.port).as(TestTokens.get().token("PROVINCE_ADMIN", "52"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> mediators.stream().allMatch((id) -> reader.get("/api/training/mediators/" + id).status() == 200));
		registry.stop();
		return mediators;
	}

}
