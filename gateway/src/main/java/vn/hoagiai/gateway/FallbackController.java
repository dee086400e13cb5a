package vn.hoagiai.gateway;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.gatewaykit.GatewayProblems;

/**
 * What the gateway answers when a service is down, slow or its circuit is open: 503 with problem
 * details in Vietnamese and a Retry-After, never a stack trace.
 */
@RestController
class FallbackController {

	@RequestMapping("/fallback/{service}")
	ResponseEntity<ProblemDetail> unavailable(@PathVariable String service) {
		return GatewayProblems.serviceUnavailable(service);
	}

}
