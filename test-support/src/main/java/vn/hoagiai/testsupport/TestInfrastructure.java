package vn.hoagiai.testsupport;

import java.util.Locale;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** Kafka and MongoDB for the tests of one JVM, started on first use and stopped when the JVM exits. */
public final class TestInfrastructure {

	private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

	/** Selects the infrastructure: {@code auto} (the default), {@code embedded} or {@code containers}. */
	public static final String MODE_PROPERTY = "hoagiai.test.infrastructure";

	static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

	static final String MONGO_IMAGE = "mongo:8.0";

	private static @Nullable TestInfrastructure instance;

	private final Mode mode;

	private final String kafkaBootstrapServers;

	private final String mongoUri;

	private TestInfrastructure(Mode mode, String kafkaBootstrapServers, String mongoUri) {
		this.mode = mode;
		this.kafkaBootstrapServers = kafkaBootstrapServers;
		this.mongoUri = mongoUri;
	}

	/** Which engines the tests run against. */
	public enum Mode {

		/** A KRaft broker from Kafka's Maven artifacts and mongo-java-server, in this JVM. */
		EMBEDDED,

		/** Real Kafka and a MongoDB replica set in Docker containers, through Testcontainers. */
		CONTAINERS

	}

	public static synchronized TestInfrastructure get() {
		if (instance == null) {
			instance = start(chooseMode());
			log.info("Test infrastructure: {} (Kafka {}, MongoDB {})", instance.mode, instance.kafkaBootstrapServers,
					instance.mongoUri);
		}
		return instance;
	}

	public Mode mode() {
		return this.mode;
	}

	public String kafkaBootstrapServers() {
		return this.kafkaBootstrapServers;
	}

	/** A connection string; each test context picks its own database with {@code spring.mongodb.database}. */
	public String mongoUri() {
		return this.mongoUri;
	}

	static Mode chooseMode() {
		String configured = System.getProperty(MODE_PROPERTY, System.getenv("HOAGIAI_TEST_INFRASTRUCTURE"));
		String choice = (configured == null) ? "auto" : configured.trim().toLowerCase(Locale.ROOT);
		return switch (choice) {
			case "embedded" -> Mode.EMBEDDED;
			case "containers" -> Mode.CONTAINERS;
			case "auto", "" -> dockerAvailable() ? Mode.CONTAINERS : Mode.EMBEDDED;
			default -> throw new IllegalArgumentException(
					MODE_PROPERTY + " must be auto, embedded or containers, not '" + configured + "'");
		};
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	private static TestInfrastructure start(Mode mode) {
		return (mode == Mode.CONTAINERS) ? startContainers() : startEmbedded();
	}

	private static TestInfrastructure startEmbedded() {
		EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
		kafka.brokerProperties(Map.of("transaction.state.log.replication.factor", "1",
				"transaction.state.log.min.isr", "1", "offsets.topic.replication.factor", "1",
				"group.initial.rebalance.delay.ms", "0", "auto.create.topics.enable", "false"));
		kafka.afterPropertiesSet();
		MongoServer mongo = new MongoServer(new MemoryBackend());
		String mongoUri = mongo.bindAndGetConnectionString();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			mongo.shutdownNow();
			kafka.destroy();
		}, "test-infrastructure-stop"));
		return new TestInfrastructure(Mode.EMBEDDED, kafka.getBrokersAsString(), mongoUri);
	}

	private static TestInfrastructure startContainers() {
		KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
		MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE).withReplicaSet();
		kafka.start();
		mongo.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			mongo.stop();
			kafka.stop();
		}, "test-infrastructure-stop"));
		// The database named in the URL is only a default: each test context sets spring.mongodb.database.
		return new TestInfrastructure(Mode.CONTAINERS, kafka.getBootstrapServers(), mongo.getReplicaSetUrl());
	}

}
