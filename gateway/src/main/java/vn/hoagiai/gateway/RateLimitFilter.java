package vn.hoagiai.gateway;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A rate limit per user and per client (token bucket, Bucket4j, in this gateway's memory): one person
 * or one district system cannot starve the others. Over the limit: 429 with problem details and
 * Retry-After. With several gateway instances each keeps its own buckets (see docs/SECURITY.md).
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

	private final Limits limits;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	RateLimitFilter(Limits limits) {
		this.limits = limits;
	}

	/**
	 * The limits, in requests per minute.
	 *
	 * @param perUser for one signed-in person or system (the token's subject)
	 * @param perClient for one client application (the token's {@code azp}/{@code client_id}), all users together
	 */
	@ConfigurationProperties("hoagiai.gateway.rate-limit")
	record Limits(@DefaultValue("600") long perUser, @DefaultValue("6000") long perClient) {
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		return ReactiveSecurityContextHolder.getContext()
			.map((context) -> context.getAuthentication())
			.filter((authentication) -> authentication != null && authentication.getPrincipal() instanceof Jwt)
			.map((authentication) -> (Jwt) authentication.getPrincipal())
			.flatMap((jwt) -> {
				ConsumptionProbe user = bucket("user:" + jwt.getSubject(), this.limits.perUser()).tryConsumeAndReturnRemaining(1);
				String client = (jwt.getClaimAsString("azp") != null) ? jwt.getClaimAsString("azp")
						: String.valueOf(jwt.getClaimAsString("client_id"));
				ConsumptionProbe all = user.isConsumed()
						? bucket("client:" + client, this.limits.perClient()).tryConsumeAndReturnRemaining(1) : user;
				if (user.isConsumed() && all.isConsumed()) {
					return chain.filter(exchange);
				}
				long seconds = Math.max(1, Duration.ofNanos(all.getNanosToWaitForRefill()).toSeconds());
				exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(seconds));
				return GatewaySecurity.problem(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
						"Quá nhiều yêu cầu", "Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau " + seconds + " giây.");
			})
			.switchIfEmpty(Mono.defer(() -> chain.filter(exchange)));
	}

	private Bucket bucket(String key, long perMinute) {
		return this.buckets.get(key, (k) -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

}
