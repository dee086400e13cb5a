package vn.hoagiai.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

/** What a gateway under test is told: where every service is, a free management port, the test issuer. */
public final class GatewayTestProperties {

	private GatewayTestProperties() {
	}

	/** Routes every service to {@code url} and trusts the tokens of {@link TestTokens}. */
	public static void everyServiceAt(DynamicPropertyRegistry registry, String url) {
		registry.add("REGISTRY_URL", () -> url);
		registry.add("TRAINING_URL", () -> url);
		registry.add("REPORTING_URL", () -> url);
		registry.add("GATEWAY_MANAGEMENT_PORT", () -> 0);
		registry.add("HOAGIAI_ISSUER", () -> TestTokens.ISSUER);
		registry.add("HOAGIAI_JWK_SET_URI", () -> TestTokens.get().jwkSetUri());
	}

}
