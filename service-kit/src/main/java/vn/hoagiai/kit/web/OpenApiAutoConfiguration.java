package vn.hoagiai.kit.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import vn.hoagiai.kit.security.Caller;

/**
 * Each service's OpenAPI document (at {@code /v3/api-docs}), as the gateway shows it at
 * {@code /docs/api}: served from the gateway's origin, with bearer-token security.
 */
@AutoConfiguration
public class OpenApiAutoConfiguration {

	static {
		// The caller is resolved from the token, not sent as a parameter.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
	}

	@Bean
	OpenAPI serviceOpenApi(@Value("${spring.application.name}") String application) {
		return new OpenAPI().info(new Info().title(application).version("v1")
			.description("Hòa giải ở cơ sở — " + application + ". Every endpoint needs a bearer token (OpenID Connect)."))
			.addServersItem(new Server().url("/").description("through the gateway"))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
