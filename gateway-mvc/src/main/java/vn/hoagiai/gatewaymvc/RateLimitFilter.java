package vn.hoagiai.gatewaymvc;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The shipped gateway's rate limit, ported: a token bucket per user (the token's subject) and per
 * client application ({@code azp}/{@code client_id}), Bucket4j in this process's memory; over the
 * limit, 429 with problem details and Retry-After. A filter of every API route, where the gateway's is
 * a global filter of every route.
 */
@Component
class RateLimitFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

	private final Limits limits;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	RateLimitFilter(Limits limits) {
		this.limits = limits;
	}

	/**
	 * The limits, in requests per minute (the gateway's settings and variables).
	 *
	 * @param perUser for one signed-in person or system
	 * @param perClient for one client application, all its users together
	 */
	@ConfigurationProperties("hoagiai.gateway.rate-limit")
	record Limits(@DefaultValue("600") long perUser, @DefaultValue("6000") long perClient) {
	}

	@Override
	public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
			return next.handle(request);
		}
		ConsumptionProbe user = bucket("user:" + jwt.getSubject(), this.limits.perUser()).tryConsumeAndReturnRemaining(1);
		String client = (jwt.getClaimAsString("azp") != null) ? jwt.getClaimAsString("azp")
				: String.valueOf(jwt.getClaimAsString("client_id"));
		ConsumptionProbe all = user.isConsumed()
				? bucket("client:" + client, this.limits.perClient()).tryConsumeAndReturnRemaining(1) : user;
		if (user.isConsumed() && all.isConsumed()) {
			return next.handle(request);
		}
		long seconds = Math.max(1, Duration.ofNanos(all.getNanosToWaitForRefill()).toSeconds());
		return ServerResponse.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(GatewayMvcSecurity.problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Quá nhiều yêu cầu",
					"Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau " + seconds + " giây."));
	}

	private Bucket bucket(String key, long perMinute) {
		return this.buckets.get(key, (k) -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build());
	}

}
