package vn.hoagiai.gateway;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id ({@value #HEADER}), keeping a well-formed one the client sent,
 * passes it to the service, and returns it: services put it in their logs and in the events they
 * publish, so one request can be followed from the gateway to the rollup.
 */
@Component
class CorrelationIdFilter implements WebFilter, Ordered {

	static final String HEADER = "X-Correlation-Id";

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String sent = exchange.getRequest().getHeaders().getFirst(HEADER);
		String id = (sent != null && WELL_FORMED.matcher(sent).matches()) ? sent : newId();
		exchange.getResponse().getHeaders().set(HEADER, id);
		return chain.filter(exchange.mutate().request((request) -> request.headers((headers) -> headers.set(HEADER, id))).build());
	}

	/**
	 * A new id, UUID-shaped. It must be unique, not unpredictable: {@code UUID.randomUUID()} draws from
	 * one {@code SecureRandom} every request waits its turn for (measured: BENCHMARKS.md, gateway cost).
	 */
	static String newId() {
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L)
			.toString();
	}

	@Override
	public int getOrder() {
		// Before the security filters, so even a refused request is answered with its correlation id.
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
