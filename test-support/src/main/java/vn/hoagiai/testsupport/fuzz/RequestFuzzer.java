package vn.hoagiai.testsupport.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.mongodb.client.MongoDatabase;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.hoagiai.testsupport.fuzz.ApiOperations.Operation;

/**
 * Sends hostile requests to a running service and checks each answer as a user would: never a server
 * error, every refusal an RFC 9457 problem in Vietnamese without a trace of the code behind it, and a
 * refused request stores nothing.
 * <p>
 * The operations come from the service's own OpenAPI document, so a new endpoint is fuzzed without a
 * change to the test. Requests go to the operations in turn, so every one gets its share of the tries.
 * The database is compared before and after each refused request; the service should run with nothing
 * else writing meanwhile (outbox relay and Kafka consumers stopped), and after an accepted request the
 * fuzzer waits until the database is quiet (an import may go on in the background).
 */
public final class RequestFuzzer {

	/** What only a stack trace or an exception's message would show. */
	private static final Pattern LEAK = Pattern.compile(
			"(?i)exception|\\.java:\\d|\\bat [a-z]+\\.[a-z0-9.$]+\\(|java\\.(lang|util|io|time|net)\\.|org\\.springframework"
					+ "|org\\.apache|tools\\.jackson|com\\.fasterxml|com\\.mongodb|org\\.bson|de\\.bwaldvogel|stack ?trace"
					+ "|vn\\.hoagiai\\.");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/**
	 * With this system property set to true, what is wrong is printed (lines starting with
	 * {@code FUZZ FINDING}) and the run goes on: a way to see everything wrong at once.
	 */
	public static final String SURVEY = "hoagiai.fuzz.survey";

	/**
	 * With this system property set to true, the requests left unspoiled that were refused all the same
	 * are printed: where the generator misses what the service expects, and so reaches less deep.
	 */
	public static final String SHOW_REFUSED_CAREFUL = "hoagiai.fuzz.show-refused-careful";

	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String baseUrl;

	private final String token;

	private final MongoDatabase database;

	private final List<Operation> operations;

	private final KnownValues known;

	private final HostileRequests requests;

	private final AtomicInteger next = new AtomicInteger();

	private DatabaseSnapshot stored;

	private RequestFuzzer(String baseUrl, String token, MongoDatabase database, List<Operation> operations,
			KnownValues known) {
		this.baseUrl = baseUrl;
		this.token = token;
		this.database = database;
		this.operations = operations;
		this.known = known;
		this.requests = new HostileRequests(known);
		this.stored = DatabaseSnapshot.of(database);
	}

	/**
	 * A fuzzer for a running service.
	 * @param baseUrl e.g. {@code http://localhost:8081}
	 * @param token the bearer token every request carries
	 * @param database the service's database, to tell whether a refused request wrote anything
	 * @param known values that mean something to the service, by field or parameter name ({@code communeCode},
	 * {@code unitCode}, {@code district}, {@code period}...)
	 */
	public static RequestFuzzer of(String baseUrl, String token, MongoDatabase database, Map<String, List<String>> known) {
		HttpClient client = HttpClient.newHttpClient();
		try {
			HttpResponse<String> document = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (document.statusCode() != 200) {
				throw new IllegalStateException("/v3/api-docs answered " + document.statusCode());
			}
			JsonNode description = MAPPER.readTree(document.body());
			List<Operation> operations = ApiOperations.read(description);
			KnownValues values = new KnownValues(known);
			values.learnChoices(description);
			RequestFuzzer fuzzer = new RequestFuzzer(baseUrl, token, database,
					operations.stream().filter(Operation::takesInput).toList(), values);
			fuzzer.warmUp(operations.stream().filter((o) -> !o.takesInput() && o.method().equals("GET")).toList());
			return fuzzer;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Reads what the operations that take nothing answer (catalogues, task lists), to learn the
	 * identifiers in them. Those operations are not fuzzed: nothing sent to them could be hostile.
	 */
	private void warmUp(List<Operation> reads) {
		for (Operation read : reads) {
			HttpResponse<String> answer = send(new HostileRequest(read.key(), read.method(), read.path(), Map.of(),
					List.of(), Map.of(), null, null, false, List.of()));
			if (answer.statusCode() / 100 == 2) {
				learn(read.path(), answer);
			}
		}
		this.stored = settled();
	}

	/** The operations fuzzed, as {@code METHOD /path/{template}}. */
	public List<String> operations() {
		return this.operations.stream().map(Operation::key).toList();
	}

	/** Requests to every operation in turn, each careful at first and then spoiled. */
	public Arbitrary<HostileRequest> requests() {
		return Arbitraries.create(() -> this.operations.get(this.next.getAndIncrement() % this.operations.size()))
			.flatMap(this.requests::of);
	}

	/**
	 * Sends a request and checks its answer.
	 * @throws AssertionError saying what a user would have seen
	 */
	public void check(HostileRequest request) {
		Statistics.label("endpoint").collect(request.operation());
		HttpResponse<String> answer = send(request);
		int status = answer.statusCode();
		Statistics.label("answer").collect(status / 100 + "xx");
		Statistics.label("answer by endpoint").collect(request.operation(), status / 100 + "xx");
		List<String> wrong = new ArrayList<>();
		if (status >= 500) {
			wrong.add("answered " + status + " (a server error)");
		}
		else if (status >= 400) {
			if (Boolean.getBoolean(SHOW_REFUSED_CAREFUL) && request.spoiled().isEmpty()) {
				System.err.println("FUZZ CAREFUL REQUEST REFUSED " + request + "\n  -> " + HostileRequest.shorten(answer.body()));
			}
			wrong.addAll(problemsWith(answer));
		}
		if (status >= 400) {
			DatabaseSnapshot after = DatabaseSnapshot.of(this.database);
			List<String> changes = after.changesSince(this.stored);
			this.stored = after;
			if (!changes.isEmpty()) {
				wrong.add("wrote to the database all the same: " + String.join("; ", changes));
			}
		}
		else {
			learn(request.pathTemplate(), answer);
			this.stored = settled();
		}
		if (!wrong.isEmpty()) {
			String report = request.operation() + " " + String.join(", and ", wrong) + ".\nRequest: " + request
					+ "\nAnswer: " + HostileRequest.shorten(answer.body());
			if (Boolean.getBoolean(SURVEY)) {
				System.err.println("FUZZ FINDING " + report);
			}
			else {
				throw new AssertionError(report);
			}
		}
	}

	private static List<String> problemsWith(HttpResponse<String> answer) {
		int status = answer.statusCode();
		String body = answer.body();
		String type = answer.headers().firstValue("Content-Type").orElse("");
		if (!type.startsWith("application/problem+json")) {
			return List.of("answered " + status + " as '" + type + "', not as application/problem+json");
		}
		JsonNode problem;
		try {
			problem = MAPPER.readTree(body);
		}
		catch (RuntimeException ex) {
			return List.of("answered " + status + " with a body that is not JSON");
		}
		List<String> wrong = new ArrayList<>();
		if (!problem.isObject() || problem.path("status").asInt() != status) {
			wrong.add("answered " + status + " with a problem whose status is not " + status);
		}
		String title = problem.path("title").asString("");
		if (title.isBlank() || title.chars().allMatch((c) -> c < 128)) {
			wrong.add("answered " + status + " with a problem whose title is not in Vietnamese");
		}
		if (LEAK.matcher(body).find()) {
			wrong.add("answered " + status + " with a problem that shows the code behind it");
		}
		return wrong;
	}

	private void learn(String pathTemplate, HttpResponse<String> answer) {
		if (answer.headers().firstValue("Content-Type").orElse("").contains("json")) {
			try {
				this.known.learn(pathTemplate, answer.request().uri().getRawPath(), MAPPER.readTree(answer.body()));
			}
			catch (RuntimeException ex) {
				// not JSON after all: nothing to learn
			}
		}
	}

	/** The database once nothing has changed in it for a moment (at most 5 s). */
	private DatabaseSnapshot settled() {
		DatabaseSnapshot last = DatabaseSnapshot.of(this.database);
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (System.nanoTime() < deadline) {
			pause();
			DatabaseSnapshot now = DatabaseSnapshot.of(this.database);
			if (now.equals(last)) {
				return now;
			}
			last = now;
		}
		return last;
	}

	private static void pause() {
		try {
			Thread.sleep(60);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private HttpResponse<String> send(HostileRequest request) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + request.target()))
			.timeout(ANSWER_WITHIN)
			.header("Authorization", "Bearer " + this.token)
			.header("Accept", "application/json, application/problem+json");
		request.headers().forEach(builder::header);
		HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
		if (request.multipart()) {
			String boundary = "----hoagiai-fuzz-" + Integer.toHexString(request.hashCode());
			builder.header("Content-Type", "multipart/form-data; boundary=" + boundary);
			body = HttpRequest.BodyPublishers.ofByteArray(form(boundary, request.file()));
		}
		else if (request.json() != null) {
			builder.header("Content-Type", "application/json");
			body = HttpRequest.BodyPublishers.ofString(request.json().write(), StandardCharsets.UTF_8);
		}
		builder.method(request.method(), body);
		try {
			return this.client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (HttpTimeoutException ex) {
			throw new AssertionError("No answer within " + ANSWER_WITHIN.toSeconds() + " s to\n" + request, ex);
		}
		catch (IOException ex) {
			throw new AssertionError("The connection failed (" + ex + ") for\n" + request, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] form(String boundary, HostileRequest.@org.jspecify.annotations.Nullable FilePart file) {
		ByteArrayOutputStream form = new ByteArrayOutputStream();
		if (file != null) {
			form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ file.name().replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A")
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			form.writeBytes(file.content());
			form.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		form.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return form.toByteArray();
	}

}
