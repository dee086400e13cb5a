package vn.hoagiai.training.course;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Short-lived signed tokens for checking in to a session with a phone: the organiser's screen shows
 * one as a QR code, the mediator's phone posts it back with the mediator's id. A token names its
 * course, session and expiry and is signed with HMAC-SHA256; one that was altered, signed with another
 * key or expired is refused.
 */
@org.springframework.stereotype.Component
final class CheckInTokens {

	private static final Logger log = LoggerFactory.getLogger(CheckInTokens.class);

	private static final String ALGORITHM = "HmacSHA256";

	private static final String VERSION = "v1";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final byte[] key;

	private final CheckInProperties properties;

	private final Clock clock;

	CheckInTokens(CheckInProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		if (properties.secret() == null || properties.secret().isBlank()) {
			log.warn("No hoagiai.training.check-in.secret: check-in tokens are signed with a random key of this process");
			this.key = new byte[32];
			new SecureRandom().nextBytes(this.key);
		}
		else if (properties.secret().length() < 32) {
			throw new IllegalStateException("hoagiai.training.check-in.secret must have at least 32 characters");
		}
		else {
			this.key = properties.secret().getBytes(StandardCharsets.UTF_8);
		}
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
		byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
		return new Issued(ENCODER.encodeToString(payloadBytes) + "." + ENCODER.encodeToString(sign(payloadBytes)),
				expiresAt);
	}

	/** The claim of a token that is genuine and unexpired; empty otherwise. */
	Optional<Claim> verify(String token) {
		String[] parts = token.split("\\.", -1);
		if (parts.length != 2) {
			return Optional.empty();
		}
		byte[] payload;
		byte[] signature;
		try {
			payload = DECODER.decode(parts[0]);
			signature = DECODER.decode(parts[1]);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (!MessageDigest.isEqual(sign(payload), signature)) {
			return Optional.empty();
		}
		String[] fields = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
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

	private byte[] sign(byte[] payload) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(this.key, ALGORITHM));
			return mac.doFinal(payload);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
