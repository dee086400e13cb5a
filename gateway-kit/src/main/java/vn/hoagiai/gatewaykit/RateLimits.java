package vn.hoagiai.gatewaykit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A rate limit per user and per client (token bucket, Bucket4j, in this gateway's memory): one person
 * or one district system cannot starve the others. With several gateway instances each keeps its own
 * buckets (see docs/SECURITY.md).
 */
public final class RateLimits {

	private final Limits limits;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	public RateLimits(Limits limits) {
		this.limits = limits;
	}

	/**
	 * The limits, in requests per minute.
	 *
	 * @param perUser for one signed-in person or system (the token's subject)
	 * @param perClient for one client application (the token's {@code azp}/{@code client_id}), all users
	 * together
	 */
	@ConfigurationProperties("hoagiai.gateway.rate-limit")
	public record Limits(@DefaultValue("600") long perUser, @DefaultValue("6000") long perClient) {
	}

	/**
	 * Takes one request of the token's user and client.
	 * @return 0 when the request may go on, otherwise the seconds to wait (at least 1)
	 */
	public long take(Jwt jwt) {
		ConsumptionProbe user = bucket("user:" + jwt.getSubject(), this.limits.perUser()).tryConsumeAndReturnRemaining(1);
		String client = (jwt.getClaimAsString("azp") != null) ? jwt.getClaimAsString("azp")
				: String.valueOf(jwt.getClaimAsString("client_id"));
		ConsumptionProbe all = user.isConsumed()
				? bucket("client:" + client, this.limits.perClient()).tryConsumeAndReturnRemaining(1) : user;
		if (user.isConsumed() && all.isConsumed()) {
			return 0;
		}
		return Math.max(1, Duration.ofNanos(all.getNanosToWaitForRefill()).toSeconds());
	}

	private Bucket bucket(String key, long perMinute) {
		return this.buckets.get(key, (k) -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build());
	}

}
