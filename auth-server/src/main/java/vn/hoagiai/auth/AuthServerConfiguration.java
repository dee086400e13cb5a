package vn.hoagiai.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The authorization server: OpenID Connect with signed JWTs (RS256). Access tokens carry the
 * caller's {@code roles} and {@code unit} scope and the audience {@value #AUDIENCE}, which every service
 * checks.
 */
@Configuration(proxyBeanMethods = false)
class AuthServerConfiguration {

	/** The audience every access token carries and every service requires. */
	static final String AUDIENCE = "hoagiai-api";

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
		OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
		http.securityMatcher(server.getEndpointsMatcher())
			.with(server, (configurer) -> configurer.oidc(Customizer.withDefaults()))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.cors(Customizer.withDefaults())
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain signIn(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/actuator/health", "/actuator/health/**", "/error", "/favicon.ico")
			.permitAll()
			.anyRequest()
			.authenticated())
			.cors(Customizer.withDefaults())
			.formLogin((form) -> form.loginPage("/login").permitAll());
		return http.build();
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(DemoDirectory directory) {
		CorsConfiguration cors = new CorsConfiguration();
		List<String> origins = new ArrayList<>();
		directory.consoleRedirectUris().forEach((uri) -> origins.add(java.net.URI.create(uri).resolve("/").toString()
			.replaceAll("/$", "")));
		cors.setAllowedOrigins(origins);
		cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
		cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors);
		return source;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService users(DemoDirectory directory, PasswordEncoder encoder) {
		List<org.springframework.security.core.userdetails.UserDetails> users = new ArrayList<>();
		for (DemoDirectory.Account account : DemoDirectory.USERS) {
			users.add(User.withUsername(account.name())
				.password(encoder.encode(directory.password()))
				.roles(account.role())
				.build());
		}
		return new InMemoryUserDetailsManager(users);
	}

	@Bean
	RegisteredClientRepository clients(DemoDirectory directory, PasswordEncoder encoder) {
		RegisteredClient.Builder console = RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId("web-console")
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(30)).build());
		directory.consoleRedirectUris().forEach(console::redirectUri);
		List<RegisteredClient> clients = new ArrayList<>(List.of(console.build()));
		for (DemoDirectory.Account system : DemoDirectory.SYSTEMS) {
			clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
				.clientId(system.name())
				.clientSecret(encoder.encode(directory.districtClientSecret()))
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
				.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
				.scope("events")
				.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(30)).build())
				.build());
		}
		return new InMemoryRegisteredClientRepository(clients);
	}

	/** Adds the caller's role, unit scope and the API audience to every access token and ID token. */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> roleAndScopeClaims() {
		return (context) -> {
			String name = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
					? context.getRegisteredClient().getClientId() : context.getPrincipal().getName();
			DemoDirectory.account(name).ifPresent((account) -> DemoDirectory.claims(account)
				.forEach((claim, value) -> context.getClaims().claim(claim, value)));
			if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				context.getClaims().audience(List.of(AUDIENCE, context.getRegisteredClient().getClientId()));
			}
		};
	}

	/**
	 * The signing key, kept in a file so that tokens stay valid across restarts of the development
	 * stack; generated on first start.
	 */
	@Bean
	JWKSource<SecurityContext> signingKey(@Value("${hoagiai.auth.key-file:}") String keyFile) {
		RSAKey key;
		Path file = keyFile.isBlank() ? null : Path.of(keyFile);
		try {
			if (file != null && Files.exists(file)) {
				key = RSAKey.parse(Files.readString(file));
			}
			else {
				key = generate();
				if (file != null) {
					Files.createDirectories(file.toAbsolutePath().getParent());
					Files.writeString(file, key.toJSONString());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("The signing key file " + file + " is not a JWK", ex);
		}
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

	private static RSAKey generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
