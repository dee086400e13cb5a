package vn.hoagiai.deployment;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.deployment.ComposeFile.Service;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kafka-init step creates exactly the topics of the event contract ({@link Topic}) and their
 * dead-letter topics, with the contract's configuration, replicated across the cluster, before any
 * application starts.
 */
class TopicInitTests {

	private static final String SCRIPT = "deploy/kafka/create-topics.sh";

	private static final Pattern TOPIC_LINE = Pattern.compile("^topic\\s+(\\S+)\\s+(\\S+)\\s*$", Pattern.MULTILINE);

	private static final ComposeFile COMPOSE = ComposeFile.load();

	/** Each topic the script creates, with the configuration it gives it. */
	private static Map<String, Map<String, String>> topicsCreated() {
		Map<String, Map<String, String>> topics = new LinkedHashMap<>();
		Matcher matcher = TOPIC_LINE.matcher(Repository.read(SCRIPT));
		while (matcher.find()) {
			Map<String, String> configuration = new LinkedHashMap<>();
			for (String pair : matcher.group(2).split(",")) {
				String[] keyValue = pair.split("=", 2);
				configuration.put(keyValue[0], keyValue[1]);
			}
			assertThat(topics.put(matcher.group(1), configuration)).as("%s creates %s twice", SCRIPT, matcher.group(1))
				.isNull();
		}
		return topics;
	}

	private static Service kafkaInit() {
		return COMPOSE.services()
			.stream()
			.filter((service) -> service.volumes().stream().anyMatch((volume) -> volume.startsWith("./" + SCRIPT + ":")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no service of docker-compose.yml mounts " + SCRIPT));
	}

	@Test
	void createsExactlyTheContractsTopicsAndTheirDeadLetterTopics() {
		Set<String> expected = new LinkedHashSet<>();
		for (Topic topic : Topic.values()) {
			expected.add(topic.topicName());
			expected.add(topic.deadLetterTopicName());
		}

		assertThat(topicsCreated().keySet()).as("topics %s creates", SCRIPT).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void givesEveryTopicTheContractsConfiguration() {
		Map<String, Map<String, String>> created = topicsCreated();

		for (Topic topic : Topic.values()) {
			assertThat(created.get(topic.topicName())).as("configuration of %s", topic.topicName())
				.containsAllEntriesOf(topic.configuration());
			assertThat(created.get(topic.deadLetterTopicName())).as("configuration of %s", topic.deadLetterTopicName())
				.containsEntry("cleanup.policy", "delete");
		}
		created.values().forEach((configuration) -> assertThat(configuration)
			.as("a write acknowledged by acks=all must be on two brokers").containsEntry("min.insync.replicas", "2"));
	}

	@Test
	void topicsAreReplicatedOnThreeBrokersAndTheApplicationsDeclareThemAlike() {
		Service init = kafkaInit();
		Map<String, String> settings = init.environment();
		long brokers = ComposeInfrastructureTests.kafkaBrokers(COMPOSE).size();

		assertThat(init.entrypoint()).as("what %s runs", init.name()).contains("/" + SCRIPT);
		assertThat(init.oneShot()).as("%s runs once", init.name()).isTrue();
		assertThat(settings).containsEntry("HOAGIAI_TOPIC_PARTITIONS", "6")
			.containsEntry("HOAGIAI_TOPIC_REPLICATION_FACTOR", "3");
		assertThat(Integer.parseInt(settings.get("HOAGIAI_TOPIC_REPLICATION_FACTOR")))
			.as("replication factor against the brokers in docker-compose.yml")
			.isLessThanOrEqualTo((int) brokers);
		assertThat(Arrays.stream(settings.get("KAFKA_BOOTSTRAP_SERVERS").split(",")).map((server) -> server.split(":")[0]))
			.as("bootstrap servers of %s", init.name())
			.containsExactlyInAnyOrderElementsOf(ComposeInfrastructureTests.kafkaBrokers(COMPOSE));

		for (Service application : COMPOSE.applications()) {
			ApplicationConfig config = ApplicationConfig.of(application.build().orElseThrow().module());
			if (config.environmentVariables().containsKey("HOAGIAI_TOPIC_PARTITIONS")) {
				assertThat(application.environment()).as("topic settings of %s", application.name())
					.containsEntry("HOAGIAI_TOPIC_PARTITIONS", settings.get("HOAGIAI_TOPIC_PARTITIONS"))
					.containsEntry("HOAGIAI_TOPIC_REPLICATION_FACTOR", settings.get("HOAGIAI_TOPIC_REPLICATION_FACTOR"));
			}
			if (config.environmentVariables().containsKey("KAFKA_BOOTSTRAP_SERVERS")) {
				assertThat(application.dependsOn()).as("%s starts once the topics exist", application.name())
					.containsEntry(init.name(), "service_completed_successfully");
			}
		}
	}

	@Test
	void scriptFailsLoudlyAndRunsOnEveryStart() {
		String script = Repository.read(SCRIPT);

		assertThat(script).as(SCRIPT).contains("set -euo pipefail").contains("--if-not-exists");
		List<String> required = List.of("KAFKA_BOOTSTRAP_SERVERS", "HOAGIAI_TOPIC_PARTITIONS",
				"HOAGIAI_TOPIC_REPLICATION_FACTOR");
		assertThat(kafkaInit().environment().keySet()).as("environment of the topic-init step")
			.containsAll(required);
	}

}
