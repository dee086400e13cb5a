package vn.hoagiai.training.course;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hoagiai.training.SignedTokens;

/**
 * Short-lived signed tokens for checking in to a session with a phone: the organiser's screen shows
 * one as a QR code, the mediator's phone posts it back with the mediator's id. A token names its
 * course, session and expiry and is signed with HMAC-SHA256 ({@link SignedTokens}); one that was
 * altered, signed with another key or expired is refused.
 */
@Component
final class CheckInTokens {

	private static final String VERSION = "v1";

	private final SignedTokens signed;

	private final CheckInProperties properties;

	private final Clock clock;

	CheckInTokens(CheckInProperties properties, Clock clock) {
		this.signed = new SignedTokens(properties.secret(), "hoagiai.training.check-in.secret");
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A token and when it expires.
	 *
	 * @param token what the QR code holds
	 * @param expiresAt when it stops being accepted
	 */
	record Issued(String token, Instant expiresAt) {
	}

	/**
	 * The course and session a valid token is for.
	 *
	 * @param courseId course
	 * @param sessionId session
	 */
	record Claim(String courseId, String sessionId) {
	}

	Issued issue(String courseId, String sessionId) {
		Instant expiresAt = this.clock.instant().plus(this.properties.validity());
		String payload = String.join("|", VERSION, courseId, sessionId, Long.toString(expiresAt.getEpochSecond()));
		return new Issued(this.signed.seal(payload), expiresAt);
	}

	/** The claim of a token that is genuine and unexpired; empty otherwise. */
	Optional<Claim> verify(String token) {
		return this.signed.open(token).flatMap(this::claim);
	}

	private Optional<Claim> claim(String payload) {
		String[] fields = payload.split("\\|", -1);
		if (fields.length != 4 || !VERSION.equals(fields[0])) {
			return Optional.empty();
		}
		long expiresAt;
		try {
			expiresAt = Long.parseLong(fields[3]);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		if (!this.clock.instant().isBefore(Instant.ofEpochSecond(expiresAt))) {
			return Optional.empty();
		}
		return Optional.of(new Claim(fields[1], fields[2]));
	}

}
