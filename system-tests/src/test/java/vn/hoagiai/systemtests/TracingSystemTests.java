package vn.hoagiai.systemtests;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.devstack.DevStack;
import vn.hoagiai.systemtests.SpanCollector.Span;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One request followed across the whole system in one trace: the gateway, the registry's handling of
 * it, the outbox relay's Kafka send (however much later it runs) and the consumers of the event. The
 * stack exports its spans over OTLP/HTTP to a collector in this JVM ({@link RunningStack#spans()}); each
 * trace is printed as a tree in the test output.
 */
class TracingSystemTests {

	static DevStack stack;

	static JsonHttp gateway;

	static SpanCollector collector;

	@BeforeAll
	static void startTheStack() {
		stack = RunningStack.get();
		collector = RunningStack.spans();
		gateway = new JsonHttp(stack.gatewayUrl()).as(RunningStack.token("PROVINCE_ADMIN", "52"));
	}

	static final Predicate<Span> GATEWAY_REQUEST = span("gateway", "SERVER");

	static final Predicate<Span> REGISTRY_REQUEST = span("registry-service", "SERVER");

	static final Predicate<Span> RELAY_SEND = span("registry-service", "PRODUCER")
		.and((span) -> span.name().contains(Topic.REGISTRY_TEAMS.topicName()));

	static final Predicate<Span> TRAINING_LISTENER = span("training-service", "CONSUMER");

	static final Predicate<Span> REPORTING_SPAN = (span) -> span.service().equals("reporting-service");

	@Test
	void aTeamRegisteredThroughTheGatewayIsOneTraceFromTheGatewayThroughTheOutboxAndKafkaToTrainingsListener() {
		String team = registerATeam("Tổ dân phố 3");
		ConsumerRecord<String, byte[]> event = publishedEvent(team);
		String traceparent = header(event, "traceparent")
			.orElseThrow(() -> new AssertionError("the event of team " + team + " has no traceparent header"));
		String traceId = traceparent.split("-")[1];

		List<Span> trace = awaitTrace(traceId, GATEWAY_REQUEST, REGISTRY_REQUEST, RELAY_SEND, TRAINING_LISTENER);

		Span send = only(trace, RELAY_SEND);
		// The record carries the producer span's own context: its consumers are its children.
		assertThat(traceparent).isEqualTo("00-" + traceId + "-" + send.spanId() + "-01");
		Span received = only(trace, TRAINING_LISTENER);
		assertThat(lineage(received, trace)).as("from training's listener up to the root")
			.filteredOn(GATEWAY_REQUEST.or(REGISTRY_REQUEST).or(RELAY_SEND).or(TRAINING_LISTENER))
			.containsExactly(received, send, only(trace, REGISTRY_REQUEST), only(trace, GATEWAY_REQUEST));
		assertThat(only(trace, GATEWAY_REQUEST).parentSpanId()).as("the gateway starts the trace").isEmpty();
	}

	@Test
	void theRollupUpdateJoinsTheTrace() {
		String team = registerATeam("Tổ dân phố 4");
		String traceId = header(publishedEvent(team), "traceparent").orElseThrow().split("-")[1];

		List<Span> trace = awaitTrace(traceId, GATEWAY_REQUEST, RELAY_SEND, REPORTING_SPAN);

		Span rollup = trace.stream().filter(REPORTING_SPAN).findFirst().orElseThrow();
		assertThat(lineage(rollup, trace)).as("from reporting-service up to the root")
			.filteredOn(GATEWAY_REQUEST.or(RELAY_SEND))
			.containsExactly(only(trace, RELAY_SEND), only(trace, GATEWAY_REQUEST));
	}

	/** Registers a team through the gateway in Phường Đống Đa (21556, Quy Nhơn); returns its id. */
	static String registerATeam(String village) {
		JsonHttp.Answer created = gateway.post("/api/registry/teams", WalkingSkeletonSystemTests.team("21556", village));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	static ConsumerRecord<String, byte[]> publishedEvent(String teamId) {
		List<ConsumerRecord<String, byte[]>> events = new ArrayList<>();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			events.clear();
			TopicReader.readAll(stack.kafkaBootstrapServers(), Topic.REGISTRY_TEAMS.topicName())
				.stream()
				.filter((record) -> teamId.equals(record.key()))
				.forEach(events::add);
			assertThat(events).hasSize(1);
		});
		return events.get(0);
	}

	/** Waits until the trace has a span of each kind, then prints it; prints what arrived if it never does. */
	@SafeVarargs
	static List<Span> awaitTrace(String traceId, Predicate<Span>... expected) {
		try {
			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
				List<Span> trace = collector.trace(traceId);
				for (Predicate<Span> each : expected) {
					assertThat(trace).anyMatch(each);
				}
			});
		}
		finally {
			List<Span> trace = collector.trace(traceId);
			System.out.printf("%nTrace %s: %d spans (%d received in all)%n%s%n", traceId, trace.size(),
					collector.size(), SpanCollector.tree(trace));
		}
		return collector.trace(traceId);
	}

	/** The span, its parent, its parent's parent... up to the root of the trace. */
	static List<Span> lineage(Span span, List<Span> trace) {
		List<Span> lineage = new ArrayList<>();
		Optional<Span> next = Optional.of(span);
		while (next.isPresent() && lineage.size() <= trace.size()) {
			Span current = next.get();
			lineage.add(current);
			next = trace.stream().filter((candidate) -> candidate.spanId().equals(current.parentSpanId())).findFirst();
		}
		return lineage;
	}

	static Span only(List<Span> trace, Predicate<Span> which) {
		List<Span> matching = trace.stream().filter(which).toList();
		assertThat(matching).hasSize(1);
		return matching.get(0);
	}

	static Predicate<Span> span(String service, String kind) {
		return (span) -> span.service().equals(service) && span.kind().equals(kind);
	}

	static Optional<String> header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return Optional.ofNullable(header).map((found) -> new String(found.value(), StandardCharsets.UTF_8));
	}

}
