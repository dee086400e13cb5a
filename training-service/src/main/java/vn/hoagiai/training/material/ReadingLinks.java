package vn.hoagiai.training.material;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Personal reading links: mediators have no accounts, so an officer gives each one a link that names
 * the material, the mediator and an expiry (a year), signed with HMAC-SHA256 as the QR check-in tokens
 * are. Whoever holds the link may read the material without logging in, and the opening counts as the
 * mediator's. A link that was altered, signed with another key or expired is refused.
 */
@Component
final class ReadingLinks {

	private static final Logger log = LoggerFactory.getLogger(ReadingLinks.class);

	private static final String ALGORITHM = "HmacSHA256";

	/** Tells reading links from every other token the service signs. */
	private static final String VERSION = "r1";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final byte[] key;

	private final ReadingLinkProperties properties;

	private final Clock clock;

	ReadingLinks(ReadingLinkProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		if (properties.secret() == null || properties.secret().isBlank()) {
			log.warn("No hoagiai.training.reading-link.secret: reading links are signed with a random key of this process");
			this.key = new byte[32];
			new SecureRandom().nextBytes(this.key);
		}
		else if (properties.secret().length() < 32) {
			throw new IllegalStateException("hoagiai.training.reading-link.secret must have at least 32 characters");
		}
		else {
			this.key = properties.secret().getBytes(StandardCharsets.UTF_8);
		}
	}

	/**
	 * A link's token and when it expires.
	 *
	 * @param token what the link carries
	 * @param expiresAt when it stops being accepted
	 */
	record Issued(String token, Instant expiresAt) {
	}

	/**
	 * Who may read what, by a genuine token.
	 *
	 * @param materialId the material
	 * @param mediatorId the mediator the link was given to
	 * @param expiresAt when the link expires
	 */
	record Claim(String materialId, String mediatorId, Instant expiresAt) {
	}

	/** What checking a token found: {@link Valid}, {@link Expired} or {@link Invalid}. */
	sealed interface Verdict permits Valid, Expired, Invalid {
	}

	/** @param claim what the token grants */
	record Valid(Claim claim) implements Verdict {
	}

	/** @param expiredAt when the genuine token expired */
	record Expired(Instant expiredAt) implements Verdict {
	}

	/** Not a token this service signed, or altered. */
	record Invalid() implements Verdict {
	}

	Issued issue(String materialId, String mediatorId) {
		return issue(materialId, mediatorId, this.clock.instant().plus(this.properties.validity()));
	}

	/** A token that expires at the given instant (tests make expired ones with it). */
	Issued issue(String materialId, String mediatorId, Instant expiresAt) {
		// The mediator's id comes last, so that whatever it holds cannot shift the other fields.
		String payload = String.join("|", VERSION, materialId, Long.toString(expiresAt.getEpochSecond()), mediatorId);
		byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
		return new Issued(ENCODER.encodeToString(payloadBytes) + "." + ENCODER.encodeToString(sign(payloadBytes)),
				Instant.ofEpochSecond(expiresAt.getEpochSecond()));
	}

	Verdict verify(String token) {
		String[] parts = token.split("\\.", -1);
		if (parts.length != 2) {
			return new Invalid();
		}
		byte[] payload;
		byte[] signature;
		try {
			payload = DECODER.decode(parts[0]);
			signature = DECODER.decode(parts[1]);
		}
		catch (IllegalArgumentException ex) {
			return new Invalid();
		}
		if (!MessageDigest.isEqual(sign(payload), signature)) {
			return new Invalid();
		}
		String[] fields = new String(payload, StandardCharsets.UTF_8).split("\\|", 4);
		if (fields.length != 4 || !VERSION.equals(fields[0]) || fields[1].isEmpty() || fields[3].isEmpty()) {
			return new Invalid();
		}
		Instant expiresAt;
		try {
			expiresAt = Instant.ofEpochSecond(Long.parseLong(fields[2]));
		}
		catch (NumberFormatException ex) {
			return new Invalid();
		}
		if (!this.clock.instant().isBefore(expiresAt)) {
			return new Expired(expiresAt);
		}
		return new Valid(new Claim(fields[1], fields[3], expiresAt));
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
