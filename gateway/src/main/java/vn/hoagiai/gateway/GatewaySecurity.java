package vn.hoagiai.gateway;

import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import reactor.core.publisher.Mono;

import vn.hoagiai.gatewaykit.GatewayProblems;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own check of every API request: a signed, unexpired JWT of the expected issuer and
 * audience (the services check again, and check scope). The contract documents and the web console's
 * files are public. Security headers on every answer.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurity {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Bean
	SecurityWebFilterChain apiSecurityChain(ServerHttpSecurity http,
			@org.springframework.beans.factory.annotation.Value("${HOAGIAI_ISSUER:http://localhost:9000}") String issuer) {
		java.net.URI provider = java.net.URI.create(issuer);
		String providerOrigin = provider.getScheme() + "://" + provider.getAuthority();
		// Stateless: a bearer token on every request, no session. Without these two, every request made
		// a WebSession to look for a security context in, on a boundedElastic thread and with a
		// SecureRandom id (measured: BENCHMARKS.md, gateway cost).
		return http.securityContextRepository(
				org.springframework.security.web.server.context.NoOpServerSecurityContextRepository.getInstance())
			.requestCache((cache) -> cache
				.requestCache(org.springframework.security.web.server.savedrequest.NoOpServerRequestCache.getInstance()))
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.authorizeExchange((exchanges) -> exchanges
				// Public by design: anyone may check a certificate's code, a phone checks in with the
				// signed, short-lived token of a QR code, and a mediator opens a material with the signed
				// token of their personal reading link (mediators have no accounts).
				.pathMatchers(org.springframework.http.HttpMethod.GET, "/api/training/certificates/*")
				.permitAll()
				.pathMatchers(org.springframework.http.HttpMethod.POST, "/api/training/check-in")
				.permitAll()
				.pathMatchers(org.springframework.http.HttpMethod.GET, "/api/training/materials/read/*")
				.permitAll()
				.pathMatchers("/api/**")
				.authenticated()
				.anyExchange()
				.permitAll())
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> {
			}).authenticationEntryPoint((exchange, ex) -> problem(exchange.getResponse(), HttpStatus.UNAUTHORIZED,
					"unauthorized", "Chưa xác thực",
					"Yêu cầu cần một mã truy cập (access token) hợp lệ, còn hạn, do hệ thống cấp."))
				.accessDeniedHandler((exchange, ex) -> problem(exchange.getResponse(), HttpStatus.FORBIDDEN, "forbidden",
						"Không được phép", "Bạn không được phép thực hiện thao tác này.")))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "style-src 'self' 'unsafe-inline'; connect-src 'self' " + providerOrigin + "; frame-ancestors 'none'"))
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.build();
	}

	static Mono<Void> problem(ServerHttpResponse response, HttpStatus status, String type, String title,
			String detail) {
		return write(response, status, GatewayProblems.problem(status, type, title, detail));
	}

	static Mono<Void> write(ServerHttpResponse response, HttpStatus status, ProblemDetail problem) {
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (status == HttpStatus.UNAUTHORIZED) {
			response.getHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		}
		DataBuffer body = response.bufferFactory().wrap(JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
		return response.writeWith(Mono.just(body));
	}

}
