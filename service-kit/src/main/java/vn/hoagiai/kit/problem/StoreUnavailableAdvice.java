package vn.hoagiai.kit.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The database out of reach (stopped, restarting, the network between): 503 with {@code Retry-After},
 * quickly, because the client's server selection gives up well before the gateway's time limit
 * ({@code hoagiai.mongodb.server-selection-timeout}). A write refused so never reached the database: the
 * caller may send it again. The gateway's circuit breaker counts these answers and, once open, answers
 * for the service without calling it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StoreUnavailableAdvice {

	private static final Logger log = LoggerFactory.getLogger(StoreUnavailableAdvice.class);

	/** How long the caller is asked to wait before trying again, in seconds. */
	static final String RETRY_AFTER_SECONDS = "10";

	@ExceptionHandler({ DataAccessResourceFailureException.class, com.mongodb.MongoTimeoutException.class,
			com.mongodb.MongoSocketException.class })
	ResponseEntity<ProblemDetail> unavailable(RuntimeException ex) {
		log.warn("Database out of reach, answered 503: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.body(ProblemDetailsAdvice.problem(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable",
					"Tạm thời không phục vụ được",
					"Cơ sở dữ liệu tạm thời không truy cập được; yêu cầu chưa được ghi. Vui lòng thử lại sau ít phút."));
	}

}
