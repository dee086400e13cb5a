package vn.hoagiai.gatewaykit;

import java.net.URI;
import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The gateway's own answers: RFC 9457 problem details in Vietnamese, never a stack trace. */
public final class GatewayProblems {

	/** How long a caller is asked to wait when a service is unavailable. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

	private GatewayProblems() {
	}

	/** A problem of the gateway, its type {@code urn:problem:hoa-giai:<type>}. */
	public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:problem:hoa-giai:" + type));
		problem.setTitle(title);
		return problem;
	}

	/**
	 * What the gateway answers when a service is down, slow or its circuit is open: 503 with a
	 * Retry-After.
	 */
	public static ResponseEntity<ProblemDetail> serviceUnavailable(String service) {
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
				"Dịch vụ tạm thời không khả dụng", "Dịch vụ " + service
						+ " tạm thời không phản hồi. Vui lòng thử lại sau " + RETRY_AFTER.toSeconds() + " giây.");
		problem.setProperty("service", service);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** Over the rate limit: 429, to be sent with {@code Retry-After: seconds}. */
	public static ProblemDetail tooManyRequests(long seconds) {
		return problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Quá nhiều yêu cầu",
				"Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau " + seconds + " giây.");
	}

}
