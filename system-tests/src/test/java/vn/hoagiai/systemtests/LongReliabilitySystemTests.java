package vn.hoagiai.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.hoagiai.contracts.events.CaseState;
import vn.hoagiai.devstack.DevStack;
import vn.hoagiai.testsupport.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The long reliability scenarios (RELIABILITY.md), not run on every build: five kills of
 * reporting-service under load, one CPU at 1,000 events a second, and the soak. Command:
 * {@code ./mvnw -B -ntp -pl system-tests verify -Dgroups=long -DexcludedGroups=none} (after a
 * {@code ./mvnw -B -ntp -DskipTests install}); the soak lasts {@code -Dsoak.minutes} (30 by default).
 * The same ledger and oracle as {@link ReliabilitySystemTests}.
 */
@Tag("long")
class LongReliabilitySystemTests {

	@Test
	void killingTheReportingServiceFiveTimesAtAHundredEventsASecondLosesNothingAndCountsNothingTwice()
			throws Exception {
		// Two minutes of load; a kill every few seconds after the previous instance is back, so all five
		// land while events keep coming.
		ReliabilitySystemTests.killTheReportingServiceUnderLoad(5, 12_000, Duration.ofSeconds(4));
	}

	@Test
	void oneCpuAtAThousandEventsASecondIsSlowerButNeverWrong() throws Exception {
		DevStack stack = RunningStack.get();
		JsonHttp gateway = new JsonHttp(stack.gatewayUrl()).as(RunningStack.token("PROVINCE_ADMIN", "52"));
		stack.stop(DevStack.Service.REPORTING);
		stack.launch(DevStack.Service.REPORTING, Map.of("JAVA_TOOL_OPTIONS", "-XX:ActiveProcessorCount=1"));
		stack.awaitReady(DevStack.Service.REPORTING);
		try {
			Map<String, Long> before = ReliabilitySystemTests.figures(gateway);
			Map<String, CaseState> ledger = new ConcurrentHashMap<>();
			Set<String> poison = ConcurrentHashMap.newKeySet();
			long started = System.nanoTime();
			int sent = ReliabilitySystemTests.produce(stack, UUID.randomUUID().toString().substring(0, 6), ledger, poison,
					20_000, 1_000, false);
			double publishSeconds = Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0;
			Map<String, Long> expected = ReliabilitySystemTests.plus(before, ReliabilitySystemTests.expected(ledger));
			await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
				.untilAsserted(() -> assertThat(ReliabilitySystemTests.figures(gateway)).isEqualTo(expected));
			long exact = Duration.ofNanos(System.nanoTime() - started).toSeconds();
			System.out.printf("| one CPU (-XX:ActiveProcessorCount=1) at 1,000 events/s | %d events in %.1f s | "
					+ "reporting-service on one processor | %d sent | %d cases counted | 0 | figures exact %d s after the "
					+ "first event |%n", sent, publishSeconds, sent, ledger.size(), exact);
		}
		finally {
			stack.stop(DevStack.Service.REPORTING);
			stack.launch(DevStack.Service.REPORTING, Map.of());
			stack.awaitReady(DevStack.Service.REPORTING);
		}
	}

	@Test
	void aSoakAtAHundredEventsASecondKeepsHeapAndThreadsFlatAndCountsExactly() throws Exception {
		DevStack stack = RunningStack.get();
		JsonHttp gateway = new JsonHttp(stack.gatewayUrl()).as(RunningStack.token("PROVINCE_ADMIN", "52"));
		int minutes = Integer.getInteger("soak.minutes", 30);
		Map<String, Long> before = ReliabilitySystemTests.figures(gateway);
		Map<String, CaseState> ledger = new ConcurrentHashMap<>();
		Set<String> poison = ConcurrentHashMap.newKeySet();
		String run = UUID.randomUUID().toString().substring(0, 6);
		// The first minute warms up; the level measured then is what the end is compared with.
		// No poison here: a megabyte record every fifty events for half an hour measures the disk, and
		// poison has its own scenario. New cases, updates, duplicates and stale versions.
		int warmUp = Math.min(60, minutes * 60 / 5);
		ReliabilitySystemTests.produce(stack, run + "w", ledger, poison, 100 * warmUp, 100, false);
		Map<String, Double> start = health(stack);
		long loadStarted = System.nanoTime();
		int sent = ReliabilitySystemTests.produce(stack, run, ledger, poison, 100 * (minutes * 60 - warmUp), 100, false);
		long loadEnded = System.nanoTime();
		// The first token has expired by now: a person would have signed in again.
		JsonHttp signedInAgain = new JsonHttp(stack.gatewayUrl()).as(RunningStack.token("PROVINCE_ADMIN", "52"));
		Map<String, Long> expected = ReliabilitySystemTests.plus(before, ReliabilitySystemTests.expected(ledger));
		Map<String, Double> end = health(stack);
		await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(ReliabilitySystemTests.figures(signedInAgain)).isEqualTo(expected));
		long caughtUp = Duration.ofNanos(System.nanoTime() - loadEnded).toSeconds();
		System.out.printf("| soak %d min at ~100 events/s | %d events in %d s | — | %d cases counted | 0 | exact %d s "
				+ "after the load; threads %.0f → %.0f, live heap after GC %.0f → %.0f MB |%n", minutes,
				sent + 100 * warmUp, Duration.ofNanos(loadEnded - loadStarted).toSeconds(), ledger.size(), caughtUp,
				start.get("threads"), end.get("threads"), start.get("liveHeap") / 1e6, end.get("liveHeap") / 1e6);
		assertThat(end.get("threads")).as("live threads").isLessThanOrEqualTo(start.get("threads") + 5);
		assertThat(end.get("liveHeap")).as("heap live after the last collection")
			.isLessThanOrEqualTo(Math.max(start.get("liveHeap") * 1.5, start.get("liveHeap") + 64e6));
	}

	/**
	 * reporting-service's live threads and the heap still live after a full collection, asked for first
	 * (without it the first reading may come before any collection of the old generation: 0).
	 */
	static Map<String, Double> health(DevStack stack) throws Exception {
		Process gc = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				String.valueOf(stack.pid(DevStack.Service.REPORTING)), "GC.run")
			.redirectErrorStream(true)
			.start();
		gc.getInputStream().readAllBytes();
		assertThat(gc.waitFor()).as("jcmd GC.run").isZero();
		Thread.sleep(1000);
		String metrics = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(stack.serviceUrl(DevStack.Service.REPORTING) + "/actuator/prometheus"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		return Map.of("threads", metric(metrics, "jvm_threads_live_threads"), "liveHeap",
				metric(metrics, "jvm_gc_live_data_size_bytes"));
	}

	static double metric(String metrics, String name) {
		Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.Ee+-]+)$").matcher(metrics);
		assertThat(m.find()).as(name + " in the metrics").isTrue();
		return Double.parseDouble(m.group(2));
	}

}
