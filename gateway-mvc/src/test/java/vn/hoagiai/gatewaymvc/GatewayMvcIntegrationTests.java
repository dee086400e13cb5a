package vn.hoagiai.gatewaymvc;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.hoagiai.testsupport.GatewayTestProperties;
import vn.hoagiai.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Web MVC gateway in front of a stand-in service: a valid token is routed and the correlation id
 * goes with it, no token is refused at the gateway, a failing service is answered with 503 problem
 * details, and a user over the rate limit gets 429.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "hoagiai.gateway.rate-limit.per-user=5")
class GatewayMvcIntegrationTests {

	static final String HEADER = "X-Correlation-Id";

	/** The correlation id each path reached the service with. */
	static final Map<String, String> received = new ConcurrentHashMap<>();

	/** The trace context (W3C traceparent) each path reached the service with. */
	static final Map<String, String> traces = new ConcurrentHashMap<>();

	/** Requests that asked the service to switch to another protocol (HTTP/2 over cleartext). */
	static final List<String> upgrades = new java.util.concurrent.CopyOnWriteArrayList<>();

	/** How many times each path reached the service. */
	static final Map<String, Integer> calls = new ConcurrentHashMap<>();

	static HttpServer downstream;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void downstream(DynamicPropertyRegistry registry) throws IOException {
		downstream = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		downstream.createContext("/", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			String id = exchange.getRequestHeaders().getFirst(HEADER);
			received.put(path, (id != null) ? id : "(none)");
			String trace = exchange.getRequestHeaders().getFirst("traceparent");
			traces.put(path, (trace != null) ? trace : "(none)");
			calls.merge(path, 1, Integer::sum);
			if (exchange.getRequestHeaders().containsKey("Upgrade")) {
				upgrades.add(path);
			}
			boolean failing = path.contains("/failing");
			byte[] body = (failing ? "{\"error\":\"boom\",\"trace\":\"java.lang.IllegalStateException: at x.y.Z\"}"
					: "{\"path\":\"" + path + "\"}").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			if (id != null) {
				exchange.getResponseHeaders().add(HEADER, id); // as the services' own filter does
			}
			exchange.sendResponseHeaders(failing ? 500 : 200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		downstream.start();
		String url = "http://localhost:" + downstream.getAddress().getPort();
		GatewayTestProperties.everyServiceAt(registry, url);
	}

	@AfterAll
	static void stop() {
		downstream.stop(0);
	}

	HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static String bearer(String role, String unit) {
		return "Bearer " + TestTokens.get().token(role, unit);
	}

	@Test
	void aRequestWithAValidTokenReachesTheServiceWithItsCorrelationId() throws Exception {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		HttpResponse<String> answer = get("/api/reporting/rollups/52", "Authorization", bearer("ANALYST", "52"),
				"traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("{\"path\":\"/api/reporting/rollups/52\"}");
		List<String> ids = answer.headers().allValues(HEADER);
		assertThat(ids).as("one correlation id on the answer").hasSize(1);
		assertThat(ids.get(0)).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
		assertThat(received).containsEntry("/api/reporting/rollups/52", ids.get(0));
		assertThat(traces.get("/api/reporting/rollups/52"))
			.as("the call, made on another thread, stays in the request's trace")
			.matches("00-" + traceId + "-[0-9a-f]{16}-01")
			.doesNotContain("00f067aa0ba902b7");
		assertThat(upgrades).as("the services are spoken to in HTTP/1.1, as Reactor Netty does").isEmpty();
		assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();

		HttpResponse<String> kept = get("/api/registry/teams/abc", "Authorization", bearer("ANALYST", "52"), HEADER,
				"client-chose-this-id");
		assertThat(kept.statusCode()).isEqualTo(200);
		assertThat(kept.headers().allValues(HEADER)).containsExactly("client-chose-this-id");
		assertThat(received).containsEntry("/api/registry/teams/abc", "client-chose-this-id");
	}

	@Test
	void aRequestWithoutATokenIsRefusedAtTheGateway() throws Exception {
		HttpResponse<String> answer = get("/api/registry/teams/without-token");

		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("Chưa xác thực").contains("urn:problem:hoa-giai:unauthorized");
		assertThat(answer.headers().firstValue(HEADER)).isPresent();
		assertThat(received).doesNotContainKey("/api/registry/teams/without-token");

		HttpResponse<String> expired = get("/api/registry/teams/without-token", "Authorization",
				"Bearer " + TestTokens.get().expired("ANALYST", "52"));
		assertThat(expired.statusCode()).isEqualTo(401);
		HttpResponse<String> otherAudience = get("/api/registry/teams/without-token", "Authorization",
				"Bearer " + TestTokens.get().forAnotherAudience("ANALYST", "52"));
		assertThat(otherAudience.statusCode()).isEqualTo(401);
	}

	@Test
	void aFailingServiceIsAnsweredWithProblemDetailsAndRetryAfter() throws Exception {
		HttpResponse<String> answer = get("/api/training/failing/1", "Authorization", bearer("PROVINCE_ADMIN", "52"));

		assertThat(answer.statusCode()).isEqualTo(503);
		assertThat(answer.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("urn:problem:hoa-giai:service-unavailable")
			.contains("Dịch vụ tạm thời không khả dụng")
			.contains("Dịch vụ training tạm thời không phản hồi")
			.doesNotContain("Exception")
			.doesNotContain("boom")
			.doesNotContain("trace");
		assertThat(answer.headers().allValues(HEADER)).hasSize(1);
		assertThat(calls).as("a GET is tried again twice, as at the gateway").containsEntry("/api/training/failing/1", 3);
	}

	@Test
	void aUserOverTheRateLimitGetsTooManyRequests() throws Exception {
		String token = bearer("COMMUNE_OFFICER", "21550");
		for (int i = 0; i < 5; i++) {
			assertThat(get("/api/registry/teams/limited", "Authorization", token).statusCode()).isEqualTo(200);
		}
		HttpResponse<String> answer = get("/api/registry/teams/limited", "Authorization", token);

		assertThat(answer.statusCode()).isEqualTo(429);
		assertThat(answer.headers().firstValue("Retry-After")).isPresent();
		assertThat(answer.body()).contains("Quá nhiều yêu cầu");
	}

}
