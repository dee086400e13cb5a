package vn.hoagiai.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hoagiai.testsupport.GatewayTestProperties;
import vn.hoagiai.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway in front of a downstream that fails and recovers: the circuit opens, answers at once
 * with 503 while open, and closes again; and a user over the rate limit gets 429.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"resilience4j.circuitbreaker.configs.default.sliding-window-size=6",
		"resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
		"resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=2s",
		"resilience4j.circuitbreaker.configs.default.permitted-number-of-calls-in-half-open-state=2",
		"hoagiai.gateway.rate-limit.per-user=1000" })
@AutoConfigureWebTestClient(timeout = "30s") // a first request on a busy two-core machine may take more than 5 s
class GatewayResilienceIntegrationTests {

	static final AtomicBoolean failing = new AtomicBoolean(true);

	static final AtomicInteger calls = new AtomicInteger();

	static HttpServer downstream;

	@Autowired
	WebTestClient client;

	@Autowired
	CircuitBreakerRegistry breakers;

	@DynamicPropertySource
	static void downstream(DynamicPropertyRegistry registry) throws IOException {
		downstream = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		downstream.createContext("/", (exchange) -> {
			calls.incrementAndGet();
			byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(failing.get() ? 500 : 200, body.length);
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

	int get(String token) {
		return this.client.get()
			.uri("/api/training/courses/x")
			.header("Authorization", "Bearer " + token)
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	@Test
	void theCircuitOpensWhenTheServiceFailsAndClosesWhenItRecovers() {
		String token = TestTokens.get().token("PROVINCE_ADMIN", "52");
		CircuitBreaker training = this.breakers.circuitBreaker("training");

		for (int i = 0; i < 6 && training.getState() != CircuitBreaker.State.OPEN; i++) {
			assertThat(get(token)).isIn(500, 503);
		}
		assertThat(training.getState()).isEqualTo(CircuitBreaker.State.OPEN);

		int before = calls.get();
		this.client.get()
			.uri("/api/training/courses/x")
			.header("Authorization", "Bearer " + token)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.exists("Retry-After")
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("\"status\":503")
				.doesNotContain("Exception")
				.doesNotContain("\tat "));
		assertThat(calls.get()).as("an open circuit does not call the service").isEqualTo(before);

		failing.set(false);
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			assertThat(get(token)).isEqualTo(200);
			assertThat(training.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		});
	}

}
