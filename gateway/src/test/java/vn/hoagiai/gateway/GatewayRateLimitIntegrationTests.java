package vn.hoagiai.gateway;

import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hoagiai.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** One user over the limit gets 429 with Retry-After; another user is not affected. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "hoagiai.gateway.rate-limit.per-user=5")
@AutoConfigureWebTestClient(timeout = "30s") // a first request on a busy two-core machine may take more than 5 s
class GatewayRateLimitIntegrationTests {

	@Autowired
	WebTestClient client;

	@DynamicPropertySource
	static void nothingDownstream(DynamicPropertyRegistry registry) throws Exception {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		registry.add("REPORTING_URL", () -> "http://localhost:" + closed);
		registry.add("GATEWAY_MANAGEMENT_PORT", () -> 0);
		registry.add("HOAGIAI_ISSUER", () -> TestTokens.ISSUER);
		registry.add("HOAGIAI_JWK_SET_URI", () -> TestTokens.get().jwkSetUri());
	}

	int get(String token) {
		return this.client.get()
			.uri("/api/reporting/rollups/52")
			.header("Authorization", "Bearer " + token)
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	@Test
	void aUserOverTheLimitGets429WithRetryAfterAndOthersAreNotAffected() {
		String busy = TestTokens.get().token("ANALYST", "52");
		for (int i = 0; i < 5; i++) {
			assertThat(get(busy)).isNotEqualTo(429);
		}

		this.client.get()
			.uri("/api/reporting/rollups/52")
			.header("Authorization", "Bearer " + busy)
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists("Retry-After")
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Quá nhiều yêu cầu").doesNotContain("Exception"));
		assertThat(get(TestTokens.get().token("PROVINCE_ADMIN", "52"))).isNotEqualTo(429);
	}

}
