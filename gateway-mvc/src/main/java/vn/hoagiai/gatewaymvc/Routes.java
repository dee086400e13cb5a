package vn.hoagiai.gatewaymvc;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import static org.springframework.cloud.gateway.server.mvc.filter.AfterFilterFunctions.removeResponseHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.requestSize;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.CircuitBreakerFilterFunctions.circuitBreaker;
import static org.springframework.cloud.gateway.server.mvc.filter.RetryFilterFunctions.retry;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.cloud.gateway.server.mvc.predicate.GatewayRequestPredicates.path;

/**
 * The API routes of the shipped gateway's application.yml, in the Web MVC gateway's Java DSL, with the
 * filters in the same order: the size limit, the rate limit, the circuit breaker (its time limit
 * included) around the retries, then the call.
 */
@Configuration(proxyBeanMethods = false)
class Routes {

	@Bean
	RouterFunction<ServerResponse> apiRoutes(@Value("${REGISTRY_URL:http://localhost:8081}") String registry,
			@Value("${TRAINING_URL:http://localhost:8082}") String training,
			@Value("${REPORTING_URL:http://localhost:8083}") String reporting, RateLimitFilter rateLimit) {
		// The change feed is a long-lived stream: no time limiter, no retry (first: it is under /api/reporting/**).
		RouterFunction<ServerResponse> changes = route("reporting-changes")
			.route(path("/api/reporting/rollups/changes"), http())
			.before(uri(reporting))
			.filter(rateLimit)
			.after(removeResponseHeader(CorrelationIdFilter.HEADER))
			.build();
		return changes.and(service("registry", "/api/registry/**", registry, rateLimit))
			.and(service("training", "/api/training/**", training, rateLimit))
			.and(service("reporting", "/api/reporting/**", reporting, rateLimit));
	}

	private static RouterFunction<ServerResponse> service(String name, String pattern, String url,
			RateLimitFilter rateLimit) {
		return route(name).route(path(pattern), http())
			.before(uri(url))
			// Uploads (materials) are the largest bodies; anything larger is refused with 413.
			.before(requestSize("20MB"))
			.filter(rateLimit)
			.filter(circuitBreaker((config) -> config.setId(name)
				.setFallbackUri("forward:/fallback/" + name)
				.setStatusCodes("500", "502", "503", "504")))
			.filter(retry((config) -> config.setRetries(2)
				.setMethods(Set.of(HttpMethod.GET, HttpMethod.HEAD))
				.setSeries(Set.of(HttpStatus.Series.SERVER_ERROR))
				.setBackoff(Duration.ofMillis(1), Duration.ofMillis(2), 2)))
			// The service echoes the correlation id the gateway already set on the answer.
			.after(removeResponseHeader(CorrelationIdFilter.HEADER))
			.build();
	}

	/**
	 * The client the services are called with: the JDK's, on HTTP/1.1 as Reactor Netty speaks to them
	 * (by default it would ask every new connection to upgrade to HTTP/2).
	 */
	@Bean
	ClientHttpRequestFactoryBuilderCustomizer<JdkClientHttpRequestFactoryBuilder> http11() {
		return (builder) -> builder.withHttpClientCustomizer((client) -> client.version(HttpClient.Version.HTTP_1_1));
	}

}
