package vn.hoagiai.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.jwk.RSAKey;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.CaseField;
import vn.hoagiai.contracts.events.CaseState;
import vn.hoagiai.contracts.events.CaseStatus;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.contracts.units.UnitLevel;
import vn.hoagiai.devstack.DevStack;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;

/**
 * The benchmarks of BENCHMARKS.md, measured on the whole stack started for them (fresh data folder,
 * free ports), each beside its obvious alternative in the same run. Every run checks that the rollup's
 * final figures are exactly the expected ones and fails loudly otherwise.
 *
 * <pre>
 * ./bench ingest [events] [runs]        rollup ingest rate vs a plain consumer of the same topic
 * ./bench freshness [seconds]           event to the change feed through the gateway, at 100 and 1,000 events/s
 * ./bench registry [teams] [queries] [runs]  teams imported from Excel (100,000-row files timed), then list pages
 * ./bench rebuild [events] [runs]       the one-call rebuild of the whole rollup over that many events
 * ./bench gateway [seconds] [runs]      the same rollup query through the gateway, its Web MVC variant and directly (wrk)
 * ./bench query [teams] [cases] [n]     a province's indicator page with the whole country counted
 * ./bench ondemand [teams] [n] [cases]  the same page from the rollup beside its registry figures by a MongoDB aggregation
 * ./bench all                           every benchmark on one stack in under 20 minutes (see {@link #all})
 * </pre>
 */
public final class Benchmarks {

	static final String SOURCE = Topic.DISTRICT_CASES.topicName();

	static final String STREAMS_GROUP = "reporting-rollup";

	private Benchmarks() {
	}

	/** The benchmarks {@code ./bench} knows, by the name it is given. */
	static final List<String> NAMES = List.of("all", "ingest", "freshness", "registry", "rebuild", "gateway", "query",
			"ondemand");

	public static void main(String[] args) throws Exception {
		String which = (args.length > 0) ? args[0] : "all";
		if (!NAMES.contains(which)) {
			System.err.println("Unknown benchmark '" + which + "'; ./bench " + String.join(" | ", NAMES)
					+ " (BENCHMARKS.md)");
			System.exit(2);
		}
		Path root = Path.of(System.getProperty("hoagiai.root", ".")).toAbsolutePath();
		Path data = Files.createTempDirectory("hoagiai-bench-");
		// The registry at scale is measured with the whole country's units: 90,000 teams in ~10,000 communes.
		List<String> javaOptions = List.of("ingest", "freshness", "gateway", "rebuild").contains(which)
				? List.of("-Xmx1g")
				: List.of("-Xmx1g", "-Dhoagiai.units.scope=NATIONAL");
		try (DevStack stack = DevStack.start(new DevStack.Options(root, data, DevStack.Ports.free(), javaOptions,
				Duration.ofSeconds(240)))) {
			Map<String, Object> results = new LinkedHashMap<>();
			results.put("date", LocalDate.now().toString());
			results.put("machine", Runtime.getRuntime().availableProcessors() + " cores, "
					+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB heap for the benchmark JVM");
			Path out = root.resolve("benchmarks/results");
			Files.createDirectories(out);
			Runnable save = () -> {
				try {
					Files.writeString(out.resolve(which + ".json"), toJson(results));
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			};
			if (which.equals("all")) {
				all(stack, results, save);
			}
			if (which.equals("ingest")) {
				int events = (args.length > 1) ? Integer.parseInt(args[1]) : 100_000;
				int runs = (args.length > 2) ? Integer.parseInt(args[2]) : 3;
				results.put("ingest", ingest(stack, events, runs));
			}
			if (which.equals("freshness")) {
				int seconds = (args.length > 1) ? Integer.parseInt(args[1]) : 20;
				results.put("freshness", freshness(stack, seconds));
			}
			if (which.equals("query")) {
				int teams = (args.length > 1) ? Integer.parseInt(args[1]) : 90_000;
				int cases = (args.length > 2) ? Integer.parseInt(args[2]) : 150_000;
				int queries = (args.length > 3) ? Integer.parseInt(args[3]) : 1_000;
				results.put("query", QueryBenchmark.run(stack, teams, cases, queries,
						vn.hoagiai.contracts.units.AdministrativeUnits.Scope.NATIONAL));
			}
			if (which.equals("ondemand")) {
				int teams = (args.length > 1) ? Integer.parseInt(args[1]) : 20_000;
				int queries = (args.length > 2) ? Integer.parseInt(args[2]) : 1_000;
				int cases = (args.length > 3) ? Integer.parseInt(args[3]) : 0;
				results.put("ondemand", OnDemandBenchmark.run(stack, teams, queries, cases,
						vn.hoagiai.contracts.units.AdministrativeUnits.Scope.NATIONAL));
			}
			if (which.equals("gateway")) {
				int seconds = (args.length > 1) ? Integer.parseInt(args[1]) : 15;
				int runs = (args.length > 2) ? Integer.parseInt(args[2]) : 3;
				results.put("gateway", gateway(stack, seconds, runs));
			}
			if (which.equals("rebuild")) {
				int events = (args.length > 1) ? Integer.parseInt(args[1]) : 1_000_000;
				int runs = (args.length > 2) ? Integer.parseInt(args[2]) : 2;
				results.put("rebuild", rebuild(stack, events, runs));
			}
			if (which.equals("registry")) {
				int teams = (args.length > 1) ? Integer.parseInt(args[1]) : 90_000;
				int queries = (args.length > 2) ? Integer.parseInt(args[2]) : 500;
				int importRuns = (args.length > 3) ? Integer.parseInt(args[3]) : 2;
				results.put("registry", RegistryBenchmark.run(stack, teams, queries, importRuns,
						vn.hoagiai.contracts.units.AdministrativeUnits.Scope.NATIONAL));
			}
			save.run();
			System.out.println(toJson(results));
		}
	}

	// ---------------------------------------------------------------- all

	/** The events in the source topic when {@code ./bench all} asks for the rebuild (row 5's size). */
	static final int REBUILD_EVENTS = 1_000_000;

	/**
	 * Every benchmark on one stack (the national unit list), one after the other, the first three and
	 * the rebuild at their documented sizes and the national-scale ones smaller, so that the whole run
	 * takes under 20 minutes here: ingest 100,000 events (3 runs), freshness 20 s at each rate, gateway
	 * 10 s (3 runs of each side), the rebuild over {@value #REBUILD_EVENTS} events in the source topic
	 * (those of the benchmarks before it and new ones up to that number; 2 runs), the rollup beside on
	 * demand (2,000 teams imported across the country), the registry's import of 100,000 rows (1 warm-up
	 * and 2 runs into Bình Định) and its list pages over Hà Nội's teams at the country's density, and the
	 * province page (2,000 teams and 5,000 cases published). Each benchmark adds what it sends to what
	 * the rollup counts already and checks that the figures come out exactly. The results are written
	 * after each benchmark ({@code save}), with the minutes each took, so that a run that fails late
	 * keeps what it measured.
	 */
	static void all(DevStack stack, Map<String, Object> results, Runnable save) throws Exception {
		long started = System.nanoTime();
		AdministrativeUnits.Scope scope = AdministrativeUnits.Scope.NATIONAL;
		Map<String, Object> minutes = new LinkedHashMap<>();
		results.put("minutes", minutes);
		Part part = (name, benchmark) -> {
			long partStarted = System.nanoTime();
			results.put(name, benchmark.call());
			minutes.put(name, Math.round(seconds(partStarted) / 6) / 10.0);
			minutes.remove("all"); // last in the file
			minutes.put("all", Math.round(seconds(started) / 6) / 10.0);
			save.run();
		};
		part.run("ingest", () -> ingest(stack, 100_000, 3));
		part.run("freshness", () -> freshness(stack, 20));
		part.run("gateway", () -> gateway(stack, 10, 3));
		long inSource = endOffsets(stack).values().stream().mapToLong(Long::longValue).sum();
		part.run("rebuild", () -> rebuild(stack, (int) Math.max(0, REBUILD_EVENTS - inSource), 2));
		// The aggregation reads every team of the collection (the embedded store has no index but _id), so
		// the on-demand comparison comes before the registry's 50,000 teams; both before the query
		// benchmark, which publishes teams straight to the topic, where the registry never holds them.
		part.run("ondemand", () -> OnDemandBenchmark.run(stack, 2_000, 300, 0, scope));
		// The lists over Hà Nội, every commune at the country's density.
		int hanoi = RegistryBenchmark.NATIONAL_DENSITY
				* RegistryBenchmark.communesByProvince(AdministrativeUnits.load(scope)).get("01").size();
		part.run("registry",
				() -> RegistryBenchmark.run(stack, 3 * RegistryBenchmark.TEAMS_PER_FILE + hanoi, 300, 2, scope));
		part.run("query", () -> QueryBenchmark.run(stack, 2_000, 5_000, 300, scope));
	}

	/** One benchmark of {@link #all}: runs it, keeps its result and minutes, saves. */
	@FunctionalInterface
	private interface Part {

		void run(String name, java.util.concurrent.Callable<Map<String, Object>> benchmark) throws Exception;

	}

	// ---------------------------------------------------------------- ingest

	/**
	 * Rollup ingest: with reporting-service stopped, {@code events} new cases are published; a plain
	 * consumer reads them (the ceiling); then reporting-service starts and its topology's committed
	 * offsets are watched until it has processed them all. The ratio is the topology's rate over the
	 * plain consumer's.
	 */
	public static Map<String, Object> ingest(DevStack stack, int events, int runs) throws Exception {
		List<Double> consumer = new ArrayList<>();
		List<Double> topology = new ArrayList<>();
		long expectedReceived = figure(stack, "52", "casesReceived");
		for (int run = 0; run <= runs; run++) {
			stack.stop(DevStack.Service.REPORTING);
			Map<TopicPartition, Long> start = endOffsets(stack);
			publish(stack, events, "ingest-" + run);
			expectedReceived += events;
			Map<TopicPartition, Long> end = endOffsets(stack);
			double plain = plainConsumerRate(stack, start, end);
			stack.launch(DevStack.Service.REPORTING, Map.of());
			String profile = Profiler.requested();
			if (profile != null && run == runs) {
				Profiler.start(stack.pid(DevStack.Service.REPORTING), "ingest", profile);
			}
			double streams = topologyRate(stack, start, end);
			if (profile != null && run == runs) {
				Profiler.stop(stack.pid(DevStack.Service.REPORTING), "ingest", profile);
			}
			stack.awaitReady(DevStack.Service.REPORTING);
			awaitExact(stack, "52", "casesReceived", expectedReceived);
			if (run > 0) { // run 0 warms up
				consumer.add(plain);
				topology.add(streams);
			}
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("events", events);
		result.put("runs", runs);
		result.put("plainConsumerEventsPerSecond", summary(consumer));
		result.put("topologyEventsPerSecond", summary(topology));
		result.put("ratio", Math.round(median(topology) / median(consumer) * 1000) / 1000.0);
		result.put("target", 0.25);
		return result;
	}

	// ---------------------------------------------------------------- gateway

	/** wrk's "Requests/sec:" line. */
	private static final Pattern WRK_RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

	/** wrk's latency distribution line for the 99th percentile, e.g. "99%   12.34ms". */
	private static final Pattern WRK_P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");

	/**
	 * Gateway cost: the province's rollup ({@code GET /api/reporting/rollups/52}, an analyst's token) read
	 * with wrk through the gateway, through its Web MVC variant ({@code gateway-mvc}, measured only, never
	 * shipped) and straight from reporting-service, in turn, {@code runs} times each after a warm-up;
	 * requests/s and p99 of each, and each gateway's share of the direct throughput. Both gateways run
	 * with their per-user rate limit lifted (the limiter itself stays in the path, as do the token check,
	 * the circuit breaker and the time limiter); every answer must be a 200. The Web MVC gateway is
	 * started here, from its jar, with the stack's JVM options, and stopped at the end.
	 */
	public static Map<String, Object> gateway(DevStack stack, int seconds, int runs) throws Exception {
		stack.stop(DevStack.Service.GATEWAY);
		Map<String, String> environment = new HashMap<>(
				Map.of("HOAGIAI_RATE_LIMIT_PER_USER", "1000000000", "HOAGIAI_RATE_LIMIT_PER_CLIENT", "1000000000"));
		String profile = Profiler.requested();
		if (profile != null) {
			// Whole stacks in the recording: a reactive request's frames run deeper than JFR's 64.
			environment.put("JAVA_TOOL_OPTIONS", "-XX:FlightRecorderOptions:stackdepth=1024");
		}
		stack.launch(DevStack.Service.GATEWAY, environment);
		stack.awaitReady(DevStack.Service.GATEWAY);
		int mvcPort = DevStack.Ports.freePort();
		int mvcManagementPort = DevStack.Ports.freePort();
		Process gatewayMvc = launchGatewayMvc(stack, environment, mvcPort, mvcManagementPort);
		try {
			awaitGatewayMvc(stack, gatewayMvc, mvcManagementPort);
			publish(stack, 100, "gateway");
			String path = "/api/reporting/rollups/52";
			String token = token(stack);
			Map<String, String> urls = new LinkedHashMap<>();
			urls.put("direct", stack.serviceUrl(DevStack.Service.REPORTING) + path);
			urls.put("gateway", stack.gatewayUrl() + path);
			urls.put("gatewayMvc", "http://localhost:" + mvcPort + path);
			// Warm-up: the gateways were just started, and until its JIT has compiled the request path a
			// gateway's compiler threads take a good part of the two cores (measured with JFR: BENCHMARKS.md).
			// A run of a few seconds (CI's smoke test) only checks that everything answers.
			int warmUp = (seconds < 5) ? seconds : Math.max(30, seconds);
			for (String url : urls.values()) {
				wrk(url, token, warmUp);
			}
			Map<String, List<Double>> rates = new LinkedHashMap<>();
			Map<String, List<Double>> p99 = new LinkedHashMap<>();
			for (int run = 0; run < runs; run++) {
				for (Map.Entry<String, String> url : urls.entrySet()) {
					String side = url.getKey();
					Long pid = switch (side) {
						case "gateway" -> stack.pid(DevStack.Service.GATEWAY);
						case "gatewayMvc" -> gatewayMvc.pid();
						default -> null;
					};
					boolean profiled = profile != null && run == runs - 1 && pid != null;
					if (profiled) {
						Profiler.start(pid, side, profileOf(side, profile));
					}
					double[] measured = wrk(url.getValue(), token, seconds);
					if (profiled) {
						Profiler.stop(pid, side, profileOf(side, profile));
					}
					rates.computeIfAbsent(side, (k) -> new ArrayList<>()).add(measured[0]);
					p99.computeIfAbsent(side, (k) -> new ArrayList<>()).add(measured[1]);
				}
			}
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("query", "GET " + path);
			result.put("seconds", seconds);
			result.put("runs", runs);
			result.put("directRequestsPerSecond", summary(rates.get("direct")));
			result.put("gatewayRequestsPerSecond", summary(rates.get("gateway")));
			result.put("gatewayMvcRequestsPerSecond", summary(rates.get("gatewayMvc")));
			result.put("directP99Millis", summary(p99.get("direct")));
			result.put("gatewayP99Millis", summary(p99.get("gateway")));
			result.put("gatewayMvcP99Millis", summary(p99.get("gatewayMvc")));
			result.put("ratio", Math.round(median(rates.get("gateway")) / median(rates.get("direct")) * 1000) / 1000.0);
			result.put("ratioMvc",
					Math.round(median(rates.get("gatewayMvc")) / median(rates.get("direct")) * 1000) / 1000.0);
			result.put("target", 0.6);
			return result;
		}
		finally {
			gatewayMvc.destroy();
			if (!gatewayMvc.waitFor(30, TimeUnit.SECONDS)) {
				gatewayMvc.destroyForcibly();
				gatewayMvc.waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

	/**
	 * Starts the Web MVC gateway ({@code gateway-mvc/target/gateway-mvc.jar}) in front of the stack's
	 * services as the stack starts its gateway: the same java, JVM options and environment, with
	 * {@code extraEnvironment} on top, its own ports; it ends with this JVM. Its output goes to the
	 * stack's logs folder.
	 */
	static Process launchGatewayMvc(DevStack stack, Map<String, String> extraEnvironment, int port,
			int managementPort) throws IOException {
		Path jar = stack.options().root().resolve("gateway-mvc/target/gateway-mvc.jar");
		if (!Files.exists(jar)) {
			throw new IllegalStateException("Build first: " + jar + " is missing (./mvnw -DskipTests install)");
		}
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(stack.options().javaOptions());
		command.add("-Dhoagiai.parent-pid=" + ProcessHandle.current().pid());
		command.add("-jar");
		command.add(jar.toAbsolutePath().toString());
		Path log = stack.options().dataDir().resolve("logs").resolve("gateway-mvc.log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(stack.gatewayEnvironment(port, managementPort));
		builder.environment().putAll(extraEnvironment);
		return builder.start();
	}

	/** Waits until the Web MVC gateway's health check answers UP, as the stack waits for its applications. */
	static void awaitGatewayMvc(DevStack stack, Process gatewayMvc, int managementPort) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		Path log = stack.options().dataDir().resolve("logs").resolve("gateway-mvc.log");
		long deadline = System.nanoTime() + stack.options().readyTimeout().toNanos();
		while (System.nanoTime() < deadline) {
			if (!gatewayMvc.isAlive()) {
				throw new IllegalStateException("gateway-mvc exited with " + gatewayMvc.exitValue() + "; see " + log);
			}
			try {
				HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException(
				"gateway-mvc was not ready within " + stack.options().readyTimeout() + "; see " + log);
	}

	/** Runs wrk (2 threads, 16 connections) and returns requests/s and the p99 in milliseconds. */
	static double[] wrk(String url, String token, int seconds) throws Exception {
		Process wrk = new ProcessBuilder("wrk", "-t2", "-c16", "-d" + seconds + "s", "--latency", "-H",
				"Authorization: Bearer " + token, url)
			.redirectErrorStream(true)
			.start();
		String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (wrk.waitFor() != 0) {
			throw new IllegalStateException("wrk failed: " + output);
		}
		if (output.contains("Non-2xx or 3xx responses")) {
			throw new IllegalStateException("WRONG: answers other than 200 from " + url + ":\n" + output);
		}
		Matcher rate = WRK_RATE.matcher(output);
		Matcher tail = WRK_P99.matcher(output);
		if (!rate.find() || !tail.find()) {
			throw new IllegalStateException("Cannot read wrk's output:\n" + output);
		}
		double value = Double.parseDouble(tail.group(1));
		double millis = switch (tail.group(2)) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			default -> value;
		};
		return new double[] { Double.parseDouble(rate.group(1)), millis };
	}

	// ---------------------------------------------------------------- rebuild

	/**
	 * The one-call rebuild: {@code events} new cases are published and counted live; then the province
	 * asks for a rebuild and the time until queries read the new generation is measured (reading every
	 * source from the beginning, draining the internal topics, storing the figures), {@code runs} times,
	 * each a new generation over the same events. The live count of those events warms up the code every
	 * generation runs (the same topology in the same JVM). Every rebuilt province figure must equal the
	 * live one.
	 */
	public static Map<String, Object> rebuild(DevStack stack, int events, int runs) throws Exception {
		long expected = figure(stack, "52", "casesReceived") + events;
		long published = System.nanoTime();
		publish(stack, events, "rebuild");
		double publishSeconds = seconds(published);
		awaitExact(stack, "52", "casesReceived", expected);
		long total = 0;
		for (long offset : endOffsets(stack).values()) {
			total += offset;
		}
		JsonHttp admin = new JsonHttp(stack.gatewayUrl()).as(adminToken(stack));
		List<Double> times = new ArrayList<>();
		for (int run = 0; run < runs; run++) {
			long before = admin.get("/api/reporting/rollups/rebuild").json().get("currentGeneration").asLong();
			long asked = System.nanoTime();
			JsonHttp.Answer answer = admin.post("/api/reporting/rollups/rebuild", Map.of());
			if (answer.status() != 201) {
				throw new IllegalStateException("The rebuild answered " + answer.status() + ": " + answer.text());
			}
			long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
			while (admin.get("/api/reporting/rollups/rebuild").json().get("currentGeneration").asLong() == before) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("The rebuild did not finish within 30 minutes");
				}
				Thread.sleep(200);
			}
			double rebuildSeconds = seconds(asked);
			awaitExact(stack, "52", "casesReceived", expected);
			times.add(rebuildSeconds);
		}
		List<Double> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		Map<String, Object> seconds = new LinkedHashMap<>();
		seconds.put("median", Math.round(median(sorted) * 10) / 10.0);
		seconds.put("min", Math.round(sorted.get(0) * 10) / 10.0);
		seconds.put("max", Math.round(sorted.get(sorted.size() - 1) * 10) / 10.0);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("eventsPublished", events);
		result.put("eventsInSourceTopic", total);
		result.put("publishSeconds", Math.round(publishSeconds * 10) / 10.0);
		result.put("runs", runs);
		result.put("rebuildSeconds", seconds);
		result.put("eventsPerSecond", Math.round(total / median(sorted)));
		result.put("rebuiltEqualsLive", true);
		result.put("target", "< 60 s for 1,000,000 events");
		return result;
	}

	static String adminToken(DevStack stack) {
		try {
			RSAKey key = RSAKey.parse(Files.readString(stack.signingKeyFile()));
			return TestTokens.withKey(key, stack.issuer() + "/oauth2/jwks").token("PROVINCE_ADMIN", "52", stack.issuer());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The profile's file for one side of the gateway benchmark: the Web MVC gateway's gets "-mvc". */
	static String profileOf(String side, String profile) {
		return side.equals("gateway") ? profile : profile.replaceFirst("(\\.[a-z]+)?$", "-mvc$1");
	}

	static double plainConsumerRate(DevStack stack, Map<TopicPartition, Long> start, Map<TopicPartition, Long> end) {
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				stack.kafkaBootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "bench-plain-" + UUID.randomUUID(),
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.assign(start.keySet());
			start.forEach(consumer::seek);
			long count = 0;
			long total = end.entrySet().stream().mapToLong((e) -> e.getValue() - start.get(e.getKey())).sum();
			long began = System.nanoTime();
			while (count < total) {
				count += consumer.poll(Duration.ofMillis(200)).count();
			}
			return total / seconds(began);
		}
	}

	static double topologyRate(DevStack stack, Map<TopicPartition, Long> start, Map<TopicPartition, Long> end)
			throws Exception {
		long total = end.entrySet().stream().mapToLong((e) -> e.getValue() - start.get(e.getKey())).sum();
		long began = 0;
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
			long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
			while (System.nanoTime() < deadline) {
				Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(STREAMS_GROUP)
					.partitionsToOffsetAndMetadata()
					.get();
				long done = 0;
				for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
					OffsetAndMetadata offset = committed.get(partition.getKey());
					long position = (offset == null) ? start.get(partition.getKey()) : offset.offset();
					done += Math.max(0, Math.min(position, partition.getValue()) - start.get(partition.getKey()));
				}
				if (began == 0 && done > 0) {
					began = System.nanoTime();
				}
				if (done >= total) {
					return total / seconds(began);
				}
				Thread.sleep(50);
			}
		}
		throw new IllegalStateException("The topology did not process " + total + " events in 10 minutes");
	}

	// ---------------------------------------------------------------- freshness

	/**
	 * Freshness: events published at 100 and then 1,000 a second; the change feed is read through the
	 * gateway with a token, and each change's delay is the time it arrives minus the time of the newest
	 * event it counts. (Changes of one unit within one commit interval are merged, so an older event
	 * merged into a change waited longer, by at most the interval.)
	 */
	public static Map<String, Object> freshness(DevStack stack, int seconds) throws Exception {
		Map<String, Object> result = new LinkedHashMap<>();
		for (int rate : new int[] { 100, 1000 }) {
			long before = figure(stack, "52", "casesReceived");
			List<Long> delays = new CopyOnWriteArrayList<>();
			Thread feed = followFeed(stack, delays);
			Thread.sleep(2000);
			int sent = publishAtRate(stack, rate, seconds, "fresh-" + rate);
			awaitExact(stack, "52", "casesReceived", before + sent);
			Thread.sleep(1000);
			feed.interrupt();
			List<Long> sorted = new ArrayList<>(delays);
			Collections.sort(sorted);
			Map<String, Object> figures = new LinkedHashMap<>();
			figures.put("eventsPerSecond", rate);
			figures.put("events", sent);
			figures.put("changesSeen", sorted.size());
			figures.put("p50Ms", percentile(sorted, 0.50));
			figures.put("p99Ms", percentile(sorted, 0.99));
			figures.put("targetP99Ms", 500);
			result.put(rate + "PerSecond", figures);
		}
		return result;
	}

	static Thread followFeed(DevStack stack, List<Long> delays) {
		String token = token(stack);
		Thread thread = new Thread(() -> {
			try {
				HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
					.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/reporting/rollups/changes"))
						.header("Authorization", "Bearer " + token)
						.header("Accept", "text/event-stream")
						.build(), HttpResponse.BodyHandlers.ofInputStream());
				Pattern eventTime = Pattern.compile("\"eventTime\":\"([^\"]+)\"");
				try (BufferedReader lines = new BufferedReader(
						new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
					String line;
					while (!Thread.currentThread().isInterrupted() && (line = lines.readLine()) != null) {
						Matcher matcher = eventTime.matcher(line);
						if (line.startsWith("data:") && matcher.find()) {
							delays.add(Duration.between(Instant.parse(matcher.group(1)), Instant.now()).toMillis());
						}
					}
				}
			}
			catch (IOException ex) {
				// the feed ends when the benchmark stops following it
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "bench-feed");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	// ---------------------------------------------------------------- shared

	static final List<String> COMMUNES = AdministrativeUnits.load(AdministrativeUnits.Scope.BINH_DINH)
		.inHierarchy(AdministrativeUnits.THREE_TIER_VERSION)
		.stream()
		.filter((unit) -> unit.level() == UnitLevel.COMMUNE)
		.map(AdministrativeUnit::code)
		.toList();

	static KafkaProducer<String, byte[]> producer(DevStack stack) {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
				ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.BATCH_SIZE_CONFIG, 65536, ProducerConfig.ACKS_CONFIG,
				"all"), new StringSerializer(), new ByteArraySerializer());
	}

	static void publish(DevStack stack, int events, String prefix) {
		try (KafkaProducer<String, byte[]> producer = producer(stack)) {
			for (int i = 0; i < events; i++) {
				producer.send(caseRecord(prefix + "-" + i, i));
			}
			producer.flush();
		}
	}

	static int publishAtRate(DevStack stack, int perSecond, int seconds, String prefix) throws InterruptedException {
		int total = perSecond * seconds;
		long began = System.nanoTime();
		try (KafkaProducer<String, byte[]> producer = producer(stack)) {
			for (int i = 0; i < total; i++) {
				long due = began + (long) i * 1_000_000_000L / perSecond;
				long wait = due - System.nanoTime();
				if (wait > 0) {
					Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
				}
				producer.send(caseRecord(prefix + "-" + i, i));
			}
			producer.flush();
		}
		return total;
	}

	static org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> caseRecord(String caseId, int i) {
		CaseState state = new CaseState(caseId, 1, COMMUNES.get(i % COMMUNES.size()), CaseField.values()[i % 6],
				LocalDate.of(2026, 6, 1), CaseStatus.RECEIVED, null, null, null);
		return EventCodec.toRecord(SOURCE, caseId, new EventCodec.OutgoingEvent(UUID.randomUUID().toString(),
				EventType.CASE_RECEIVED, URI.create("/benchmark"), Instant.now(), EventCodec.toJson(state)));
	}

	static Map<TopicPartition, Long> endOffsets(DevStack stack) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
			int partitions = admin.describeTopics(List.of(SOURCE)).allTopicNames().get().get(SOURCE).partitions().size();
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			for (int p = 0; p < partitions; p++) {
				latest.put(new TopicPartition(SOURCE, p), OffsetSpec.latest());
			}
			Map<TopicPartition, Long> offsets = new HashMap<>();
			admin.listOffsets(latest).all().get().forEach((partition, info) -> offsets.put(partition, info.offset()));
			return offsets;
		}
	}

	static String token(DevStack stack) {
		try {
			RSAKey key = RSAKey.parse(Files.readString(stack.signingKeyFile()));
			return TestTokens.withKey(key, stack.issuer() + "/oauth2/jwks").token("ANALYST", "52", stack.issuer());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A figure of a unit's rollup, read straight from reporting-service (the gateway limits a user's rate). */
	static long figure(DevStack stack, String unit, String name) {
		JsonHttp.Answer answer = new JsonHttp(stack.serviceUrl(DevStack.Service.REPORTING)).as(token(stack))
			.get("/api/reporting/rollups/" + unit);
		if (answer.status() != 200) {
			throw new IllegalStateException("The rollup answered " + answer.status() + ": " + answer.text());
		}
		return answer.json().get("figures").get(name).asLong();
	}

	static void awaitExact(DevStack stack, String unit, String name, long expected) throws InterruptedException {
		awaitExact(stack, name, Map.of(unit, expected));
	}

	/**
	 * Fails loudly unless the figure of every unit reaches exactly the expected value and stays there
	 * for a second. Patience is measured in progress, not in time: a backlog at national scale takes as
	 * long as it takes, but figures that have not moved for five minutes will not come right. The units
	 * are read together (those not yet exact each round), and the second's confirmation is taken once for
	 * all of them: the time this takes is what the rollup took, not the benchmark's own waiting.
	 */
	static void awaitExact(DevStack stack, String name, Map<String, Long> expected) throws InterruptedException {
		Duration patience = Duration.ofMinutes(5);
		long deadline = System.nanoTime() + patience.toNanos();
		Map<String, Long> seen = new LinkedHashMap<>();
		Set<String> pending = new LinkedHashSet<>(expected.keySet());
		while (System.nanoTime() < deadline) {
			for (String unit : pending) {
				long now = figure(stack, unit, name);
				Long before = seen.put(unit, now);
				if (before == null || before != now) {
					deadline = System.nanoTime() + patience.toNanos();
				}
			}
			pending.removeIf((unit) -> seen.get(unit).equals(expected.get(unit)));
			if (pending.isEmpty()) {
				Thread.sleep(1000);
				for (String unit : expected.keySet()) {
					seen.put(unit, figure(stack, unit, name));
				}
				expected.forEach((unit, value) -> {
					if (!seen.get(unit).equals(value)) {
						pending.add(unit);
					}
				});
				if (pending.isEmpty()) {
					return;
				}
			}
			Thread.sleep(200);
		}
		StringBuilder wrong = new StringBuilder();
		for (String unit : pending) {
			wrong.append(" ").append(unit).append(": ").append(seen.get(unit)).append(" (expected exactly ")
				.append(expected.get(unit)).append(")");
		}
		throw new IllegalStateException("WRONG: " + name + " of" + wrong + ", no change for " + patience.toMinutes()
				+ " minutes");
	}

	/** The consumer groups that store the rollup's records in MongoDB, by the topic they read. */
	static final Map<String, String> WRITERS = Map.of("reporting.rollup", "rollup-writer", "reporting.rollup-by-month",
			"rollup-by-month-writer");

	/**
	 * Waits until the rollup writers have stored every record there is (their committed offsets at the
	 * end of their topics): then timed reads meet a quiet store. Patient while they move, as
	 * {@link #awaitExact} is.
	 * @return the seconds waited
	 */
	static double awaitWritersIdle(DevStack stack) throws Exception {
		long started = System.nanoTime();
		Duration patience = Duration.ofMinutes(5);
		long deadline = System.nanoTime() + patience.toNanos();
		long behind = Long.MAX_VALUE;
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
			while (System.nanoTime() < deadline) {
				long now = 0;
				for (Map.Entry<String, String> writer : WRITERS.entrySet()) {
					Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(writer.getValue())
						.partitionsToOffsetAndMetadata()
						.get();
					int partitions = admin.describeTopics(List.of(writer.getKey())).allTopicNames().get()
						.get(writer.getKey()).partitions().size();
					Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
					for (int p = 0; p < partitions; p++) {
						latest.put(new TopicPartition(writer.getKey(), p), OffsetSpec.latest());
					}
					for (var end : admin.listOffsets(latest).all().get().entrySet()) {
						OffsetAndMetadata at = committed.get(end.getKey());
						now += end.getValue().offset() - ((at != null) ? at.offset() : 0);
					}
				}
				if (now == 0) {
					return seconds(started);
				}
				if (now < behind) {
					deadline = System.nanoTime() + patience.toNanos();
				}
				behind = Math.min(behind, now);
				Thread.sleep(1000);
			}
		}
		throw new IllegalStateException("WRONG: the rollup writers stayed " + behind + " records behind for "
				+ patience.toMinutes() + " minutes");
	}

	static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	static Map<String, Object> summary(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("median", Math.round(median(sorted)));
		summary.put("min", Math.round(sorted.get(0)));
		summary.put("max", Math.round(sorted.get(sorted.size() - 1)));
		return summary;
	}

	static long percentile(List<Long> sorted, double p) {
		if (sorted.isEmpty()) {
			throw new IllegalStateException("WRONG: no change reached the feed");
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
	}

	static String toJson(Object value) {
		return tools.jackson.databind.json.JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(value);
	}

}
