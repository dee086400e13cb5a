package vn.hoagiai.gateway;

import java.net.ServerSocket;

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

/** The gateway on its own: the contract documents it serves, and what it answers when a service is down. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s") // a first request on a busy two-core machine may take more than 5 s
class GatewayIntegrationTests {

	@Autowired
	WebTestClient client;

	@DynamicPropertySource
	static void nothingListensDownstream(DynamicPropertyRegistry registry) throws Exception {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		String nowhere = "http://localhost:" + closed;
		GatewayTestProperties.everyServiceAt(registry, nowhere);
	}

	@Test
	void theAsyncApiDocumentAndItsSchemasAreServed() {
		this.client.get()
			.uri("/docs/asyncapi.yaml")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((yaml) -> assertThat(yaml).startsWith("asyncapi: 3.0.0").contains("district.mediation-cases"));
		this.client.get()
			.uri("/docs/schemas/case-state.v1.schema.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((schema) -> assertThat(schema).contains("\"caseId\""));
		this.client.get().uri("/docs/schemas/..%2Fasyncapi.schema.json").exchange().expectStatus().is4xxClientError();
	}

	@Test
	void theEventContractPageListsEveryTopicForPeople() {
		this.client.get()
			.uri("/docs/events")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("Topic <code>registry.teams</code>")
				.contains("Topic <code>district.mediation-cases</code>")
				.contains("vn.hoagiai.district.case.closed.v1")
				.contains("district systems: publishes"));
	}

	@Test
	void anApiRequestWithoutAValidTokenIsRefusedAtTheGateway() {
		TestTokens tokens = TestTokens.get();
		this.client.get()
			.uri("/api/registry/teams/abc")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Chưa xác thực"));
		for (String bad : java.util.List.of(tokens.expired("PROVINCE_ADMIN", "52"),
				tokens.fromAnotherIssuer("PROVINCE_ADMIN", "52"), tokens.forAnotherAudience("PROVINCE_ADMIN", "52"),
				tokens.unsigned("PROVINCE_ADMIN", "52"), tokens.signedWithAnotherKey("PROVINCE_ADMIN", "52"),
				tokens.withForgedUnit("COMMUNE_OFFICER", "21550", "52"))) {
			this.client.get()
				.uri("/api/registry/teams/abc")
				.header("Authorization", "Bearer " + bad)
				.exchange()
				.expectStatus()
				.isUnauthorized();
		}
	}

	@Test
	void everyAnswerCarriesSecurityHeadersAndACorrelationId() {
		this.client.get()
			.uri("/docs/events")
			.exchange()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.exists("Content-Security-Policy")
			.expectHeader()
			.exists("X-Correlation-Id");
	}

	@Test
	void theWebConsoleIsServedAtTheRootAndToldWhereToSignIn() {
		this.client.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("<html lang=\"vi\">")
				.contains("Hệ thống quản lý nâng cao năng lực hòa giải viên ở cơ sở"));
		this.client.get()
			.uri("/config.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((config) -> assertThat(config).contains("\"issuer\":\"" + TestTokens.ISSUER + "\"")
				.contains("\"clientId\":\"web-console\""));
	}

	@Test
	void aBodyOverTheSizeLimitIsRefusedBeforeItReachesAService() {
		byte[] body = new byte[21 * 1024 * 1024];
		this.client.post()
			.uri("/api/registry/teams")
			.header("Authorization", "Bearer " + TestTokens.get().token("PROVINCE_ADMIN", "52"))
			.header("Content-Type", "application/json")
			.header("Content-Length", String.valueOf(body.length))
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(413);
	}

	@Test
	void theActuatorIsNotReachableThroughThePublicPort() {
		this.client.get().uri("/actuator/health").exchange().expectStatus().isNotFound();
	}

	@Test
	void aServiceThatDoesNotAnswerGets503WithProblemDetailsAndRetryAfter() {
		this.client.get()
			.uri("/api/registry/teams/abc")
			.header("Authorization", "Bearer " + TestTokens.get().token("PROVINCE_ADMIN", "52"))
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals("Retry-After", "10")
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Dịch vụ tạm thời không khả dụng")
				.doesNotContain("Exception")
				.doesNotContain("at org."));
	}

}
