package vn.hoagiai.gateway;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import vn.hoagiai.gatewaykit.GatewayProblems;
import vn.hoagiai.gatewaykit.RateLimits;

/**
 * The rate limit per user and per client ({@link RateLimits}) on every route: one person or one
 * district system cannot starve the others. Over the limit: 429 with problem details and Retry-After.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

	private final RateLimits limits;

	RateLimitFilter(RateLimits.Limits limits) {
		this.limits = new RateLimits(limits);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		return ReactiveSecurityContextHolder.getContext()
			.map((context) -> context.getAuthentication())
			.filter((authentication) -> authentication != null && authentication.getPrincipal() instanceof Jwt)
			.map((authentication) -> (Jwt) authentication.getPrincipal())
			.flatMap((jwt) -> {
				long seconds = this.limits.take(jwt);
				if (seconds == 0) {
					return chain.filter(exchange);
				}
				exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
				return GatewaySecurity.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS,
						GatewayProblems.tooManyRequests(seconds));
			})
			.switchIfEmpty(Mono.defer(() -> chain.filter(exchange)));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

}
