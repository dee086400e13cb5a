package vn.hoagiai.gateway;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the web console needs to know before anyone signs in: where the OpenID Connect provider is
 * and the console's client id. Public, holds no secret.
 */
@RestController
class ConsoleConfigController {

	private final Map<String, String> config;

	ConsoleConfigController(@Value("${hoagiai.gateway.public-issuer:${HOAGIAI_ISSUER:http://localhost:9000}}") String issuer,
			@Value("${hoagiai.gateway.console-client-id:web-console}") String clientId) {
		this.config = Map.of("issuer", issuer, "clientId", clientId, "scope", "openid profile");
	}

	@GetMapping("/config.json")
	Map<String, String> config() {
		return this.config;
	}

}
