package vn.hoagiai.kit.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the gateway's correlation id (or makes one), puts it in the log lines of the request
 * ({@code %X{correlationId}}) and in the events the request causes (CloudEvents extension
 * {@code correlationid}), and returns it.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Correlation-Id";

	public static final String MDC_KEY = "correlationId";

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String sent = request.getHeader(HEADER);
		String id = wellFormed(sent) ? sent : UUID.randomUUID().toString();
		MDC.put(MDC_KEY, id);
		response.setHeader(HEADER, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	/** Whether a correlation id someone sent is one to keep (and log): 8 to 64 letters, digits, {@code ._-}. */
	public static boolean wellFormed(@Nullable String id) {
		return id != null && WELL_FORMED.matcher(id).matches();
	}

	/** The correlation id of the request being handled on this thread, if any. */
	public static @Nullable String current() {
		return MDC.get(MDC_KEY);
	}

}
