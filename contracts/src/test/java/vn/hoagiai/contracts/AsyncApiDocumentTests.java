package vn.hoagiai.contracts;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.hoagiai.contracts.events.ContractRules;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventSchemas;
import vn.hoagiai.contracts.events.EventType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsyncAPI document is the contract people read: it must name every topic and every event type
 * exactly as the code does, and its examples must be valid events (one source of truth, checked).
 */
class AsyncApiDocumentTests {

	static JsonNode document;

	static final ObjectMapper JSON = new ObjectMapper();

	@BeforeAll
	static void read() throws Exception {
		try (InputStream in = AsyncApiDocumentTests.class.getResourceAsStream("/vn/hoagiai/contracts/asyncapi.yaml")) {
			document = new ObjectMapper(new YAMLFactory()).readTree(in);
		}
	}

	static JsonNode channelOf(String address) {
		for (JsonNode channel : document.get("channels")) {
			if (channel.get("address").asText().equals(address)) {
				return channel;
			}
		}
		return null;
	}

	static JsonNode messageOf(EventType type) {
		for (JsonNode message : document.get("components").get("messages")) {
			if (message.path("title").asText().equals(type.type())) {
				return message;
			}
		}
		return null;
	}

	@Test
	void itIsAnAsyncApi3Document() {
		assertThat(document.get("asyncapi").asText()).isEqualTo("3.0.0");
	}

	@ParameterizedTest
	@EnumSource(Topic.class)
	void everyTopicHasAChannelAndADeadLetterChannel(Topic topic) {
		JsonNode channel = channelOf(topic.topicName());
		assertThat(channel).as(topic.topicName()).isNotNull();
		assertThat(channel.at("/bindings/kafka/topicConfiguration/cleanup.policy/0").asText())
			.isEqualTo(topic.compacted() ? "compact" : "delete");
		assertThat(channelOf(topic.deadLetterTopicName())).as(topic.deadLetterTopicName()).isNotNull();
	}

	@Test
	void everyChannelIsATopicOfTheCode() {
		List<String> addresses = new ArrayList<>();
		document.get("channels").forEach((channel) -> addresses.add(channel.get("address").asText()));
		List<String> known = new ArrayList<>();
		for (Topic topic : Topic.values()) {
			known.add(topic.topicName());
			known.add(topic.deadLetterTopicName());
		}
		assertThat(known).containsAll(addresses);
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void everyEventTypeIsAMessageOnItsTopicWithItsSchema(EventType type) {
		JsonNode message = messageOf(type);
		assertThat(message).as(type.type()).isNotNull();
		assertThat(message.at("/payload/schema/$ref").asText()).isEqualTo("schemas/" + type.schema() + ".schema.json");
		String name = message.get("name").asText();
		assertThat(channelOf(type.topic().topicName()).get("messages").has(name)).isTrue();
		assertThat(message.at("/headers/allOf/1/properties/ce_type/const").asText()).isEqualTo(type.type());
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void everyExampleIsAValidEventOfItsType(EventType type) throws Exception {
		JsonNode example = messageOf(type).get("examples").get(0);
		byte[] payload = JSON.writeValueAsString(example.get("payload")).getBytes(StandardCharsets.UTF_8);

		assertThat(example.at("/headers/ce_type").asText()).isEqualTo(type.type());
		assertThat(EventSchemas.problems(type, payload)).isEmpty();
		Object data = EventCodec.fromJson(payload, type.dataType());
		assertThat(ContractRules.problems(type, data, LocalDate.of(2026, 11, 27))).isEmpty();
		assertThat(example.get("x-key").asText()).isEqualTo(example.get("payload").get(type.keyField()).asText());
	}

	@Test
	void theConsoleProducerRecipeSaysHowToParseKeysAndHeaders() {
		JsonNode recipe = document.get("x-console-producer");
		Map<String, String> properties = Map.of("parse.key", "true", "key.separator", "|", "parse.headers", "true",
				"headers.delimiter", "\t", "headers.separator", ",", "headers.key.separator", ":");
		properties.forEach((name, value) -> assertThat(recipe.at("/properties/" + name).asText()).isEqualTo(value));
	}

}
