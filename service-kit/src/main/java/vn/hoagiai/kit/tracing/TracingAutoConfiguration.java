package vn.hoagiai.kit.tracing;

import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** Lets {@link TraceParent} use the service's tracer (Micrometer Tracing over OpenTelemetry). */
@AutoConfiguration(afterName = {
		"org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
		"org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
		"org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration" })
@ConditionalOnClass(Tracer.class)
public class TracingAutoConfiguration {

	@Bean
	@ConditionalOnBean(Tracer.class)
	TraceParentTracer traceParentTracer(Tracer tracer) {
		return new TraceParentTracer(tracer);
	}

	/** Hands the tracer to {@link TraceParent} for the life of the application context. */
	static final class TraceParentTracer implements DisposableBean {

		private final Tracer tracer;

		TraceParentTracer(Tracer tracer) {
			this.tracer = tracer;
			TraceParent.use(tracer);
		}

		@Override
		public void destroy() {
			TraceParent.forget(this.tracer);
		}

	}

}
