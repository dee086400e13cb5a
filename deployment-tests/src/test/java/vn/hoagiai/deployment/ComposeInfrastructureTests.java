package vn.hoagiai.deployment;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.hoagiai.deployment.ComposeFile.Service;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The infrastructure of docker-compose.yml is what production needs: a Kafka cluster in KRaft mode that
 * survives the loss of a broker, and a MongoDB replica set that the services write to with majority
 * write concern, each as its own user.
 */
class ComposeInfrastructureTests {

	private static final ComposeFile COMPOSE = ComposeFile.load();

	private static final String MONGO_INIT_SCRIPT = "deploy/mongo/init-replica-set.js";

	/** The brokers: services that run Kafka in the broker role. */
	static List<String> kafkaBrokers(ComposeFile compose) {
		return compose.services()
			.stream()
			.filter((service) -> service.environment().getOrDefault("KAFKA_PROCESS_ROLES", "").contains("broker"))
			.map(Service::name)
			.toList();
	}

	private static List<Service> mongoMembers() {
		return COMPOSE.services().stream().filter((service) -> service.command().contains("mongod")).toList();
	}

	private static Service mongoInit() {
		return COMPOSE.services()
			.stream()
			.filter((service) -> service.volumes().stream().anyMatch((volume) -> volume.startsWith("./" + MONGO_INIT_SCRIPT + ":")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no service of docker-compose.yml mounts " + MONGO_INIT_SCRIPT));
	}

	@Test
	void kafkaIsAClusterOfThreeBrokersInKraftMode() {
		List<Service> brokers = kafkaBrokers(COMPOSE).stream().map(COMPOSE::service).toList();

		assertThat(brokers).as("Kafka brokers").hasSize(3);
		assertThat(brokers).extracting((broker) -> broker.environment().get("KAFKA_NODE_ID"))
			.as("node ids").doesNotHaveDuplicates();
		for (Service broker : brokers) {
			Map<String, String> environment = broker.environment();
			assertThat(broker.image()).as("image of %s", broker.name()).hasValue("apache/kafka:4.1.2");
			assertThat(broker.rawEnvironment().get("CLUSTER_ID")).as("cluster id of %s, from .env", broker.name())
				.startsWith("${KAFKA_CLUSTER_ID");
			assertThat(environment.get("KAFKA_PROCESS_ROLES")).as("roles of %s", broker.name())
				.isEqualTo("broker,controller");
			assertThat(environment).as("replication settings of %s", broker.name())
				.containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", "3")
				.containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2")
				.containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3")
				.containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "3")
				.containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2")
				.containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
			assertThat(environment.get("KAFKA_ADVERTISED_LISTENERS")).as("what %s tells clients", broker.name())
				.contains("://" + broker.name() + ":");
		}
		Map<String, String> voters = new LinkedHashMap<>();
		for (String voter : brokers.get(0).environment().get("KAFKA_CONTROLLER_QUORUM_VOTERS").split(",")) {
			String[] idAndAddress = voter.split("@");
			voters.put(idAndAddress[0], idAndAddress[1].split(":")[0]);
		}
		Map<String, String> nodes = new LinkedHashMap<>();
		brokers.forEach((broker) -> nodes.put(broker.environment().get("KAFKA_NODE_ID"), broker.name()));
		assertThat(voters).as("the controller quorum: every node, by its id").isEqualTo(nodes);
		assertThat(brokers).extracting((broker) -> broker.environment().get("KAFKA_CONTROLLER_QUORUM_VOTERS"))
			.as("every broker knows the same quorum").containsOnly(brokers.get(0).environment().get("KAFKA_CONTROLLER_QUORUM_VOTERS"));
	}

	@Test
	void applicationsBootstrapFromEveryBroker() {
		for (Service application : COMPOSE.applications()) {
			String servers = application.environment().get("KAFKA_BOOTSTRAP_SERVERS");
			if (servers != null) {
				assertThat(Arrays.stream(servers.split(",")).map((server) -> server.split(":")[0]))
					.as("bootstrap servers of %s", application.name())
					.containsExactlyInAnyOrderElementsOf(kafkaBrokers(COMPOSE));
			}
		}
	}

	@Test
	void mongoIsAReplicaSetOfThreeMembersInitiatedBeforeTheServicesStart() {
		List<Service> members = mongoMembers();
		Service init = mongoInit();

		assertThat(members).as("MongoDB members").hasSize(3);
		assertThat(members).extracting((member) -> member.image().orElse(""))
			.as("images")
			.containsOnly("mongo:8.0");
		assertThat(members).extracting((member) -> option(member.command(), "--replSet"))
			.as("replica set of every member")
			.containsOnly(init.environment().get("MONGO_REPLICA_SET_NAME"));
		assertThat(members).as("members authenticate each other")
			.allSatisfy((member) -> assertThat(member.command()).contains("--keyFile"));
		assertThat(init.environment().get("MONGO_REPLICA_SET_MEMBERS").split(","))
			.as("members the init step puts in the replica set")
			.containsExactlyElementsOf(members.stream().map((member) -> member.name() + ":27017").toList());
		assertThat(Repository.read(MONGO_INIT_SCRIPT)).as(MONGO_INIT_SCRIPT).contains("rs.initiate(");
		assertThat(init.oneShot()).as("%s runs once", init.name()).isTrue();
		for (Service application : COMPOSE.applications()) {
			if (application.environment().containsKey("MONGODB_URI")) {
				assertThat(application.dependsOn()).as("%s starts once the replica set is initiated", application.name())
					.containsEntry(init.name(), "service_completed_successfully");
			}
		}
	}

	@Test
	void servicesWriteToTheWholeReplicaSetWithMajorityAsTheirOwnUser() {
		Service init = mongoInit();
		Map<String, String> grants = grants();
		List<String> applicationsUsingMongo = COMPOSE.applications()
			.stream()
			.filter((application) -> ApplicationConfig.of(application.build().orElseThrow().module())
				.environmentVariables()
				.containsKey("MONGODB_URI"))
			.map(Service::name)
			.toList();

		assertThat(applicationsUsingMongo).containsExactlyInAnyOrder("registry-service", "training-service",
				"reporting-service");
		for (String name : applicationsUsingMongo) {
			Service application = COMPOSE.service(name);
			MongoUri uri = MongoUri.parse(application.environment().get("MONGODB_URI"));
			String database = ApplicationConfig.of(application.build().orElseThrow().module())
				.mongoDatabase(application.environment())
				.orElseThrow();

			assertThat(uri.hosts()).as("members %s connects to", name)
				.containsExactlyElementsOf(Arrays.asList(init.environment().get("MONGO_REPLICA_SET_MEMBERS").split(",")));
			assertThat(uri.options()).as("connection options of %s", name)
				.containsEntry("replicaSet", init.environment().get("MONGO_REPLICA_SET_NAME"))
				.containsEntry("w", "majority")
				.containsEntry("authSource", "admin");
			assertThat(grants).as("users %s creates, with the database each may write", MONGO_INIT_SCRIPT)
				.containsEntry(uri.user(), database);
		}
		assertThat(applicationsUsingMongo.stream()
			.map((name) -> MongoUri.parse(COMPOSE.service(name).environment().get("MONGODB_URI")).user()))
			.as("every service signs in as its own user")
			.doesNotHaveDuplicates();
	}

	/** A MongoDB connection string; java.net.URI cannot read one that names several hosts. */
	record MongoUri(String user, List<String> hosts, Map<String, String> options) {

		private static final Pattern FORM = Pattern
			.compile("^mongodb://(?:([^:@/]+)(?::[^@/]*)?@)?([^/?]+)/?[^?]*(?:\\?(.*))?$");

		static MongoUri parse(String uri) {
			Matcher matcher = FORM.matcher(uri);
			assertThat(matcher.matches()).as("a MongoDB connection string: %s", uri).isTrue();
			Map<String, String> options = new LinkedHashMap<>();
			if (matcher.group(3) != null) {
				for (String option : matcher.group(3).split("&")) {
					String[] pair = option.split("=", 2);
					options.put(pair[0], (pair.length > 1) ? pair[1] : "");
				}
			}
			return new MongoUri(String.valueOf(matcher.group(1)), List.of(matcher.group(2).split(",")), options);
		}

	}

	/** The users the init script creates, with the database each one may read and write. */
	private static Map<String, String> grants() {
		Map<String, String> grants = new LinkedHashMap<>();
		Matcher matcher = Pattern.compile("\\{\\s*user:\\s*'([^']+)',\\s*database:\\s*'([^']+)'")
			.matcher(Repository.read(MONGO_INIT_SCRIPT));
		while (matcher.find()) {
			grants.put(matcher.group(1), matcher.group(2));
		}
		return grants;
	}

	private static String option(List<String> command, String name) {
		int index = command.indexOf(name);
		return (index >= 0 && index + 1 < command.size()) ? command.get(index + 1) : "";
	}

}
