package vn.hoagiai.kit.problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

import vn.hoagiai.kit.outbox.StaleVersionException;

/**
 * Turns every error into an RFC 9457 problem-details body in Vietnamese, naming the fields at fault,
 * and never with a stack trace.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // after StoreUnavailableAdvice: its catch-all would take the database's faults
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	public static final String TYPE_PREFIX = "urn:problem:hoa-giai:";

	@ExceptionHandler(InvalidRequestException.class)
	ProblemDetail invalid(InvalidRequestException ex) {
		return invalidFields(ex.problems());
	}

	/**
	 * An upload the container cannot read (a file name with a NUL in it, a broken boundary): 400 naming
	 * the form, not a 500. One over the size limit: 413.
	 */
	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	ResponseEntity<ProblemDetail> unreadableForm(org.springframework.web.multipart.MultipartException ex) {
		HttpStatus status = (ex instanceof org.springframework.web.multipart.MaxUploadSizeExceededException)
				? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		return ResponseEntity.status(status)
			.body(invalidFields(List.of(new FieldProblem("file", (status == HttpStatus.CONTENT_TOO_LARGE)
					? "Tệp tải lên vượt quá dung lượng cho phép."
					: "Không đọc được biểu mẫu tải lên (tên tệp hoặc cấu trúc biểu mẫu không hợp lệ).")), status));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy", ex.getMessage());
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException ex) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Không được phép", ex.getMessage());
	}

	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	ProblemDetail accessDenied(org.springframework.security.access.AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Không được phép",
				"Bạn không được phép thực hiện thao tác này.");
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, "conflict", "Xung đột với dữ liệu đã có", ex.getMessage());
	}

	@ExceptionHandler(StaleVersionException.class)
	ProblemDetail stale(StaleVersionException ex) {
		return problem(HttpStatus.PRECONDITION_FAILED, "stale-version", "Dữ liệu đã được người khác thay đổi",
				"Bản ghi đã thay đổi kể từ khi bạn đọc nó. Hãy tải lại rồi thực hiện lại thao tác.");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Lỗi hệ thống",
				"Đã xảy ra lỗi không mong muốn. Vui lòng thử lại sau.");
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			problems.add(new FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage())));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> problems.add(new FieldProblem("", String.valueOf(error.getDefaultMessage()))));
		return ResponseEntity.unprocessableContent().body(invalidFields(problems));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach((result) -> result.getResolvableErrors()
				.forEach((error) -> problems.add(new FieldProblem(result.getMethodParameter().getParameterName() == null
						? "" : result.getMethodParameter().getParameterName(), String.valueOf(error.getDefaultMessage())))));
		return ResponseEntity.badRequest().body(invalidFields(problems, HttpStatus.BAD_REQUEST));
	}

	/** A query parameter or path segment of the wrong type (an unknown enum value, text for a number). */
	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = (ex instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException mismatch)
				? mismatch.getName() : String.valueOf(ex.getPropertyName());
		String message = "Giá trị “" + shown(ex.getValue()) + "” không hợp lệ cho " + field;
		if (ex.getRequiredType() != null && ex.getRequiredType().isEnum()) {
			message += "; chọn một trong: " + java.util.Arrays.stream(ex.getRequiredType().getEnumConstants())
				.map(String::valueOf)
				.collect(java.util.stream.Collectors.joining(", "));
		}
		return ResponseEntity.badRequest()
			.body(invalidFields(List.of(new FieldProblem(field, message)), HttpStatus.BAD_REQUEST));
	}

	/** A value as the caller sent it, for a message: every value of a repeated parameter, and not too long. */
	private static String shown(@Nullable Object value) {
		String text = (value instanceof Object[] values)
				? java.util.Arrays.stream(values).map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
				: String.valueOf(value);
		return (text.length() <= 100) ? text : text.substring(0, 100) + "…";
	}

	/** A required query parameter or form field that was not sent: 400 naming it. */
	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			org.springframework.web.bind.MissingServletRequestParameterException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(invalidFields(List.of(new FieldProblem(ex.getParameterName(), "Thiếu tham số bắt buộc.")),
					HttpStatus.BAD_REQUEST));
	}

	/** A required part of a form (the file of an import) that was not sent: 400 naming it. */
	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestPart(
			org.springframework.web.multipart.support.MissingServletRequestPartException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(invalidFields(List.of(new FieldProblem(ex.getRequestPartName(), "Thiếu phần bắt buộc của biểu mẫu.")),
					HttpStatus.BAD_REQUEST));
	}

	/**
	 * A query string Tomcat cannot read (a parameter without a name such as {@code &=1}, a broken
	 * %-escape, too many parameters): Tomcat's status (400 or 413), not 500.
	 */
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	ResponseEntity<ProblemDetail> unreadableParameters(org.apache.tomcat.util.http.InvalidParameterException ex) {
		HttpStatus status = HttpStatus.resolve(ex.getErrorCode());
		if (status == null || !status.is4xxClientError()) {
			status = HttpStatus.BAD_REQUEST;
		}
		return ResponseEntity.status(status)
			.body(invalidFields(List.of(new FieldProblem("query", "Địa chỉ yêu cầu có tham số không đọc được: "
					+ "tham số không có tên, mã hóa % sai, hoặc quá nhiều tham số.")), status));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = fieldOf(ex);
		ProblemDetail body;
		if (field == null) {
			body = problem(HttpStatus.BAD_REQUEST, "malformed-json", "Nội dung yêu cầu không đọc được",
					"Nội dung yêu cầu không phải là JSON hợp lệ.");
		}
		else {
			body = invalidFields(List.of(new FieldProblem(field, "Giá trị không đúng kiểu dữ liệu.")),
					HttpStatus.BAD_REQUEST);
		}
		return ResponseEntity.badRequest().body(body);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		// Spring's own problems (no type, or about:blank) get a type of ours and a title in Vietnamese.
		if (response != null && response.getBody() instanceof ProblemDetail problem
				&& (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
			problem.setType(URI.create(TYPE_PREFIX + "http-" + statusCode.value()));
			problem.setTitle(vietnameseTitle(statusCode));
			problem.setDetail(vietnameseTitle(statusCode));
		}
		return response;
	}

	private static String vietnameseTitle(HttpStatusCode status) {
		return titleFor(status.value());
	}

	/** A status's title in Vietnamese, for the problems the framework or the server container answer with. */
	static String titleFor(int status) {
		return switch (status) {
			case 401 -> "Chưa xác thực";
			case 403 -> "Không được phép";
			case 404 -> "Không tìm thấy";
			case 405 -> "Phương thức không được hỗ trợ";
			case 406 -> "Không có định dạng phản hồi phù hợp";
			case 408 -> "Yêu cầu quá thời gian chờ";
			case 413 -> "Tệp hoặc nội dung gửi lên quá lớn";
			case 414 -> "Địa chỉ yêu cầu quá dài";
			case 415 -> "Định dạng nội dung không được hỗ trợ";
			case 431 -> "Phần đầu yêu cầu quá lớn";
			case 400 -> "Yêu cầu không hợp lệ";
			default -> (status >= 500) ? "Lỗi hệ thống" : "Yêu cầu không thực hiện được";
		};
	}

	private static @Nullable String fieldOf(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		while (cause != null) {
			if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (var reference : databind.getPath()) {
					if (reference.getPropertyName() != null) {
						if (!path.isEmpty()) {
							path.append('.');
						}
						path.append(reference.getPropertyName());
					}
					else if (reference.getIndex() >= 0) {
						path.append('[').append(reference.getIndex()).append(']');
					}
				}
				return path.toString();
			}
			cause = cause.getCause();
		}
		return null;
	}

	static ProblemDetail invalidFields(List<FieldProblem> problems) {
		return invalidFields(problems, HttpStatus.UNPROCESSABLE_CONTENT);
	}

	static ProblemDetail invalidFields(List<FieldProblem> problems, HttpStatus status) {
		ProblemDetail problem = problem(status, "invalid-request", "Dữ liệu không hợp lệ",
				"Có " + problems.size() + " trường dữ liệu không hợp lệ.");
		problem.setProperty("errors", problems);
		return problem;
	}

	public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + type));
		problem.setTitle(title);
		return problem;
	}

}
