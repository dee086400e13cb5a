package vn.hoagiai.registry.team;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.testsupport.TopicReader;
import vn.hoagiai.testsupport.UsesInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event a change causes is published in the trace of the work that made the change, although the
 * relay publishes it later on a thread of its own: its record's {@code traceparent} names the producer
 * span of the send, a child of the span that stored the event.
 */
@SpringBootTest
@UsesInfrastructure
class OutboxTracingIntegrationTests {

	@Autowired
	TeamRepository teams;

	@Autowired
	Tracer tracer;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	@Test
	void anEventIsPublishedInTheTraceOfTheRequestThatCausedItUnderAProducerSpanOfItsOwn() {
		MediationTeam team = OutboxMarksIntegrationTests.team();
		Span request = this.tracer.nextSpan().name("http post /api/registry/teams").start();
		try (Tracer.SpanInScope scope = this.tracer.withSpan(request)) {
			this.teams.add(team);
		}
		finally {
			request.end();
		}

		String traceparent = traceparentOf(team.id());

		assertThat(traceparent).matches("00-" + request.context().traceId() + "-[0-9a-f]{16}-01");
		assertThat(traceparent.split("-")[2]).as("the producer span's own id").isNotEqualTo(request.context().spanId());
	}

	@Test
	void anEventCausedOutsideAnyTraceIsPublishedInATraceOfItsOwn() {
		MediationTeam team = OutboxMarksIntegrationTests.team();
		this.teams.add(team);

		assertThat(traceparentOf(team.id())).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
	}

	String traceparentOf(String teamId) {
		List<ConsumerRecord<String, byte[]>> published = new java.util.ArrayList<>();
		await().untilAsserted(() -> {
			published.clear();
			TopicReader.readAll(this.kafka, Topic.REGISTRY_TEAMS.topicName())
				.stream()
				.filter((record) -> teamId.equals(record.key()))
				.forEach(published::add);
			assertThat(published).hasSize(1);
		});
		Header header = published.get(0).headers().lastHeader("traceparent");
		assertThat(header).as("the traceparent header").isNotNull();
		assertThat(published.get(0).headers().headers("traceparent")).as("one traceparent header").hasSize(1);
		return new String(header.value(), StandardCharsets.UTF_8);
	}

}
