package vn.hoagiai.gatewaymvc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The gateway on Spring Web MVC (Spring Cloud Gateway Server Web MVC, Tomcat, one thread per request),
 * <strong>for measurement only</strong>: the gateway-cost benchmark ({@code ./bench gateway}) runs it
 * beside the shipped WebFlux gateway ({@code gateway}) and the service itself, so the choice between
 * the two rests on figures. It is not shipped: no Dockerfile, not in the compose files, not started by
 * {@code ./run} or the development stack.
 *
 * <p>An API request ({@code /api/registry/**}, {@code /api/training/**}, {@code /api/reporting/**})
 * takes the same path as through the gateway: the same JWT check (issuer, audience, key set from
 * {@code HOAGIAI_ISSUER}/{@code HOAGIAI_JWK_SET_URI}, stateless: no session, no request cache), the same
 * public exceptions, a correlation id made without {@code SecureRandom} and passed on, the same per-user
 * and per-client rate limit (Bucket4j, ported as a route filter), a Resilience4j circuit breaker and
 * time limit per service with the same names and settings, retries of GET and HEAD on a 5xx, the same
 * 503 problem details with Retry-After, the same 20 MB request size limit and security headers,
 * tracing as configured there. Same environment variables ({@code REGISTRY_URL}, {@code TRAINING_URL},
 * {@code REPORTING_URL}, {@code GATEWAY_PORT}, {@code GATEWAY_MANAGEMENT_PORT}), other default ports
 * (8090, 8190), so it can run beside a gateway started with the defaults.
 *
 * <p>What differs from the shipped gateway:
 * <ul>
 * <li>The circuit breaker's time limit needs a second thread: the blocking Resilience4j circuit breaker
 * runs the call to the service on a pooled thread and waits for it (the reactive one just cancels a
 * subscription). The request's trace goes with the call (Spring Cloud's observed circuit breaker opens
 * the request's observation on that thread).</li>
 * <li>The services are called with the JDK's {@code HttpClient} (HTTP/1.1, Spring's {@code RestClient}),
 * not Reactor Netty.</li>
 * <li>A retry waits 1 ms before it goes (Spring Framework's retry waits a second unless told
 * otherwise; the reactive gateway's retry does not wait). A connection refused is not retried (the
 * client wraps it in an unchecked exception): the circuit breaker answers 503 at once.</li>
 * <li>The response carries the gateway's correlation id only: the service's copy of the same header is
 * dropped (Web MVC adds response headers where WebFlux replaces them).</li>
 * <li>No web console, no contract documents or OpenAPI page, no CORS, no {@code X-Forwarded-*} headers
 * to the services. The change feed ({@code /api/reporting/rollups/changes}) is routed without a circuit
 * breaker like there, but whether each event is passed on at once has not been tested here.</li>
 * </ul>
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@org.springframework.boot.context.properties.EnableConfigurationProperties(vn.hoagiai.gatewaykit.RateLimits.Limits.class)
public class GatewayMvcApplication {

	public static void main(String[] args) {
		exitWithParent();
		SpringApplication.run(GatewayMvcApplication.class, args);
	}

	/** Ends this process when the process that started it (the benchmark) ends, however it ended. */
	static void exitWithParent() {
		String pid = System.getProperty("hoagiai.parent-pid");
		if (pid != null && !pid.isBlank()) {
			ProcessHandle.of(Long.parseLong(pid.trim()))
				.ifPresentOrElse((parent) -> parent.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
		}
	}

}
