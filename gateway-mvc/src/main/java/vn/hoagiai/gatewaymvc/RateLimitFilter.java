package vn.hoagiai.gatewaymvc;

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

import vn.hoagiai.gatewaykit.GatewayProblems;
import vn.hoagiai.gatewaykit.RateLimits;

/**
 * The shipped gateway's rate limit ({@link RateLimits}, the same settings): over the limit, 429 with
 * problem details and Retry-After. A filter of every API route, where the gateway's is a global filter
 * of every route.
 */
@Component
class RateLimitFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

	private final RateLimits limits;

	RateLimitFilter(RateLimits.Limits limits) {
		this.limits = new RateLimits(limits);
	}

	@Override
	public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
			return next.handle(request);
		}
		long seconds = this.limits.take(jwt);
		if (seconds == 0) {
			return next.handle(request);
		}
		return ServerResponse.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(GatewayProblems.tooManyRequests(seconds));
	}

}
