package vn.hoagiai.kit.security;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.hoagiai.contracts.units.AdministrativeUnits;

/**
 * Every service is an OAuth2 resource server: each request to {@code /api/**} must carry a signed,
 * unexpired JWT of the expected issuer and audience (configured with
 * {@code spring.security.oauth2.resourceserver.jwt.*}); controllers then check role and unit scope
 * through {@link Caller}. No profile or property turns this off.
 */
@AutoConfiguration(afterName = "vn.hoagiai.kit.KitAutoConfiguration", beforeName = {
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@EnableConfigurationProperties(UnitsProperties.class)
public class ApiSecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	AdministrativeUnits administrativeUnits(UnitsProperties properties) {
		return AdministrativeUnits.load(properties.scope());
	}

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName("roles");
		roles.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(roles);
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/**", "/error", "/v3/api-docs", "/v3/api-docs/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(converter))
				.authenticationEntryPoint(ProblemResponses.unauthorized())
				.accessDeniedHandler(ProblemResponses.forbidden()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(ProblemResponses.unauthorized())
				.accessDeniedHandler(ProblemResponses.forbidden()));
		return http.build();
	}

	@Bean
	WebMvcConfigurer callerArgument(AdministrativeUnits units) {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CallerArgumentResolver(units));
			}
		};
	}

}
