package vn.hoagiai.training;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokens that carry a payload signed with HMAC-SHA256, as {@code payload.signature}, both parts base64url
 * without padding: the QR check-in tokens and the personal reading links. Each user keeps its own payload
 * (with a version tag that tells its tokens from the others), expiry and verdicts; this class only seals
 * a payload and tells whether a token is genuine.
 */
public final class SignedTokens {

	private static final Logger log = LoggerFactory.getLogger(SignedTokens.class);

	private static final String ALGORITHM = "HmacSHA256";

	/** Shortest secret accepted, in characters. */
	private static final int MIN_SECRET_LENGTH = 32;

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SecretKeySpec key;

	/**
	 * Signs with the secret, or, when there is none, with a random key of this process (development: its
	 * tokens die with the process and work on one instance only).
	 * @param secret the key, at least 32 characters; null or blank for a random one
	 * @param property the setting that holds the secret, named in the messages
	 * @throws IllegalStateException when the secret is shorter than 32 characters
	 */
	public SignedTokens(@Nullable String secret, String property) {
		byte[] bytes;
		if (secret == null || secret.isBlank()) {
			log.warn("No {}: its tokens are signed with a random key of this process", property);
			bytes = new byte[MIN_SECRET_LENGTH];
			new SecureRandom().nextBytes(bytes);
		}
		else if (secret.length() < MIN_SECRET_LENGTH) {
			throw new IllegalStateException(property + " must have at least " + MIN_SECRET_LENGTH + " characters");
		}
		else {
			bytes = secret.getBytes(StandardCharsets.UTF_8);
		}
		this.key = new SecretKeySpec(bytes, ALGORITHM);
	}

	/** The token that carries the payload, signed. */
	public String seal(String payload) {
		byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
		return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(sign(bytes));
	}

	/** The payload of a token sealed with this key; empty for one that is malformed, altered or signed with another key. */
	public Optional<String> open(String token) {
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
		return Optional.of(new String(payload, StandardCharsets.UTF_8));
	}

	private byte[] sign(byte[] payload) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac.doFinal(payload);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
