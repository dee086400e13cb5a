package vn.hoagiai.gatewaymvc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * As the shipped gateway's: every request gets a correlation id ({@value #HEADER}), keeping a
 * well-formed one the client sent, passed to the service and returned. The service echoes it; the
 * routes drop that copy so the answer carries the header once.
 */
@Component
class CorrelationIdFilter extends OncePerRequestFilter implements Ordered {

	static final String HEADER = "X-Correlation-Id";

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String sent = request.getHeader(HEADER);
		if (sent != null && WELL_FORMED.matcher(sent).matches()) {
			response.setHeader(HEADER, sent);
			chain.doFilter(request, response);
			return;
		}
		String id = newId();
		response.setHeader(HEADER, id);
		chain.doFilter(new WithCorrelationId(request, id), response);
	}

	/**
	 * A new id, UUID-shaped, unique but not unpredictable: {@code UUID.randomUUID()} draws from one
	 * {@code SecureRandom} every request waits its turn for (BENCHMARKS.md, gateway cost).
	 */
	static String newId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
				(random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L)
			.toString();
	}

	@Override
	public int getOrder() {
		// Before the security filters, so even a refused request is answered with its correlation id.
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/** The request as the client sent it, with this gateway's correlation id in place of a missing or ill-formed one. */
	private static final class WithCorrelationId extends HttpServletRequestWrapper {

		private final String id;

		WithCorrelationId(HttpServletRequest request, String id) {
			super(request);
			this.id = id;
		}

		@Override
		public @Nullable String getHeader(String name) {
			return HEADER.equalsIgnoreCase(name) ? this.id : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HEADER.equalsIgnoreCase(name) ? Collections.enumeration(List.of(this.id)) : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			List<String> names = new ArrayList<>();
			for (Enumeration<String> sent = super.getHeaderNames(); sent.hasMoreElements();) {
				String name = sent.nextElement();
				if (!HEADER.equalsIgnoreCase(name)) {
					names.add(name);
				}
			}
			names.add(HEADER);
			return Collections.enumeration(names);
		}

	}

}
