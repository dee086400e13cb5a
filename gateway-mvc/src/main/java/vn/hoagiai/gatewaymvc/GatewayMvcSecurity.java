package vn.hoagiai.gatewaymvc;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import tools.jackson.databind.json.JsonMapper;

import vn.hoagiai.gatewaykit.GatewayProblems;

/**
 * The same check of every API request as the shipped gateway's {@code GatewaySecurity}: a signed,
 * unexpired JWT of the expected issuer and audience (Spring Boot's resource-server settings in
 * application.yml), the same public exceptions, the same problem details, the same security headers.
 * Stateless: nothing is kept in a session and no request is saved for after a sign-in.
 */
@Configuration(proxyBeanMethods = false)
class GatewayMvcSecurity {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Bean
	SecurityFilterChain apiSecurityChain(HttpSecurity http,
			@Value("${HOAGIAI_ISSUER:http://localhost:9000}") String issuer) {
		URI provider = URI.create(issuer);
		String providerOrigin = provider.getScheme() + "://" + provider.getAuthority();
		return http
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.authorizeHttpRequests((requests) -> requests
				// Public by design, as at the gateway: a certificate's check, a phone's check-in with the
				// token of a QR code, a mediator's personal reading link.
				.requestMatchers(HttpMethod.GET, "/api/training/certificates/*")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/training/check-in")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/training/materials/read/*")
				.permitAll()
				.requestMatchers("/api/**")
				.authenticated()
				.anyRequest()
				.permitAll())
			.oauth2ResourceServer((server) -> server.jwt(Customizer.withDefaults())
				.authenticationEntryPoint((request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED,
						"unauthorized", "Chưa xác thực",
						"Yêu cầu cần một mã truy cập (access token) hợp lệ, còn hạn, do hệ thống cấp."))
				.accessDeniedHandler((request, response, ex) -> problem(response, HttpStatus.FORBIDDEN, "forbidden",
						"Không được phép", "Bạn không được phép thực hiện thao tác này.")))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "style-src 'self' 'unsafe-inline'; connect-src 'self' " + providerOrigin
						+ "; frame-ancestors 'none'"))
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.build();
	}

	static void problem(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		}
		response.getOutputStream().write(JSON.writeValueAsString(GatewayProblems.problem(status, type, title, detail))
			.getBytes(StandardCharsets.UTF_8));
	}


}
