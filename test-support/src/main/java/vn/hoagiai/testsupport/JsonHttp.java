package vn.hoagiai.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests: sends JSON, returns the status, headers and JSON body as they came. */
public final class JsonHttp {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final Map<String, String> defaultHeaders;

	private final Duration timeout;

	public JsonHttp(String baseUrl) {
		this(baseUrl, Map.of(), Duration.ofSeconds(30));
	}

	private JsonHttp(String baseUrl, Map<String, String> defaultHeaders, Duration timeout) {
		this.baseUrl = baseUrl;
		this.defaultHeaders = defaultHeaders;
		this.timeout = timeout;
	}

	/** The same client, sending this bearer token with every request. */
	public JsonHttp as(String token) {
		return new JsonHttp(this.baseUrl, Map.of("Authorization", "Bearer " + token), this.timeout);
	}

	/** The same client, waiting this long for an answer (30 s unless told). */
	public JsonHttp waiting(Duration timeout) {
		return new JsonHttp(this.baseUrl, this.defaultHeaders, timeout);
	}

	/** The answer to one request. */
	public record Answer(int status, Map<String, java.util.List<String>> headers, String text) {

		public JsonNode json() {
			return MAPPER.readTree(this.text);
		}

		public @Nullable String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.map((e) -> e.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

	public Answer get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET(), Map.of());
	}

	public Answer get(String path, Map<String, String> headers) {
		return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
	}

	public Answer post(String path, Object body) {
		return post(path, body, Map.of());
	}

	public Answer post(String path, Object body, Map<String, String> headers) {
		String text = (body instanceof String raw) ? raw : MAPPER.writeValueAsString(body);
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)), headers);
	}

	public Answer put(String path, Object body, Map<String, String> headers) {
		String text = (body instanceof String raw) ? raw : MAPPER.writeValueAsString(body);
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)), headers);
	}

	/** Sends a file as the multipart form field {@code file}, as a browser's file input does. */
	public Answer upload(String path, String fileName, byte[] content) {
		return upload(path, fileName, content, Map.of());
	}

	/** Sends a form with text fields and, unless {@code fileName} is null, a file in the field {@code file}. */
	public Answer upload(String path, @Nullable String fileName, byte[] content, Map<String, String> fields) {
		String boundary = "----hoagiai" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n")
			.getBytes(StandardCharsets.UTF_8)));
		if (fileName != null) {
			String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
			body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), Map.of());
	}

	/** A file the server answered with. */
	public record Download(int status, Map<String, java.util.List<String>> headers, byte[] body) {

		public @Nullable String header(String name) {
			return new Answer(this.status, this.headers, "").header(name);
		}

	}

	/** Downloads a file (a workbook, a CSV) as bytes. */
	public Download download(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(60));
		this.defaultHeaders.forEach(request::header);
		try {
			HttpResponse<byte[]> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Answer send(HttpRequest.Builder request, Map<String, String> headers) {
		this.defaultHeaders.forEach(request::header);
		headers.forEach(request::header);
		request.header("Accept", "application/json, application/problem+json").timeout(this.timeout);
		try {
			HttpResponse<String> response = this.client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	public static JsonNode parse(String json) {
		return MAPPER.readTree(json);
	}

	public static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

}
