package vn.hoagiai.gatewaymvc;

import java.net.URI;
import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What this gateway answers when a service is down, slow or its circuit is open, as the shipped one
 * does: 503 with problem details in Vietnamese and a Retry-After, never a stack trace. The circuit
 * breaker forwards here.
 */
@RestController
class FallbackController {

	static final Duration RETRY_AFTER = Duration.ofSeconds(10);

	@RequestMapping("/fallback/{service}")
	ResponseEntity<ProblemDetail> unavailable(@PathVariable String service) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"Dịch vụ " + service + " tạm thời không phản hồi. Vui lòng thử lại sau " + RETRY_AFTER.toSeconds()
						+ " giây.");
		problem.setType(URI.create("urn:problem:hoa-giai:service-unavailable"));
		problem.setTitle("Dịch vụ tạm thời không khả dụng");
		problem.setProperty("service", service);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
