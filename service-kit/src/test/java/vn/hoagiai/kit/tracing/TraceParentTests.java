package vn.hoagiai.kit.tracing;

import io.micrometer.tracing.CurrentTraceContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace context kept with an outbox event and continued when it is published, with the tracer a
 * service runs (Micrometer Tracing over OpenTelemetry, as auto-configured).
 */
class TraceParentTests {

	static final String STORED = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

	final ApplicationContextRunner service = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenTelemetrySdkAutoConfiguration.class,
				OpenTelemetryTracingAutoConfiguration.class, MicrometerTracingAutoConfiguration.class,
				TracingAutoConfiguration.class))
		.withPropertyValues("management.tracing.sampling.probability=1.0", "spring.application.name=test-service");

	@Test
	void theTraceparentOfTheCurrentSpanIsItsW3cTraceContext() {
		this.service.run((context) -> {
			Tracer tracer = context.getBean(Tracer.class);
			assertThat(TraceParent.current()).as("outside any span").isNull();
			Span span = tracer.nextSpan().name("request").start();
			try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
				assertThat(TraceParent.current())
					.isEqualTo("00-" + span.context().traceId() + "-" + span.context().spanId() + "-01");
			}
			finally {
				span.end();
			}
		});
	}

	@Test
	void aResumedTraceparentIsTheParentOfTheSpansStartedInItsScope() {
		this.service.run((context) -> {
			Tracer tracer = context.getBean(Tracer.class);
			try (CurrentTraceContext.Scope resumed = TraceParent.resume(STORED)) {
				Span send = tracer.nextSpan().name("send").start();
				assertThat(send.context().traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
				assertThat(send.context().parentId()).isEqualTo("00f067aa0ba902b7");
				assertThat(send.context().sampled()).isTrue();
				send.end();
			}
			assertThat(tracer.currentSpan()).as("after the scope").isNull();
		});
	}

	@Test
	void aDecisionNotToSampleTravelsWithTheTrace() {
		this.service.run((context) -> {
			Tracer tracer = context.getBean(Tracer.class);
			try (CurrentTraceContext.Scope resumed = TraceParent
				.resume("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00")) {
				Span send = tracer.nextSpan().name("send").start();
				try (Tracer.SpanInScope scope = tracer.withSpan(send)) {
					assertThat(TraceParent.current()).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-").endsWith("-00");
				}
				send.end();
			}
		});
	}

	@Test
	void aMissingOrMalformedTraceparentContinuesNothing() {
		this.service.run((context) -> {
			Tracer tracer = context.getBean(Tracer.class);
			for (String stored : new String[] { null, "", "garbage", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",
					"00-00000000000000000000000000000000-00f067aa0ba902b7-01",
					"00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
					"ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
					"00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01" }) {
				try (CurrentTraceContext.Scope resumed = TraceParent.resume(stored)) {
					assertThat(tracer.currentSpan()).as(String.valueOf(stored)).isNull();
				}
			}
		});
	}

	@Test
	void withoutATracerNothingIsKeptOrContinued() {
		this.service.run((context) -> {
		});
		assertThat(TraceParent.current()).isNull();
		try (CurrentTraceContext.Scope resumed = TraceParent.resume(STORED)) {
			assertThat(TraceParent.current()).isNull();
		}
	}

}
