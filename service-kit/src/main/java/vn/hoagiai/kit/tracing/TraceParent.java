package vn.hoagiai.kit.tracing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.tracing.CurrentTraceContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.jspecify.annotations.Nullable;

/**
 * The W3C Trace Context {@code traceparent} of the work on this thread, to keep with what that work
 * leaves for later (an event waiting in the outbox), and to continue the trace from when the later
 * work runs (the relay publishing the event). Works through Micrometer Tracing, so it follows whatever
 * tracer the service runs; without one it keeps and continues nothing.
 *
 * <p>The tracer is set once by the kit's auto-configuration ({@link TracingAutoConfiguration}), as the
 * correlation id is read from the logging context: events are made by static factories deep in the
 * domain, where no bean is at hand.
 */
public final class TraceParent {

	/** The record header (and HTTP header) that carries it. */
	public static final String HEADER = "traceparent";

	/** version 00: {@code 00-<trace id, 32 hex>-<parent span id, 16 hex>-<flags, 2 hex>}; later versions may append. */
	private static final Pattern FORMAT = Pattern
		.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");

	private static final String INVALID_TRACE_ID = "0".repeat(32);

	private static final String INVALID_SPAN_ID = "0".repeat(16);

	private static volatile Tracer tracer = Tracer.NOOP;

	private TraceParent() {
	}

	/** Uses this tracer from now on. */
	static void use(Tracer tracer) {
		TraceParent.tracer = tracer;
	}

	/** Stops using this tracer, if it is still the one in use (another application context may have replaced it). */
	static void forget(Tracer tracer) {
		if (TraceParent.tracer == tracer) {
			TraceParent.tracer = Tracer.NOOP;
		}
	}

	/**
	 * The traceparent of the span current on this thread; null without tracing or outside any span. A
	 * span not sampled gives one too (flags {@code 00}), so the work that continues it is not sampled either.
	 */
	public static @Nullable String current() {
		Span span = tracer.currentSpan();
		return (span != null) ? format(span.context()) : null;
	}

	static @Nullable String format(TraceContext context) {
		String traceId = context.traceId().toLowerCase(Locale.ROOT);
		String spanId = context.spanId().toLowerCase(Locale.ROOT);
		if (traceId.length() > 32 || spanId.length() > 16) {
			return null;
		}
		// A 64-bit trace id (Brave's default) is written left-padded with zeros, as W3C Trace Context says.
		String value = "00-" + "0".repeat(32 - traceId.length()) + traceId + "-" + "0".repeat(16 - spanId.length())
				+ spanId + "-" + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
		return isValid(value) ? value : null;
	}

	private static boolean isValid(String traceparent) {
		Matcher matcher = FORMAT.matcher(traceparent);
		return matcher.matches() && !matcher.group(1).equals("ff")
				&& !(matcher.group(1).equals("00") && matcher.group(5) != null)
				&& !matcher.group(2).equals(INVALID_TRACE_ID) && !matcher.group(3).equals(INVALID_SPAN_ID);
	}

	/**
	 * Continues the trace a traceparent names on this thread until the scope is closed: spans started in
	 * it (the Kafka producer span of a send) are children of the span that wrote the traceparent. An
	 * absent or malformed traceparent, or no tracing, gives a scope that changes nothing.
	 */
	public static CurrentTraceContext.Scope resume(@Nullable String traceparent) {
		TraceContext context = (traceparent != null) ? parse(tracer, traceparent) : null;
		if (context == null) {
			return () -> {
			};
		}
		return tracer.currentTraceContext().newScope(context);
	}

	static @Nullable TraceContext parse(Tracer tracer, String traceparent) {
		String value = traceparent.trim();
		if (!isValid(value)) {
			return null;
		}
		Matcher matcher = FORMAT.matcher(value);
		matcher.matches();
		return tracer.traceContextBuilder()
			.traceId(matcher.group(2))
			.spanId(matcher.group(3))
			.sampled((Integer.parseInt(matcher.group(4), 16) & 1) == 1)
			.build();
	}

}
