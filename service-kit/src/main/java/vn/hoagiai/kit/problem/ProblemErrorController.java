package vn.hoagiai.kit.problem;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error page of the servlet container ({@code /error}), in place of Spring Boot's: what no
 * controller advice saw (a request the security firewall rejected, an error raised in a filter) is
 * answered as a problem in Vietnamese too, never as Spring Boot's {@code {"timestamp", "error", "path"}}.
 */
@RestController
@RequestMapping("${server.error.path:/error}")
@io.swagger.v3.oas.annotations.Hidden // the container's error page, not an endpoint of the API
class ProblemErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RequestMapping
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		int status = (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) ? code : 500;
		if (status < 400) {
			status = 500;
		}
		if (status >= 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable error) {
			log.error("Unexpected error outside the controllers", error);
		}
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(JSON.writeValueAsBytes(body(status)));
	}

	/** The problem for a status the framework or the container chose, without a word from the request. */
	static Map<String, Object> body(int status) {
		String title = ProblemDetailsAdvice.titleFor(status);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", ProblemDetailsAdvice.TYPE_PREFIX + "http-" + status);
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", (status >= 500) ? "Đã xảy ra lỗi không mong muốn. Vui lòng thử lại sau."
				: title + ". Hãy kiểm tra lại địa chỉ và nội dung yêu cầu.");
		return problem;
	}

}
