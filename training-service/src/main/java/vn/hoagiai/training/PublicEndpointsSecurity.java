package vn.hoagiai.training;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The three endpoints of training-service that need no login, and nothing else: the public check of a
 * certificate's code ({@code GET /api/training/certificates/{code}}), a phone's QR check-in
 * ({@code POST /api/training/check-in}, where the signed, short-lived token is the permission) and a
 * mediator's personal reading link of a material ({@code GET /api/training/materials/read/{token}},
 * where the signed token is the permission: mediators have no accounts). This chain matches those
 * three method-and-path pairs only and is consulted before service-kit's chain, which keeps requiring
 * a valid JWT for every other request.
 */
@Configuration(proxyBeanMethods = false)
class PublicEndpointsSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain publicEndpoints(HttpSecurity http) throws Exception {
		http.securityMatcher(new OrRequestMatcher(
				PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/training/certificates/{code}"),
				PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/training/check-in"),
				PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/training/materials/read/{token}")))
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		return http.build();
	}

}
