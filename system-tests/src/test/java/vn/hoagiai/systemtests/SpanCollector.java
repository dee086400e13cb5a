package vn.hoagiai.systemtests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A span collector for the system tests: an HTTP server on a free port that takes what the services
 * export over OTLP/HTTP ({@code POST /v1/traces}, protobuf, as Spring Boot's OpenTelemetry exporter
 * sends it) and keeps the spans in memory. It reads just the fields a test looks at, straight from the
 * protobuf wire format (no generated classes, no Docker).
 */
final class SpanCollector implements AutoCloseable {

	/** A whole system-test run makes far fewer; past this the oldest are dropped. */
	private static final int MAX_SPANS = 200_000;

	/**
	 * One span as exported.
	 *
	 * @param service the {@code service.name} of the application that made it
	 * @param traceId 32 hex digits
	 * @param spanId 16 hex digits
	 * @param parentSpanId 16 hex digits, empty for a root span
	 * @param name the span's name
	 * @param kind SERVER, CLIENT, PRODUCER, CONSUMER or INTERNAL
	 * @param startNanos start, nanoseconds since the epoch
	 * @param endNanos end, nanoseconds since the epoch
	 * @param attributes its attributes, every value as text
	 */
	record Span(String service, String traceId, String spanId, String parentSpanId, String name, String kind,
			long startNanos, long endNanos, Map<String, String> attributes) {

		double millis() {
			return (this.endNanos - this.startNanos) / 1_000_000.0;
		}

		@Override
		public String toString() {
			return this.service + " " + this.kind + " '" + this.name + "' " + this.spanId;
		}

	}

	private static final String[] KINDS = { "UNSPECIFIED", "INTERNAL", "SERVER", "CLIENT", "PRODUCER", "CONSUMER" };

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(4, (task) -> {
		Thread thread = new Thread(task, "span-collector");
		thread.setDaemon(true);
		return thread;
	});

	private final List<Span> spans = new ArrayList<>();

	private SpanCollector(HttpServer server) {
		this.server = server;
	}

	static SpanCollector start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
			SpanCollector collector = new SpanCollector(server);
			server.createContext("/v1/traces", collector::receive);
			server.setExecutor(collector.executor);
			server.start();
			return collector;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Where the services send their spans. */
	String endpoint() {
		return "http://localhost:" + this.server.getAddress().getPort() + "/v1/traces";
	}

	/** Every span of one trace received so far. */
	List<Span> trace(String traceId) {
		synchronized (this.spans) {
			return this.spans.stream().filter((span) -> span.traceId().equals(traceId)).toList();
		}
	}

	int size() {
		synchronized (this.spans) {
			return this.spans.size();
		}
	}

	private void receive(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod())) {
				exchange.sendResponseHeaders(405, -1);
				return;
			}
			String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
			if (!type.startsWith("application/x-protobuf")) {
				exchange.sendResponseHeaders(415, -1);
				return;
			}
			InputStream body = exchange.getRequestBody();
			if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
				body = new GZIPInputStream(body);
			}
			List<Span> received;
			try {
				received = readExportTraceServiceRequest(body.readAllBytes());
			}
			catch (RuntimeException ex) {
				exchange.sendResponseHeaders(400, -1);
				return;
			}
			synchronized (this.spans) {
				this.spans.addAll(received);
				if (this.spans.size() > MAX_SPANS) {
					this.spans.subList(0, this.spans.size() - MAX_SPANS).clear();
				}
			}
			// An empty ExportTraceServiceResponse: everything accepted.
			exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
			exchange.sendResponseHeaders(200, -1);
		}
	}

	// opentelemetry/proto/collector/trace/v1: ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1; }
	static List<Span> readExportTraceServiceRequest(byte[] message) {
		List<Span> spans = new ArrayList<>();
		Protobuf request = new Protobuf(message);
		while (request.next()) {
			if (request.field() == 1) {
				readResourceSpans(request.bytes(), spans);
			}
			else {
				request.skip();
			}
		}
		return spans;
	}

	// ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2; }
	// Resource { repeated KeyValue attributes = 1; }  ScopeSpans { InstrumentationScope scope = 1; repeated Span spans = 2; }
	private static void readResourceSpans(byte[] message, List<Span> into) {
		Map<String, String> resource = Map.of();
		List<byte[]> scopes = new ArrayList<>();
		Protobuf resourceSpans = new Protobuf(message);
		while (resourceSpans.next()) {
			switch (resourceSpans.field()) {
				case 1 -> resource = readAttributes(resourceSpans.bytes(), 1);
				case 2 -> scopes.add(resourceSpans.bytes());
				default -> resourceSpans.skip();
			}
		}
		String service = resource.getOrDefault("service.name", "?");
		for (byte[] scope : scopes) {
			Protobuf scopeSpans = new Protobuf(scope);
			while (scopeSpans.next()) {
				if (scopeSpans.field() == 2) {
					into.add(readSpan(service, scopeSpans.bytes()));
				}
				else {
					scopeSpans.skip();
				}
			}
		}
	}

	// Span { bytes trace_id = 1; bytes span_id = 2; bytes parent_span_id = 4; string name = 5; SpanKind kind = 6;
	//        fixed64 start_time_unix_nano = 7; fixed64 end_time_unix_nano = 8; repeated KeyValue attributes = 9; }
	private static Span readSpan(String service, byte[] message) {
		HexFormat hex = HexFormat.of();
		String traceId = "";
		String spanId = "";
		String parent = "";
		String name = "";
		String kind = KINDS[0];
		long start = 0;
		long end = 0;
		Map<String, String> attributes = new LinkedHashMap<>();
		Protobuf span = new Protobuf(message);
		while (span.next()) {
			switch (span.field()) {
				case 1 -> traceId = hex.formatHex(span.bytes());
				case 2 -> spanId = hex.formatHex(span.bytes());
				case 4 -> parent = hex.formatHex(span.bytes());
				case 5 -> name = span.string();
				case 6 -> {
					int value = (int) span.varint();
					kind = (value >= 0 && value < KINDS.length) ? KINDS[value] : String.valueOf(value);
				}
				case 7 -> start = span.fixed64();
				case 8 -> end = span.fixed64();
				case 9 -> attributes.putAll(readAttributes(span.bytes(), -1));
				default -> span.skip();
			}
		}
		return new Span(service, traceId, spanId, parent, name, kind, start, end, attributes);
	}

	/** Reads KeyValue messages: a list of them in field {@code field} of a message, or (-1) one KeyValue. */
	private static Map<String, String> readAttributes(byte[] message, int field) {
		Map<String, String> attributes = new LinkedHashMap<>();
		if (field < 0) {
			readKeyValue(message, attributes);
			return attributes;
		}
		Protobuf list = new Protobuf(message);
		while (list.next()) {
			if (list.field() == field) {
				readKeyValue(list.bytes(), attributes);
			}
			else {
				list.skip();
			}
		}
		return attributes;
	}

	// KeyValue { string key = 1; AnyValue value = 2; }
	// AnyValue { string string_value = 1; bool bool_value = 2; int64 int_value = 3; double double_value = 4; ... }
	private static void readKeyValue(byte[] message, Map<String, String> into) {
		String key = "";
		String value = "";
		Protobuf keyValue = new Protobuf(message);
		while (keyValue.next()) {
			if (keyValue.field() == 1) {
				key = keyValue.string();
			}
			else if (keyValue.field() == 2) {
				Protobuf any = new Protobuf(keyValue.bytes());
				while (any.next()) {
					switch (any.field()) {
						case 1 -> value = any.string();
						case 2 -> value = String.valueOf(any.varint() != 0);
						case 3 -> value = String.valueOf(any.varint());
						case 4 -> value = String.valueOf(Double.longBitsToDouble(any.fixed64()));
						default -> {
							any.skip();
							value = "(complex)";
						}
					}
				}
			}
			else {
				keyValue.skip();
			}
		}
		into.put(key, value);
	}

	/** The protobuf wire format, read field by field. */
	private static final class Protobuf {

		private final byte[] data;

		private int position;

		private int tag;

		Protobuf(byte[] data) {
			this.data = data;
		}

		boolean next() {
			if (this.position >= this.data.length) {
				return false;
			}
			this.tag = (int) varint();
			return true;
		}

		int field() {
			return this.tag >>> 3;
		}

		long varint() {
			long value = 0;
			for (int shift = 0; shift < 64; shift += 7) {
				byte b = this.data[this.position++];
				value |= (long) (b & 0x7f) << shift;
				if ((b & 0x80) == 0) {
					return value;
				}
			}
			throw new IllegalArgumentException("malformed varint");
		}

		long fixed64() {
			long value = 0;
			for (int i = 0; i < 8; i++) {
				value |= (this.data[this.position++] & 0xffL) << (8 * i);
			}
			return value;
		}

		byte[] bytes() {
			int length = (int) varint();
			byte[] value = java.util.Arrays.copyOfRange(this.data, this.position, this.position + length);
			this.position += length;
			return value;
		}

		String string() {
			return new String(bytes(), StandardCharsets.UTF_8);
		}

		void skip() {
			switch (this.tag & 7) {
				case 0 -> varint();
				case 1 -> this.position += 8;
				case 2 -> {
					int length = (int) varint();
					this.position += length;
				}
				case 5 -> this.position += 4;
				default -> throw new IllegalArgumentException("unsupported wire type " + (this.tag & 7));
			}
		}

	}

	/** The spans of a trace as an indented tree, parents before children, siblings by start time. */
	static String tree(List<Span> trace) {
		Map<String, List<Span>> children = new LinkedHashMap<>();
		java.util.Set<String> ids = new java.util.HashSet<>();
		trace.forEach((span) -> ids.add(span.spanId()));
		List<Span> roots = new ArrayList<>();
		List<Span> byStart = trace.stream().sorted(java.util.Comparator.comparingLong(Span::startNanos)).toList();
		for (Span span : byStart) {
			if (span.parentSpanId().isEmpty() || !ids.contains(span.parentSpanId())) {
				roots.add(span);
			}
			else {
				children.computeIfAbsent(span.parentSpanId(), (id) -> new ArrayList<>()).add(span);
			}
		}
		long origin = byStart.isEmpty() ? 0 : byStart.get(0).startNanos();
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		java.io.PrintStream out = new java.io.PrintStream(text, true, StandardCharsets.UTF_8);
		for (Span root : roots) {
			print(root, children, 0, origin, out);
		}
		return text.toString(StandardCharsets.UTF_8);
	}

	private static void print(Span span, Map<String, List<Span>> children, int depth, long origin,
			java.io.PrintStream out) {
		out.printf("%8.1f ms %8.1f ms  %s%-18s %-8s %s%n", (span.startNanos() - origin) / 1_000_000.0, span.millis(),
				"  ".repeat(depth), span.service(), span.kind(), span.name());
		for (Span child : children.getOrDefault(span.spanId(), List.of())) {
			print(child, children, depth + 1, origin, out);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
