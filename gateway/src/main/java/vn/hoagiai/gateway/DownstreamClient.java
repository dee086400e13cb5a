package vn.hoagiai.gateway;

import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The HTTP client the gateway calls the services with. */
@Configuration(proxyBeanMethods = false)
class DownstreamClient {

	/**
	 * Reactor Netty can send a request again, once, when the connection closes before the answer; for a
	 * POST that would be the same registration carried out twice. Retrying is the route's Retry filter's
	 * business (GET and HEAD only). The faulty-link test still sees a POST whose answer was lost reach
	 * the registry twice (RELIABILITY.md): the Idempotency-Key is what makes that harmless.
	 */
	@Bean
	HttpClientCustomizer noSilentRetry() {
		return (client) -> client.disableRetry(true);
	}

}
