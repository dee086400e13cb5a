package vn.hoagiai.gatewaymvc;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.gatewaykit.GatewayProblems;

/**
 * What this gateway answers when a service is down, slow or its circuit is open, as the shipped one
 * does (the same answer, from gateway-kit). The circuit breaker forwards here.
 */
@RestController
class FallbackController {

	@RequestMapping("/fallback/{service}")
	ResponseEntity<ProblemDetail> unavailable(@PathVariable String service) {
		return GatewayProblems.serviceUnavailable(service);
	}

}
