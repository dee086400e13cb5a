package vn.hoagiai.training.material;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hoagiai.training.SignedTokens;

/**
 * Personal reading links: mediators have no accounts, so an officer gives each one a link that names
 * the material, the mediator and an expiry (a year), signed with HMAC-SHA256 as the QR check-in tokens
 * are ({@link SignedTokens}). Whoever holds the link may read the material without logging in, and the opening counts as the
 * mediator's. A link that was altered, signed with another key or expired is refused.
 */
@Component
final class ReadingLinks {

	/** Tells reading links from every other token the service signs. */
	private static final String VERSION = "r1";

	private final SignedTokens signed;

	private final ReadingLinkProperties properties;

	private final Clock clock;

	ReadingLinks(ReadingLinkProperties properties, Clock clock) {
		this.signed = new SignedTokens(properties.secret(), "hoagiai.training.reading-link.secret");
		this.properties = properties;
		this.clock = clock;
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
		return new Issued(this.signed.seal(payload), Instant.ofEpochSecond(expiresAt.getEpochSecond()));
	}

	Verdict verify(String token) {
		Optional<String> payload = this.signed.open(token);
		if (payload.isEmpty()) {
			return new Invalid();
		}
		String[] fields = payload.get().split("\\|", 4);
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

}
