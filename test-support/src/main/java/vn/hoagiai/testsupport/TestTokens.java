package vn.hoagiai.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * Signed JWTs for tests, as the identity provider would issue them: RS256, the issuer and audience
 * the services expect, a role and a unit scope. The key set is served over HTTP like a real
 * provider's, so services validate test tokens by the same code path as real ones.
 */
public final class TestTokens {

	/** The issuer test tokens carry; services under test are configured to expect it. */
	public static final String ISSUER = "http://test-issuer.hoagiai.local";

	/** The audience every service requires. */
	public static final String AUDIENCE = "hoagiai-api";

	private static TestTokens instance;

	private final RSAKey key;

	private final String jwkSetUri;

	private TestTokens(RSAKey key, String jwkSetUri) {
		this.key = key;
		this.jwkSetUri = jwkSetUri;
	}

	/** The tokens and key-set server of this JVM, started on first use. */
	public static synchronized TestTokens get() {
		if (instance == null) {
			RSAKey key = generate();
			instance = new TestTokens(key, serve(new JWKSet(key.toPublicJWK()).toString()));
		}
		return instance;
	}

	/** Tokens signed with a key the services already trust (e.g. the development stack's). */
	public static TestTokens withKey(RSAKey key, String jwkSetUri) {
		return new TestTokens(key, jwkSetUri);
	}

	/** Where the public key set is served. */
	public String jwkSetUri() {
		return this.jwkSetUri;
	}

	/** A valid access token for a person or system with a role over a unit. */
	public String token(String role, String unit) {
		return sign(claims(role, unit, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(10))).build(), this.key);
	}

	/** A valid access token with the given issuer (for a stack whose issuer differs). */
	public String token(String role, String unit, String issuer) {
		return sign(claims(role, unit, issuer, AUDIENCE, Instant.now().plus(Duration.ofMinutes(10))).build(), this.key);
	}

	public String expired(String role, String unit) {
		return sign(claims(role, unit, ISSUER, AUDIENCE, Instant.now().minus(Duration.ofMinutes(10))).build(), this.key);
	}

	public String fromAnotherIssuer(String role, String unit) {
		return sign(claims(role, unit, "http://elsewhere.example", AUDIENCE, Instant.now().plus(Duration.ofMinutes(10)))
			.build(), this.key);
	}

	public String forAnotherAudience(String role, String unit) {
		return sign(claims(role, unit, ISSUER, "another-api", Instant.now().plus(Duration.ofMinutes(10))).build(),
				this.key);
	}

	public String signedWithAnotherKey(String role, String unit) {
		return sign(claims(role, unit, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(10))).build(), generate());
	}

	/** A token with {@code alg: none} and no signature. */
	public String unsigned(String role, String unit) {
		String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
		String payload = base64(claims(role, unit, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(10))).build()
			.toString());
		return header + "." + payload + ".";
	}

	/** A valid token whose unit claim was changed after signing. */
	public String withForgedUnit(String role, String unit, String forgedUnit) {
		String[] parts = token(role, unit).split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("\"unit\":\"" + unit + "\"", "\"unit\":\"" + forgedUnit + "\"");
		return parts[0] + "." + base64(payload) + "." + parts[2];
	}

	private static JWTClaimsSet.Builder claims(String role, String unit, String issuer, String audience,
			Instant expiry) {
		return new JWTClaimsSet.Builder().subject("test-" + role.toLowerCase() + "-" + unit)
			.issuer(issuer)
			.audience(List.of(audience, "web-console"))
			.issueTime(Date.from(expiry.minus(Duration.ofMinutes(30))))
			.notBeforeTime(Date.from(expiry.minus(Duration.ofMinutes(30))))
			.expirationTime(Date.from(expiry))
			.jwtID(UUID.randomUUID().toString())
			.claim("roles", List.of(role))
			.claim("unit", unit)
			.claim("name", "Người dùng thử " + role);
	}

	private static String sign(JWTClaimsSet claims, RSAKey key) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	private static RSAKey generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String serve(String jwkSet) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
			byte[] body = jwkSet.getBytes(StandardCharsets.UTF_8);
			server.createContext("/jwks", (exchange) -> {
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.setExecutor(null);
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-jwks-stop"));
			return "http://localhost:" + server.getAddress().getPort() + "/jwks";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Headers for a request with this token. */
	public static Map<String, String> bearer(String token) {
		return Map.of("Authorization", "Bearer " + token);
	}

}
