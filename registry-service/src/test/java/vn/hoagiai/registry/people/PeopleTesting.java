package vn.hoagiai.registry.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.ContractRules;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventSchemas;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

/** What the people tests share: callers, bodies, a team to support, the events published. */
abstract class PeopleTesting {

	static final String PROVINCE = "52";

	static final String QUY_NHON = "540";

	static final String AN_LAO = "542";

	static final String NHON_BINH = "21550";

	static final String NHON_PHU = "21553";

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	JsonHttp as(String role, String unit) {
		return new JsonHttp("http://localhost:" + this.port).as(TestTokens.get().token(role, unit));
	}

	JsonHttp province() {
		return as("PROVINCE_ADMIN", PROVINCE);
	}

	static Map<String, Object> trainer(String level, String unit, String name) {
		return new HashMap<>(Map.of("level", level, "unitCode", unit, "source", "JUDGE", "fullName", name, "gender",
				"FEMALE", "appointmentNumber", "15/QĐ-UBND", "appointmentDate", "2026-03-02"));
	}

	static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
		Map<String, Object> changed = new HashMap<>(body);
		changed.put(field, value);
		return changed;
	}

	/** Registers a team of three mediators in the commune; answers the team as the API showed it. */
	JsonNode team(String commune) {
		String village = "Thôn " + UUID.randomUUID().toString().substring(0, 8);
		JsonHttp.Answer created = province().post("/api/registry/teams", Map.of("communeCode", commune, "villageName",
				village, "name", "Tổ hòa giải " + village, "manyEthnicMinorityResidents", false, "mediators",
				List.of(mediator("Nguyễn Thị Lan", "FEMALE", true), mediator("Trần Văn Hùng", "MALE", false),
						mediator("Lê Văn Minh", "MALE", false))));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json();
	}

	static Map<String, Object> mediator(String name, String gender, boolean leader) {
		return Map.of("fullName", name, "gender", gender, "birthYear", 1970, "ethnicity", "Kinh", "leader", leader);
	}

	/** The first error of a problem-details answer, as "field: message". */
	static String firstError(JsonHttp.Answer answer) {
		JsonNode error = answer.json().get("errors").get(0);
		return error.get("field").asString() + ": " + error.get("message").asString();
	}

	/** Every event published on registry.people about this thing, oldest first. */
	List<EventCodec.ReceivedEvent> events(String key) {
		List<EventCodec.ReceivedEvent> events = new ArrayList<>();
		for (ConsumerRecord<String, byte[]> record : TopicReader.readAll(this.kafka, Topic.REGISTRY_PEOPLE.topicName())) {
			if (key.equals(record.key())) {
				events.add(EventCodec.read(record.headers(), record.value()));
			}
		}
		return events;
	}

	/**
	 * Every event published about this thing follows the contract: its schema, and the rules a schema
	 * cannot say, as every consumer checks them.
	 */
	void assertFollowTheContract(String key) {
		for (ConsumerRecord<String, byte[]> record : TopicReader.readAll(this.kafka, Topic.REGISTRY_PEOPLE.topicName())) {
			if (key.equals(record.key())) {
				EventCodec.ReceivedEvent event = EventCodec.read(record.headers(), record.value());
				assertThat(EventSchemas.problems(event.type(), record.value())).as(event.type().type()).isEmpty();
				assertThat(ContractRules.problems(event.type(), event.dataAs(event.type().dataType()),
						java.time.LocalDate.now())).as(event.type().type()).isEmpty();
				assertThat(event.type().topic()).isEqualTo(Topic.REGISTRY_PEOPLE);
			}
		}
	}

	/** The raw data of the events about this thing, as JSON text. */
	List<String> rawEvents(String key) {
		List<String> events = new ArrayList<>();
		for (ConsumerRecord<String, byte[]> record : TopicReader.readAll(this.kafka, Topic.REGISTRY_PEOPLE.topicName())) {
			if (key.equals(record.key())) {
				events.add(new String(record.value(), java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		return events;
	}

}
