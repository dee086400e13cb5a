package vn.hoagiai.reporting.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import vn.hoagiai.kit.problem.FieldProblem;
import vn.hoagiai.kit.problem.ProblemDetailsAdvice;

/**
 * Problem-details answers that name the field at fault with a status the shared advice does not pick
 * for itself (400 or 404 for a path or query parameter, 409 for a state that refuses a change). They
 * are thrown as {@link ErrorResponseException}, which the shared advice answers as they are.
 */
public final class Problems {

	private Problems() {
	}

	/** 400: a parameter that cannot be understood (a period like {@code 2026-Q5}). */
	public static ErrorResponseException badRequest(String field, String message) {
		return withField(HttpStatus.BAD_REQUEST, "invalid-request", "Yêu cầu không hợp lệ", field, message);
	}

	/** 404: the thing a path names does not exist (a unit or an indicator). */
	public static ErrorResponseException notFound(String field, String message) {
		return withField(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy", field, message);
	}

	/** 409: the thing is in a state that refuses this change (an approved, locked report). */
	public static ErrorResponseException conflict(String type, String title, String message) {
		ProblemDetail problem = ProblemDetailsAdvice.problem(HttpStatus.CONFLICT, type, title, message);
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}

	private static ErrorResponseException withField(HttpStatus status, String type, String title, String field,
			String message) {
		ProblemDetail problem = ProblemDetailsAdvice.problem(status, type, title, message);
		problem.setProperty("errors", List.of(new FieldProblem(field, message)));
		return new ErrorResponseException(status, problem, null);
	}

}
