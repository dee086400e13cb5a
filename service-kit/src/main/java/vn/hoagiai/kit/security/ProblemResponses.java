package vn.hoagiai.kit.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import vn.hoagiai.kit.problem.ProblemDetailsAdvice;

/** 401 and 403 from the security filters, as problem details in Vietnamese, never a stack trace. */
final class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemResponses() {
	}

	static AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> write(response, HttpStatus.UNAUTHORIZED,
				ProblemDetailsAdvice.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Chưa xác thực",
						"Yêu cầu cần một mã truy cập (access token) hợp lệ, còn hạn, do hệ thống cấp."),
				"Bearer error=\"invalid_token\"");
	}

	static AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(response, HttpStatus.FORBIDDEN, ProblemDetailsAdvice
			.problem(HttpStatus.FORBIDDEN, "forbidden", "Không được phép", "Bạn không được phép thực hiện thao tác này."),
				null);
	}

	private static void write(HttpServletResponse response, HttpStatus status, ProblemDetail problem,
			String authenticate) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (authenticate != null) {
			response.setHeader("WWW-Authenticate", authenticate);
		}
		response.getOutputStream().write(JSON.writeValueAsBytes(problem));
	}

}
