package vn.hoagiai.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole system on one machine: a Kafka broker in KRaft mode in a child JVM, mongo-java-server
 * with the H2 backend in this JVM, and the five applications (the OpenID Connect provider, three services, the
 * gateway) as child JVMs built from their jars.
 * Everything lives in one data folder, so a second start keeps the data of the first.
 */
public final class DevStack implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DevStack.class);

	/** The fixed id of the development cluster; its log directory is formatted with it once. */
	static final String CLUSTER_ID = "aG9hZ2lhaS1kZXYtMDAx";

	/** The applications, in the order they are stopped last to first. */
	public enum Service {

		AUTH("auth-server"), REGISTRY("registry-service"), TRAINING("training-service"),
		REPORTING("reporting-service"), GATEWAY("gateway");

		private final String artifact;

		Service(String artifact) {
			this.artifact = artifact;
		}

		public String artifact() {
			return this.artifact;
		}

	}

	/**
	 * Every port the stack listens on.
	 *
	 * @param gateway the gateway, the one public entry
	 * @param gatewayManagement the gateway's actuator
	 * @param registry registry-service
	 * @param training training-service
	 * @param reporting reporting-service
	 * @param kafka the broker's client listener
	 * @param kafkaController the broker's KRaft controller listener
	 * @param mongo the MongoDB wire-protocol server
	 * @param auth the OpenID Connect provider
	 */
	public record Ports(int gateway, int gatewayManagement, int registry, int training, int reporting, int kafka,
			int kafkaController, int mongo, int auth) {

		public static Ports defaults() {
			return new Ports(8080, 8180, 8081, 8082, 8083, 9092, 9093, 27027, 9000);
		}

		/** The nine ports, in the order of this record, separated by commas ({@link #asArgument()}'s form). */
		public static Ports parse(String list) {
			String[] parts = list.split(",");
			if (parts.length != 9) {
				throw new IllegalArgumentException("--ports takes nine ports separated by commas, not '" + list + "'");
			}
			int[] p = new int[9];
			for (int i = 0; i < 9; i++) {
				p[i] = Integer.parseInt(parts[i].strip());
			}
			return new Ports(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]);
		}

		/** The form {@link #parse(String)} reads. */
		public String asArgument() {
			return String.join(",", java.util.stream.IntStream.of(this.gateway, this.gatewayManagement, this.registry,
					this.training, this.reporting, this.kafka, this.kafkaController, this.mongo, this.auth)
				.mapToObj(String::valueOf)
				.toList());
		}

		/** Free ports chosen by the system, for tests that must not collide with a running stack. */
		public static Ports free() {
			return new Ports(freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort(),
					freePort(), freePort());
		}

		int of(Service service) {
			return switch (service) {
				case AUTH -> this.auth;
				case REGISTRY -> this.registry;
				case TRAINING -> this.training;
				case REPORTING -> this.reporting;
				case GATEWAY -> this.gateway;
			};
		}

		/** A port free now, chosen by the system. */
		public static int freePort() {
			try (ServerSocket socket = new ServerSocket(0)) {
				socket.setReuseAddress(true);
				return socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * How to start the stack.
	 *
	 * @param root the repository's top folder, where each application's jar is built
	 * @param dataDir where the broker's log, the store's file, the stream state and the logs live
	 * @param ports the ports
	 * @param javaOptions options for every application's JVM
	 * @param readyTimeout how long to wait for everything to be ready
	 * @param tracingEndpoint where the services and the gateway send their spans (OTLP over HTTP, e.g.
	 * {@code http://localhost:4318/v1/traces}); null: they send none
	 */
	public record Options(Path root, Path dataDir, Ports ports, List<String> javaOptions, Duration readyTimeout,
			@Nullable String tracingEndpoint) {

		/** The environment variable (or, lower case with dots, system property) that names the span collector. */
		public static final String TRACING_ENDPOINT = "HOAGIAI_TRACING_ENDPOINT";

		public Options(Path root, Path dataDir, Ports ports, List<String> javaOptions, Duration readyTimeout) {
			this(root, dataDir, ports, javaOptions, readyTimeout, configuredTracingEndpoint());
		}

		public static Options defaults(Path root) {
			String configured = System.getenv("HOAGIAI_JAVA_OPTS");
			List<String> java = (configured != null && !configured.isBlank()) ? List.of(configured.trim().split("\\s+"))
					: List.of("-XX:TieredStopAtLevel=1", "-Xmx512m", "-Xss512k");
			return new Options(root, root.resolve(".data"), Ports.defaults(), java, Duration.ofSeconds(180));
		}

		/** The same options with the services sending their spans there. */
		public Options withTracingEndpoint(@Nullable String endpoint) {
			return new Options(this.root, this.dataDir, this.ports, this.javaOptions, this.readyTimeout, endpoint);
		}

		/** {@code -Dhoagiai.tracing.endpoint=...}, else {@code HOAGIAI_TRACING_ENDPOINT}; blank means none. */
		static @Nullable String configuredTracingEndpoint() {
			String configured = System.getProperty("hoagiai.tracing.endpoint", System.getenv(TRACING_ENDPOINT));
			return (configured != null && !configured.isBlank()) ? configured.trim() : null;
		}

	}

	private final Options options;

	private final Map<Service, Process> services = new EnumMap<>(Service.class);

	private final Map<String, Process> extraInstances = new java.util.concurrent.ConcurrentHashMap<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private @Nullable MongoServer mongo;

	private @Nullable H2Backend store;

	private @Nullable Process kafka;

	private volatile boolean stopping;

	private DevStack(Options options) {
		this.options = options;
	}

	/** Starts everything and returns once every application answers its health check. */
	public static DevStack start(Options options) {
		DevStack stack = new DevStack(options);
		try {
			stack.startInfrastructure();
			for (Service service : Service.values()) {
				stack.launch(service, Map.of());
			}
			for (Service service : Service.values()) {
				stack.awaitReady(service);
			}
			return stack;
		}
		catch (RuntimeException ex) {
			stack.close();
			throw ex;
		}
	}

	public Options options() {
		return this.options;
	}

	public String gatewayUrl() {
		return "http://localhost:" + this.options.ports().gateway();
	}

	public String serviceUrl(Service service) {
		return "http://localhost:" + this.options.ports().of(service);
	}

	public String kafkaBootstrapServers() {
		return "localhost:" + this.options.ports().kafka();
	}

	public String mongoUri() {
		return "mongodb://localhost:" + this.options.ports().mongo();
	}

	/** The issuer of the stack's tokens: the OpenID Connect provider's address. */
	public String issuer() {
		return "http://localhost:" + this.options.ports().auth();
	}

	/** The file that holds the provider's signing key (a JWK), kept across restarts. */
	public Path signingKeyFile() {
		return this.options.dataDir().resolve("auth").resolve("signing-key.json");
	}

	public Path logFile(Service service) {
		return this.options.dataDir().resolve("logs").resolve(service.artifact() + ".log");
	}

	private void startInfrastructure() {
		try {
			Files.createDirectories(this.options.dataDir().resolve("logs"));
			Files.createDirectories(this.options.dataDir().resolve("mongo"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		startStore();
		this.kafka = startKafka();
		awaitPort(this.options.ports().kafka(), "Kafka");
	}

	private Process startKafka() {
		Path properties = this.options.dataDir().resolve("kafka-server.properties");
		int port = this.options.ports().kafka();
		int controller = this.options.ports().kafkaController();
		String config = String.join("\n", "process.roles=broker,controller", "node.id=1",
				"controller.quorum.voters=1@localhost:" + controller,
				"listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controller,
				"advertised.listeners=PLAINTEXT://localhost:" + port, "controller.listener.names=CONTROLLER",
				"inter.broker.listener.name=PLAINTEXT",
				"listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
				"log.dirs=" + this.options.dataDir().resolve("kafka").toAbsolutePath(), "num.partitions=3",
				"default.replication.factor=1", "offsets.topic.replication.factor=1", "offsets.topic.num.partitions=10",
				"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
				"transaction.state.log.num.partitions=10", "group.initial.rebalance.delay.ms=0",
				"auto.create.topics.enable=false", "log.retention.hours=-1", "");
		try {
			Files.writeString(properties, config);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx1g", "-XX:+UseG1GC",
				"-Dlogback.configurationFile=" + writeBrokerLogging(), "-cp", devStackClasspath(),
				KafkaMain.class.getName(), String.valueOf(ProcessHandle.current().pid()), CLUSTER_ID,
				properties.toAbsolutePath().toString()));
		return spawn("kafka", command, Map.of());
	}

	private String writeBrokerLogging() {
		Path file = this.options.dataDir().resolve("kafka-logback.xml");
		try {
			Files.writeString(file, """
					<configuration>
					  <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
					    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%logger{30}] %msg%n</pattern></encoder>
					  </appender>
					  <root level="INFO"><appender-ref ref="out"/></root>
					</configuration>
					""");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file.toAbsolutePath().toString();
	}

	private String devStackClasspath() {
		Path jar = this.options.root().resolve("dev-stack/target/dev-stack.jar");
		if (!Files.exists(jar)) {
			throw new IllegalStateException("Build first: " + jar + " is missing (./mvnw -DskipTests install)");
		}
		return jar.toAbsolutePath().toString();
	}

	/** Starts one application with extra environment variables (its defaults are overridden by them). */
	public void launch(Service service, Map<String, String> extraEnvironment) {
		Path jar = this.options.root().resolve(service.artifact()).resolve("target").resolve(service.artifact() + ".jar");
		if (!Files.exists(jar)) {
			throw new IllegalStateException("Build first: " + jar + " is missing (./mvnw -DskipTests install)");
		}
		List<String> command = new ArrayList<>();
		command.add(javaBinary());
		command.addAll(this.options.javaOptions());
		command.add("-Dhoagiai.parent-pid=" + ProcessHandle.current().pid());
		command.add("-jar");
		command.add(jar.toAbsolutePath().toString());
		Map<String, String> environment = new HashMap<>(environment(service));
		environment.putAll(extraEnvironment);
		this.services.put(service, spawn(service.artifact(), command, environment));
	}

	/**
	 * The environment a gateway-like process started outside the stack needs to stand in front of its
	 * services as the gateway does (the services' addresses, the token issuer and its key set, the span
	 * collector if any), on its own ports: e.g. another gateway build measured beside the stack's.
	 */
	public Map<String, String> gatewayEnvironment(int port, int managementPort) {
		Map<String, String> environment = environment(Service.GATEWAY);
		environment.put("GATEWAY_PORT", String.valueOf(port));
		environment.put("GATEWAY_MANAGEMENT_PORT", String.valueOf(managementPort));
		return environment;
	}

	private Map<String, String> environment(Service service) {
		Ports ports = this.options.ports();
		Map<String, String> environment = new HashMap<>();
		environment.put("MONGODB_URI", mongoUri());
		environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
		environment.put("HOAGIAI_ISSUER", issuer());
		environment.put("HOAGIAI_JWK_SET_URI", issuer() + "/oauth2/jwks");
		switch (service) {
			case AUTH -> {
				environment.put("AUTH_PORT", String.valueOf(ports.auth()));
				environment.put("HOAGIAI_AUTH_KEY_FILE", signingKeyFile().toAbsolutePath().toString());
				environment.put("HOAGIAI_CONSOLE_REDIRECT_URIS", gatewayUrl() + "/," + gatewayUrl() + "/callback,"
						+ DevLogin.REDIRECT + ",http://localhost:5173/callback");
			}
			case REGISTRY -> environment.put("REGISTRY_PORT", String.valueOf(ports.registry()));
			case TRAINING -> environment.put("TRAINING_PORT", String.valueOf(ports.training()));
			case REPORTING -> {
				environment.put("REPORTING_PORT", String.valueOf(ports.reporting()));
				environment.put("REPORTING_STATE_DIR",
						this.options.dataDir().resolve("reporting-streams").toAbsolutePath().toString());
			}
			case GATEWAY -> {
				environment.put("GATEWAY_PORT", String.valueOf(ports.gateway()));
				environment.put("GATEWAY_MANAGEMENT_PORT", String.valueOf(ports.gatewayManagement()));
				environment.put("REGISTRY_URL", serviceUrl(Service.REGISTRY));
				environment.put("TRAINING_URL", serviceUrl(Service.TRAINING));
				environment.put("REPORTING_URL", serviceUrl(Service.REPORTING));
			}
		}
		String tracing = this.options.tracingEndpoint();
		if (tracing != null && service != Service.AUTH) {
			// Spring Boot's own settings: no endpoint, no exporter. A batch leaves every second rather than
			// every five, so a trace is complete at the collector soon after the work ends.
			environment.put("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", tracing);
			environment.put("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_SCHEDULE_DELAY", "1s");
		}
		return environment;
	}

	private Process spawn(String name, List<String> command, Map<String, String> environment) {
		Path logFile = this.options.dataDir().resolve("logs").resolve(name + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
			.redirectInput(ProcessBuilder.Redirect.PIPE);
		builder.environment().putAll(environment);
		try {
			Process process = builder.start();
			process.onExit().thenAccept((ended) -> {
				if (!this.stopping && ended.exitValue() != 0 && ended.exitValue() != 143 && ended.exitValue() != 137) {
					log.warn("{} stopped unexpectedly (exit {}); see {}", name, ended.exitValue(), logFile);
				}
			});
			return process;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Starts another instance of an application on its own port (and, for reporting-service, its own
	 * stream state), sharing the broker, the store and the consumer groups with the first: the instances
	 * split the partitions between them. Stopped with the stack.
	 * @return the new instance's port
	 */
	public int launchAnotherInstance(Service service, String name) {
		return launchAnotherInstance(service, name, Map.of());
	}

	/** {@link #launchAnotherInstance(Service, String)} with extra environment variables. */
	public int launchAnotherInstance(Service service, String name, Map<String, String> extraEnvironment) {
		int port = Ports.freePort();
		Map<String, String> environment = new HashMap<>(environment(service));
		environment.putAll(extraEnvironment);
		environment.put(service.name().equals("GATEWAY") ? "GATEWAY_PORT" : service.name() + "_PORT",
				String.valueOf(port));
		if (service == Service.REPORTING) {
			environment.put("REPORTING_STATE_DIR",
					this.options.dataDir().resolve("reporting-streams-" + name).toAbsolutePath().toString());
		}
		List<String> command = new ArrayList<>();
		command.add(javaBinary());
		command.addAll(this.options.javaOptions());
		command.add("-Dhoagiai.parent-pid=" + ProcessHandle.current().pid());
		command.add("-jar");
		command.add(this.options.root().resolve(service.artifact()).resolve("target").resolve(service.artifact() + ".jar")
			.toAbsolutePath()
			.toString());
		this.extraInstances.put(name, spawn(service.artifact() + "-" + name, command, environment));
		awaitHealthy(URI.create("http://localhost:" + port + "/actuator/health"), this.extraInstances.get(name), name);
		return port;
	}

	/** The process id of an instance started with {@link #launchAnotherInstance}. */
	public long instancePid(String name) {
		Process process = this.extraInstances.get(name);
		if (process == null) {
			throw new IllegalArgumentException("no instance " + name);
		}
		return process.pid();
	}

	/** Stops an instance started with {@link #launchAnotherInstance}. */
	public void stopInstance(String name) {
		Process process = this.extraInstances.remove(name);
		if (process != null) {
			end(process, Duration.ofSeconds(30));
		}
	}

	/** Waits until the application answers its health check with UP. */
	public void awaitReady(Service service) {
		int port = (service == Service.GATEWAY) ? this.options.ports().gatewayManagement()
				: this.options.ports().of(service);
		awaitHealthy(URI.create("http://localhost:" + port + "/actuator/health"), this.services.get(service),
				service.artifact());
	}

	private void awaitHealthy(URI health, @Nullable Process process, String name) {
		long deadline = System.nanoTime() + this.options.readyTimeout().toNanos();
		while (System.nanoTime() < deadline) {
			if (process != null && !process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see the logs in "
						+ this.options.dataDir().resolve("logs"));
			}
			try {
				HttpResponse<String> response = this.http.send(
						HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(250);
		}
		throw new IllegalStateException(name + " was not ready within " + this.options.readyTimeout()
				+ "; see the logs in " + this.options.dataDir().resolve("logs"));
	}

	private void awaitPort(int port, String what) {
		long deadline = System.nanoTime() + this.options.readyTimeout().toNanos();
		while (System.nanoTime() < deadline) {
			if (this.kafka != null && !this.kafka.isAlive()) {
				throw new IllegalStateException(what + " exited with " + this.kafka.exitValue() + "; see "
						+ this.options.dataDir().resolve("logs/kafka.log"));
			}
			try (Socket socket = new Socket("localhost", port)) {
				return;
			}
			catch (IOException ex) {
				sleep(200);
			}
		}
		throw new IllegalStateException(what + " did not listen on " + port + " within " + this.options.readyTimeout());
	}

	/** The process id of a running application, for profilers and fault injection. */
	public long pid(Service service) {
		Process process = this.services.get(service);
		if (process == null) {
			throw new IllegalStateException(service.artifact() + " is not running");
		}
		return process.pid();
	}

	/** Stops one application gracefully (SIGTERM), waiting for it to end. */
	public void stop(Service service) {
		Process process = this.services.remove(service);
		if (process != null) {
			end(process, Duration.ofSeconds(30));
		}
	}

	/** Kills one application at once (SIGKILL), as a crash would. */
	public void kill(Service service) {
		Process process = this.services.remove(service);
		if (process != null) {
			process.destroyForcibly();
			waitFor(process, Duration.ofSeconds(30));
		}
	}

	/**
	 * Kills the Kafka broker (SIGKILL: no clean shutdown, no flush) and starts it again on the same data
	 * folder and ports, returning once it listens; the applications reconnect by themselves.
	 */
	/**
	 * Takes the MongoDB wire-protocol server away (every connection closed, the port refused) while
	 * keeping its data; {@link #startStore()} brings it back on the same port and data.
	 */
	public synchronized void stopStore() {
		if (this.mongo != null) {
			this.mongo.shutdownNow(); // closes the H2 store too, after writing what it has
			this.mongo = null;
			this.store = null;
		}
	}

	/** Brings the MongoDB wire-protocol server back after {@link #stopStore()}, on the same data file. */
	public synchronized void startStore() {
		if (this.mongo == null) {
			this.store = new H2Backend(this.options.dataDir().resolve("mongo").resolve("hoagiai.mv").toString());
			this.mongo = new MongoServer(this.store);
			this.mongo.bind("localhost", this.options.ports().mongo());
		}
	}

	public void killAndRestartKafka() {
		Process broker = this.kafka;
		if (broker != null) {
			broker.destroyForcibly();
			waitFor(broker, Duration.ofSeconds(30));
		}
		this.kafka = startKafka();
		awaitPort(this.options.ports().kafka(), "Kafka");
	}

	@Override
	public void close() {
		this.stopping = true;
		List<Service> order = new ArrayList<>(List.of(Service.values()));
		java.util.Collections.reverse(order);
		order.forEach((service) -> {
			Process process = this.services.get(service);
			if (process != null) {
				process.destroy();
			}
		});
		List.copyOf(this.extraInstances.keySet()).forEach(this::stopInstance);
		order.forEach(this::stop);
		if (this.kafka != null) {
			end(this.kafka, Duration.ofSeconds(60));
			this.kafka = null;
		}
		if (this.mongo != null) {
			this.mongo.shutdownNow();
			this.mongo = null;
		}
		if (this.store != null) {
			this.store.close();
			this.store = null;
		}
	}

	private static void end(Process process, Duration grace) {
		process.destroy();
		if (!waitFor(process, grace)) {
			process.destroyForcibly();
			waitFor(process, Duration.ofSeconds(10));
		}
	}

	private static boolean waitFor(Process process, Duration timeout) {
		try {
			return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String javaBinary() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * {@code java -jar dev-stack/target/dev-stack.jar [--root DIR] [--data DIR] [--ports LIST]}: runs until
	 * Ctrl-C. {@code --ports} takes the nine ports in the order of {@link Ports}, separated by commas
	 * (gateway, its management port, registry, training, reporting, Kafka, Kafka's controller, the
	 * store, the sign-in provider), for a second stack beside one on the usual ports.
	 */
	public static void main(String[] args) throws InterruptedException {
		Path root = Path.of("").toAbsolutePath();
		Path data = null;
		Ports ports = Ports.defaults();
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals("--root")) {
				root = Path.of(args[i + 1]).toAbsolutePath();
			}
			if (args[i].equals("--data")) {
				data = Path.of(args[i + 1]).toAbsolutePath();
			}
			if (args[i].equals("--ports")) {
				ports = Ports.parse(args[i + 1]);
			}
		}
		Options defaults = Options.defaults(root);
		Options options = new Options(root, (data != null) ? data : defaults.dataDir(), ports,
				defaults.javaOptions(), defaults.readyTimeout(), defaults.tracingEndpoint());
		long started = System.nanoTime();
		System.out.println("Starting Kafka (KRaft), the MongoDB wire-protocol store, the sign-in provider, the services and the gateway...");
		DevStack stack = start(options);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("Stopping...");
			stack.close();
			System.out.println("Stopped.");
			stopped.countDown();
		}, "dev-stack-stop"));
		long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
		System.out.printf("""

				Ready in %d s.
				  Gateway (web console and API)  %s
				  Sign-in (OpenID Connect)       %s
				  registry-service               http://localhost:%d
				  training-service               http://localhost:%d
				  reporting-service              http://localhost:%d
				  Kafka bootstrap servers        %s
				  MongoDB (wire protocol)        %s
				  Data folder                    %s
				  Logs                           %s
				  Spans (OTLP/HTTP)              %s
				Ctrl-C stops everything.
				Demo users (password matkhau-demo unless HOAGIAI_DEMO_PASSWORD is set): tinh.admin, huyen.quynhon,
				xa.nhonbinh, xa.nhonphu, tap.huan.vien, phan.tich. An access token for curl: ./token xa.nhonbinh
				%n""", seconds, stack.gatewayUrl(), stack.issuer(), ports.registry(), ports.training(), ports.reporting(),
				stack.kafkaBootstrapServers(), stack.mongoUri(), options.dataDir(), options.dataDir().resolve("logs"),
				(options.tracingEndpoint() != null) ? options.tracingEndpoint()
						: "not sent (set " + Options.TRACING_ENDPOINT + " to a collector's /v1/traces)");
		stopped.await();
	}

}
