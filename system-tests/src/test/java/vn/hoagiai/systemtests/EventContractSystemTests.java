package vn.hoagiai.systemtests;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import vn.hoagiai.devstack.DevStack;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A district system's view of the contract: with nothing but the AsyncAPI document and Kafka's own
 * console producer, one event of each district type reaches the rollup and an invalid one lands in the
 * dead-letter topic with its reason; the {@code events} tool does the same for one file.
 */
class EventContractSystemTests {

	static DevStack stack;

	static JsonHttp gateway;

	static JsonNode asyncApi;

	static final JsonMapper JSON = JsonMapper.builder().build();

	@BeforeAll
	static void startTheStackAndReadTheContract() throws Exception {
		stack = RunningStack.get();
		gateway = new JsonHttp(stack.gatewayUrl()).as(RunningStack.token("PROVINCE_ADMIN", "52"));
		// The document as a district system gets it: from the gateway.
		JsonHttp.Answer document = gateway.get("/docs/asyncapi.yaml");
		assertThat(document.status()).isEqualTo(200);
		asyncApi = new YAMLMapper().readTree(document.text());
	}

	static long figure(String unit, String name) {
		return gateway.get("/api/reporting/rollups/" + unit).json().get("figures").get(name).asLong();
	}

	/** One console-producer line for an example message: headers, TAB, key, |, data. */
	static String line(JsonNode message, String caseId, Map<String, Object> changes) {
		JsonNode example = message.get("examples").get(0);
		ObjectNode payload = (ObjectNode) example.get("payload").deepCopy();
		payload.put("caseId", caseId);
		changes.forEach((field, value) -> payload.put(field, String.valueOf(value)));
		List<String> headers = new ArrayList<>();
		example.get("headers").properties().forEach((header) -> headers.add(header.getKey() + ":"
				+ (header.getKey().equals("ce_id") ? UUID.randomUUID().toString()
						: header.getKey().equals("ce_subject") ? caseId : header.getValue().asString())));
		return String.join(",", headers) + "\t" + caseId + "|" + JSON.writeValueAsString(payload);
	}

	@Test
	void eventsPublishedWithKafkasConsoleProducerFromTheAsyncApiDocumentReachTheRollupOrTheDeadLetterTopic()
			throws Exception {
		JsonNode channel = null;
		for (JsonNode candidate : asyncApi.get("channels")) {
			if (candidate.get("address").asString().equals("district.mediation-cases")) {
				channel = candidate;
			}
		}
		assertThat(channel).isNotNull();
		String run = UUID.randomUUID().toString().substring(0, 8);
		Map<String, Long> before = new HashMap<>();
		for (String figure : List.of("casesReceived", "casesOpen", "casesSuccessful", "casesUnsuccessful",
				"casesSentForCourtRecognition", "casesWithLegalSupport")) {
			before.put(figure, figure("540", figure));
		}
		List<String> lines = new ArrayList<>();
		List<String> messageNames = new ArrayList<>();
		channel.get("messages").forEach((reference) -> messageNames
			.add(reference.get("$ref").asString().substring("#/components/messages/".length())));
		for (String name : messageNames) {
			lines.add(line(asyncApi.at("/components/messages/" + name), run + "-" + name, Map.of()));
		}
		String invalid = run + "-closed-before-received";
		lines.add(line(asyncApi.at("/components/messages/caseClosed"), invalid,
				Map.of("receivedOn", "2026-03-05", "closedOn", "2026-03-01")));

		consoleProducer(channel.get("address").asString(), asyncApi.at("/x-console-producer/properties"), lines);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(figure("540", "casesReceived")).isEqualTo(before.get("casesReceived") + 4);
			assertThat(figure("540", "casesOpen")).isEqualTo(before.get("casesOpen") + 2);
			assertThat(figure("540", "casesSuccessful")).isEqualTo(before.get("casesSuccessful") + 1);
			assertThat(figure("540", "casesUnsuccessful")).isEqualTo(before.get("casesUnsuccessful") + 1);
			assertThat(figure("540", "casesSentForCourtRecognition"))
				.isEqualTo(before.get("casesSentForCourtRecognition") + 1);
			assertThat(figure("540", "casesWithLegalSupport")).isEqualTo(before.get("casesWithLegalSupport") + 1);
		});
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			List<ConsumerRecord<String, byte[]>> dead = TopicReader
				.readAll(stack.kafkaBootstrapServers(), "district.mediation-cases.dlt")
				.stream()
				.filter((record) -> invalid.equals(record.key()))
				.toList();
			assertThat(dead).hasSize(1);
			assertThat(header(dead.get(0), "dlt.reason-code")).isEqualTo("rule");
			assertThat(header(dead.get(0), "dlt.reason")).contains("closedOn 2026-03-01 is before receivedOn 2026-03-05");
		});
	}

	@Test
	void theEventsToolPublishesAValidCaseThatIsCounted() throws Exception {
		long received = figure("21562", "casesReceived");
		Path file = Files.createTempFile("case", ".json");
		Files.writeString(file, """
				{"caseId": "%s", "version": 1, "communeCode": "21562", "field": "NEIGHBOURS",
				 "receivedOn": "2026-10-01", "status": "RECEIVED"}""".formatted("tool-" + UUID.randomUUID()));

		Path root = Path.of(System.getProperty("hoagiai.root", "..")).toAbsolutePath().normalize();
		Process tool = new ProcessBuilder(root.resolve("events").toString(), "publish", "--type",
				"vn.hoagiai.district.case.received.v1", "--file", file.toString(), "--bootstrap-server",
				stack.kafkaBootstrapServers(), "--source", "/district/540")
			.redirectErrorStream(true)
			.start();
		String output = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(tool.waitFor(60, TimeUnit.SECONDS)).isTrue();

		assertThat(tool.exitValue()).as(output).isZero();
		assertThat(output).contains("Đã gửi (published)");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(figure("21562", "casesReceived")).isEqualTo(received + 1));
	}

	static void consoleProducer(String topic, JsonNode properties, List<String> lines) throws Exception {
		Path root = Path.of(System.getProperty("hoagiai.root", "..")).toAbsolutePath().normalize();
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
				root.resolve("dev-stack/target/dev-stack.jar").toString(), "org.apache.kafka.tools.ConsoleProducer",
				"--bootstrap-server", stack.kafkaBootstrapServers(), "--topic", topic));
		properties.properties().forEach((property) -> {
			command.add("--property");
			command.add(property.getKey() + "=" + property.getValue().asString());
		});
		Process producer = new ProcessBuilder(command).redirectErrorStream(true).start();
		try (OutputStream stdin = producer.getOutputStream()) {
			stdin.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
		}
		String output;
		try (InputStream out = producer.getInputStream()) {
			output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(producer.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(producer.exitValue()).as(output).isZero();
	}

	static String header(ConsumerRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
