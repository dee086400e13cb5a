package vn.hoagiai.gatewaykit;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitsTests {

	@Test
	void aUserOverTheLimitWaitsWhileAnotherUserOfTheSameClientGoesOn() {
		RateLimits limits = new RateLimits(new RateLimits.Limits(3, 100));

		for (int i = 0; i < 3; i++) {
			assertThat(limits.take(token("lan", "console"))).isZero();
		}

		assertThat(limits.take(token("lan", "console"))).as("seconds to wait").isBetween(1L, 60L);
		assertThat(limits.take(token("minh", "console"))).isZero();
	}

	@Test
	void theClientsLimitCountsAllItsUsersTogether() {
		RateLimits limits = new RateLimits(new RateLimits.Limits(100, 2));

		assertThat(limits.take(token("lan", "district-system"))).isZero();
		assertThat(limits.take(token("minh", "district-system"))).isZero();

		assertThat(limits.take(token("hoa", "district-system"))).isPositive();
		assertThat(limits.take(token("hoa", "console"))).isZero();
	}

	@Test
	void theProblemsAreInVietnameseWithTheirRetryAfter() {
		assertThat(GatewayProblems.tooManyRequests(7).getDetail()).contains("7 giây");
		assertThat(GatewayProblems.serviceUnavailable("reporting").getHeaders().getFirst("Retry-After")).isEqualTo("10");
		assertThat(GatewayProblems.serviceUnavailable("reporting").getBody().getProperties())
			.containsEntry("service", "reporting");
	}

	private static Jwt token(String subject, String client) {
		return Jwt.withTokenValue("t").header("alg", "RS256").subject(subject).claim("azp", client)
			.issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
	}

}
