package vn.hoagiai.training.course;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CheckInTokensTests {

	static final String SECRET = "a-secret-of-at-least-thirty-two-characters";

	static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

	static CheckInTokens at(Instant now, String secret) {
		return new CheckInTokens(new CheckInProperties(secret, Duration.ofMinutes(15)), Clock.fixed(now, ZoneOffset.UTC));
	}

	@Test
	void aFreshTokenNamesItsCourseAndSession() {
		String token = at(NOW, SECRET).issue("course-1", "s2").token();

		assertThat(at(NOW.plusSeconds(60), SECRET).verify(token)).contains(new CheckInTokens.Claim("course-1", "s2"));
	}

	@Test
	void anExpiredTokenIsRefused() {
		String token = at(NOW, SECRET).issue("course-1", "s2").token();

		assertThat(at(NOW.plus(Duration.ofMinutes(15)), SECRET).verify(token)).isEmpty();
	}

	@Test
	void aTokenSignedWithAnotherKeyIsRefused() {
		String token = at(NOW, "another-secret-of-thirty-two-characters!").issue("course-1", "s2").token();

		assertThat(at(NOW, SECRET).verify(token)).isEmpty();
	}

	@Test
	void aTokenWhoseSessionWasChangedIsRefused() {
		String token = at(NOW, SECRET).issue("course-1", "s2").token();
		String[] parts = token.split("\\.");
		String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[0]));
		String altered = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.replace("|s2|", "|s3|").getBytes());

		assertThat(at(NOW, SECRET).verify(altered + "." + parts[1])).isEmpty();
		assertThat(at(NOW, SECRET).verify("garbage")).isEmpty();
		assertThat(at(NOW, SECRET).verify("a.b.c")).isEmpty();
		assertThat(at(NOW, SECRET).verify("!!!.???")).isEmpty();
	}

	@Test
	void aShortSecretIsRefusedAtStart() {
		assertThatIllegalStateException().isThrownBy(() -> at(NOW, "short"));
	}

	@Test
	void withoutASecretTokensStillWorkInTheSameProcess() {
		CheckInTokens tokens = at(NOW, null);

		assertThat(tokens.verify(tokens.issue("c", "s1").token())).isPresent();
		assertThat(at(NOW, null).verify(tokens.issue("c", "s1").token())).isEmpty();
	}

}
