package vn.hoagiai.deployment;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.ScopeMappingRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPAttribute;

import vn.hoagiai.deployment.ComposeFile.PortMapping;
import vn.hoagiai.deployment.ComposeFile.Service;
import vn.hoagiai.kit.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Keycloak of docker-compose.yml issues the tokens the services accept: its realm has exactly the
 * roles of {@link Role}, puts the {@code roles} and {@code unit} claims and the API audience into every
 * client's access tokens, lets the web console in with the authorization code flow and PKCE only and
 * the district system with client credentials only, holds no people and no passwords; and every
 * application validates tokens of that realm, by the issuer Keycloak writes and the keys it serves.
 */
class KeycloakRealmTests {

	private static final ComposeFile COMPOSE = ComposeFile.load();

	private static final KeycloakRealm REALM = KeycloakRealm.load();

	private static final String WEB_CONSOLE = "web-console";

	private static final String DISTRICT_SYSTEM_CLIENT = "district-540";

	/** The claims {@code vn.hoagiai.kit.security.Caller} reads. */
	private static final String ROLES_CLAIM = "roles";

	private static final String UNIT_CLAIM = "unit";

	private static final String ROLE_MAPPER = "oidc-usermodel-realm-role-mapper";

	private static final String ATTRIBUTE_MAPPER = "oidc-usermodel-attribute-mapper";

	private static final String AUDIENCE_MAPPER = "oidc-audience-mapper";

	private static Service keycloak() {
		return KeycloakRealm.service(COMPOSE);
	}

	private static Set<String> roleNames() {
		Set<String> names = new LinkedHashSet<>();
		Arrays.stream(Role.values()).forEach((role) -> names.add(role.name()));
		return names;
	}

	private static List<ProtocolMapperRepresentation> mappers(ClientRepresentation client, String type) {
		return Optional.ofNullable(client.getProtocolMappers())
			.orElse(List.of())
			.stream()
			.filter((mapper) -> type.equals(mapper.getProtocolMapper()))
			.toList();
	}

	private static Set<String> scopeOf(ClientRepresentation client) {
		Set<String> roles = new LinkedHashSet<>();
		Optional.ofNullable(REALM.realm().getScopeMappings())
			.orElse(List.of())
			.stream()
			.filter((mapping) -> client.getClientId().equals(mapping.getClient()))
			.map(ScopeMappingRepresentation::getRoles)
			.forEach(roles::addAll);
		return roles;
	}

	/** The audience every application requires, from its own application.yml. */
	private static Set<String> audiencesTheApplicationsRequire() {
		Set<String> audiences = new LinkedHashSet<>();
		for (Service application : COMPOSE.applications()) {
			ApplicationConfig config = ApplicationConfig.of(application.build().orElseThrow().module());
			audiences.add(config.property("spring.security.oauth2.resourceserver.jwt.audiences", application.environment())
				.orElseThrow(() -> new AssertionError(application.name() + " requires no audience")));
		}
		return audiences;
	}

	@Test
	void keycloakImageIsTheVersionTheRealmIsCheckedAgainst() {
		String tag = keycloak().image().orElseThrow().substring(KeycloakRealm.IMAGE.length() + 1);
		String representationVersion = System.getProperty("keycloak.version", "");

		assertThat(representationVersion).as("keycloak.version of deployment-tests/pom.xml").isNotEmpty();
		assertThat(representationVersion + ".").as("keycloak-core the realm is read with, against the image %s", tag)
			.startsWith(String.join(".", Arrays.asList(tag.split("\\.")).subList(0, 2)) + ".");
	}

	@Test
	void realmRolesAreExactlyTheRolesTheServicesCheck() {
		List<RoleRepresentation> roles = REALM.realm().getRoles().getRealm();

		assertThat(REALM.name()).isEqualTo("hoagiai");
		assertThat(REALM.realm().isEnabled()).as("realm enabled").isTrue();
		assertThat(roles).extracting(RoleRepresentation::getName)
			.as("realm roles of %s, against vn.hoagiai.kit.security.Role", KeycloakRealm.FILE)
			.containsExactlyInAnyOrderElementsOf(roleNames());
		assertThat(roles).as("roles are plain, never composite: one role, one scope")
			.allSatisfy((role) -> assertThat(role.isComposite()).isFalse());
		assertThat(REALM.realm().getRoles().getClient()).as("client roles").isNullOrEmpty();
	}

	@Test
	void everyClientPutsRolesUnitAndTheApiAudienceIntoItsAccessTokens() {
		Set<String> audiences = audiencesTheApplicationsRequire();
		assertThat(audiences).as("the audience the applications require").containsExactly("hoagiai-api");

		assertThat(REALM.clients()).extracting(ClientRepresentation::getClientId)
			.containsExactlyInAnyOrder(WEB_CONSOLE, DISTRICT_SYSTEM_CLIENT);
		for (ClientRepresentation client : REALM.clients()) {
			String id = client.getClientId();

			assertThat(mappers(client, ROLE_MAPPER)).as("realm-role mapper of %s", id)
				.singleElement()
				.satisfies((mapper) -> assertThat(mapper.getConfig()).containsEntry("claim.name", ROLES_CLAIM)
					.containsEntry("multivalued", "true")
					.containsEntry("jsonType.label", "String")
					.containsEntry("access.token.claim", "true")
					.containsEntry("id.token.claim", "true")
					.satisfies((config) -> assertThat(config.getOrDefault("usermodel.realmRoleMapping.rolePrefix", ""))
						.as("prefix of the role names").isEmpty()));

			assertThat(mappers(client, ATTRIBUTE_MAPPER)).as("user attribute mappers of %s", id)
				.filteredOn((mapper) -> UNIT_CLAIM.equals(mapper.getConfig().get("claim.name")))
				.singleElement()
				.satisfies((mapper) -> assertThat(mapper.getConfig()).containsEntry("user.attribute", UNIT_CLAIM)
					.containsEntry("jsonType.label", "String")
					.containsEntry("access.token.claim", "true")
					.containsEntry("id.token.claim", "true")
					.satisfies((config) -> assertThat(config.getOrDefault("multivalued", "false"))
						.as("unit is one string (Caller reads it with getClaimAsString)").isEqualTo("false")));

			assertThat(mappers(client, AUDIENCE_MAPPER)).as("audience mappers of %s", id)
				.anySatisfy((mapper) -> assertThat(mapper.getConfig())
					.containsEntry("included.custom.audience", audiences.iterator().next())
					.containsEntry("access.token.claim", "true"));

			assertThat(mappers(client, ROLE_MAPPER).get(0).getProtocol()).isEqualTo("openid-connect");
		}
	}

	@Test
	void everyRoleReachesTheTokensOfTheClientItsHoldersUse() {
		Set<String> roles = roleNames();
		Set<String> people = new LinkedHashSet<>(roles);
		people.remove(Role.DISTRICT_SYSTEM.name());
		ClientRepresentation console = REALM.client(WEB_CONSOLE);
		ClientRepresentation district = REALM.client(DISTRICT_SYSTEM_CLIENT);

		// With full scope, a token would carry every realm role the user has, Keycloak's own
		// (default-roles-hoagiai, offline_access, uma_authorization) included; the scope keeps the claim to
		// the system's roles, and keeps a person's token from ever carrying DISTRICT_SYSTEM.
		assertThat(REALM.clients()).as("clients limited to their scope")
			.allSatisfy((client) -> assertThat(client.isFullScopeAllowed()).as("fullScopeAllowed of %s", client.getClientId())
				.isFalse());
		assertThat(scopeOf(console)).as("roles in the scope of %s", WEB_CONSOLE).containsExactlyInAnyOrderElementsOf(people);
		assertThat(scopeOf(district)).as("roles in the scope of %s", DISTRICT_SYSTEM_CLIENT)
			.containsExactly(Role.DISTRICT_SYSTEM.name());
		assertThat(REALM.realm().getScopeMappings()).as("scope mappings name clients of the realm")
			.allSatisfy((mapping) -> assertThat(mapping.getClient()).isIn(WEB_CONSOLE, DISTRICT_SYSTEM_CLIENT));
	}

	@Test
	void webConsoleSignsPeopleInWithTheAuthorizationCodeFlowAndPkce() {
		ClientRepresentation console = REALM.client(WEB_CONSOLE);
		Map<String, String> environment = keycloak().environment();
		String gatewayUrl = COMPOSE.service("gateway").environment().get("HOAGIAI_CONSOLE_ORIGINS");

		assertThat(console.isPublicClient()).as("%s is public (a browser keeps no secret)", WEB_CONSOLE).isTrue();
		assertThat(console.isStandardFlowEnabled()).as("authorization code flow").isTrue();
		assertThat(console.isImplicitFlowEnabled()).as("implicit flow").isFalse();
		assertThat(console.isDirectAccessGrantsEnabled()).as("passwords sent by the client").isFalse();
		assertThat(console.isServiceAccountsEnabled()).as("client credentials").isFalse();
		assertThat(console.isBearerOnly()).isFalse();
		assertThat(console.getAttributes()).as("attributes of %s", WEB_CONSOLE)
			.containsEntry("pkce.code.challenge.method", "S256")
			.doesNotContainEntry("oauth2.device.authorization.grant.enabled", "true")
			.doesNotContainEntry("oidc.ciba.grant.enabled", "true");

		assertThat(gatewayUrl).as("the gateway's public URL (HOAGIAI_CONSOLE_ORIGINS)").isNotBlank().doesNotEndWith("/");
		assertThat(console.getRedirectUris()).as("redirect URIs of %s", WEB_CONSOLE)
			.isNotEmpty()
			.allSatisfy((uri) -> {
				String resolved = KeycloakRealm.resolve(uri, environment);
				assertThat(resolved).as("%s, as Keycloak imports it", uri).startsWith(gatewayUrl + "/").doesNotContain("*");
				assertThat(URI.create(resolved).getHost()).as("host of %s", resolved).isNotBlank();
			});
		assertThat(console.getWebOrigins()).as("web origins of %s", WEB_CONSOLE)
			.isNotEmpty()
			.allSatisfy((origin) -> assertThat(KeycloakRealm.resolve(origin, environment)).isEqualTo(gatewayUrl));
	}

	@Test
	void districtSystemUsesClientCredentialsOnlyAndActsForItsDistrict() {
		ClientRepresentation district = REALM.client(DISTRICT_SYSTEM_CLIENT);

		assertThat(district.isPublicClient()).as("%s is confidential", DISTRICT_SYSTEM_CLIENT).isFalse();
		assertThat(district.isBearerOnly()).isFalse();
		assertThat(district.isServiceAccountsEnabled()).as("client credentials").isTrue();
		assertThat(district.isStandardFlowEnabled()).as("authorization code flow").isFalse();
		assertThat(district.isImplicitFlowEnabled()).as("implicit flow").isFalse();
		assertThat(district.isDirectAccessGrantsEnabled()).as("passwords sent by the client").isFalse();
		assertThat(district.getRedirectUris()).as("redirect URIs").isNullOrEmpty();
		assertThat(district.getAttributes()).doesNotContainEntry("oauth2.device.authorization.grant.enabled", "true")
			.doesNotContainEntry("oidc.ciba.grant.enabled", "true");
		assertThat(Optional.ofNullable(district.getClientAuthenticatorType()).orElse("client-secret")).isEqualTo("client-secret");

		// The secret is never written in the file: Keycloak reads it from its environment, which gets it
		// from .env.
		String secretVariable = KeycloakRealm.singlePlaceholder(String.valueOf(district.getSecret()))
			.orElseThrow(() -> new AssertionError("the secret of " + DISTRICT_SYSTEM_CLIENT
					+ " must be one ${VARIABLE} placeholder, not " + district.getSecret()));
		String given = keycloak().rawEnvironment().get(secretVariable);
		assertThat(given).as("%s given to Keycloak in %s", secretVariable, ComposeFile.FILE).isNotNull();
		assertThat(Interpolation.isSingleReference(given)).as("%s comes from .env: %s", secretVariable, given).isTrue();

		UserRepresentation account = REALM.serviceAccountOf(DISTRICT_SYSTEM_CLIENT)
			.orElseThrow(() -> new AssertionError(KeycloakRealm.FILE + " has no service account user of " + DISTRICT_SYSTEM_CLIENT));
		assertThat(account.getUsername()).isEqualTo("service-account-" + DISTRICT_SYSTEM_CLIENT);
		assertThat(account.isEnabled()).isTrue();
		assertThat(account.getRealmRoles()).as("roles of %s", account.getUsername()).containsExactly(Role.DISTRICT_SYSTEM.name());
		assertThat(account.getAttributes()).as("attributes of %s", account.getUsername())
			.containsEntry(UNIT_CLAIM, List.of("540"));
	}

	@Test
	void theRealmHoldsNoPeopleAndNoPasswords() {
		assertThat(REALM.users()).as("users of %s: service accounts only; operators add people", KeycloakRealm.FILE)
			.allSatisfy((user) -> {
				assertThat(user.getServiceAccountClientId()).as("service account client of %s", user.getUsername()).isNotBlank();
				assertThat(user.getCredentials()).as("credentials of %s", user.getUsername()).isNullOrEmpty();
			});
		assertThat(REALM.realm().isRegistrationAllowed()).as("self-registration").isNotEqualTo(Boolean.TRUE);
		assertThat(REALM.realm().getSslRequired()).as("sslRequired").isIn("external", "all");
	}

	@Test
	void onlyAdministratorsSetAPersonsUnit() {
		UPAttribute unit = REALM.userProfile()
			.getAttributes()
			.stream()
			.filter((attribute) -> UNIT_CLAIM.equals(attribute.getName()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the user profile of " + KeycloakRealm.FILE + " must declare " + UNIT_CLAIM
					+ ": Keycloak drops attributes it does not declare"));

		assertThat(unit.getPermissions().getEdit()).as("who may change a user's unit (a person must never widen their own scope)")
			.containsExactly("admin");
		assertThat(unit.isMultivalued()).as("one unit per person").isFalse();
		assertThat(unit.getRequired()).as("unit required").isNotNull();
		assertThat(unit.getRequired().getRoles()).as("unit required when an administrator edits a user").contains("admin");
		String pattern = String.valueOf(unit.getValidations().get("pattern").get("pattern"));
		assertThat(List.of("52", "540", "21550")).as("official codes of a province, a district and a commune")
			.allSatisfy((code) -> assertThat(Pattern.compile(pattern).matcher(code).matches()).as("%s matches %s", code, pattern).isTrue());
		assertThat(List.of("", "5", "abc", "540 ", "215500")).as("values that are no unit code")
			.allSatisfy((code) -> assertThat(Pattern.compile(pattern).matcher(code).matches()).as("%s matches %s", code, pattern).isFalse());
	}

	@Test
	void everyPlaceholderOfTheRealmIsGivenToKeycloak() {
		Map<String, String> environment = keycloak().environment();

		assertThat(REALM.placeholders()).as("placeholders of %s", KeycloakRealm.FILE).isNotEmpty();
		assertThat(REALM.placeholders()).as("each must be in the environment of %s, or Keycloak imports it as text",
				keycloak().name())
			.allSatisfy((name) -> assertThat(environment.get(name)).as(name).isNotBlank());
	}

	@Test
	void keycloakRunsInProductionModeAndImportsTheRealm() {
		Service keycloak = keycloak();
		Map<String, String> environment = keycloak.environment();
		int managementPort = KeycloakRealm.managementPort(keycloak);

		assertThat(keycloak.command()).as("command of %s", keycloak.name()).startsWith("start").contains("--import-realm");
		assertThat(keycloak.volumes()).as("volumes of %s", keycloak.name())
			.anySatisfy((volume) -> assertThat(volume).startsWith("./" + KeycloakRealm.FILE + ":" + KeycloakRealm.IMPORT_DIRECTORY)
				.endsWith(".json:ro"));
		assertThat(environment.get("KC_HEALTH_ENABLED")).isEqualTo("true");
		assertThat(String.join(" ", keycloak.healthcheck().orElseThrow()))
			.as("health check of %s: readiness on the management port", keycloak.name())
			.contains("/health/ready")
			.contains("/dev/tcp/127.0.0.1/" + managementPort)
			.contains(" 200");

		// A database of its own, which it waits for.
		assertThat(environment.get("KC_DB")).as("Keycloak's database").isEqualTo("postgres");
		String database = URI.create(environment.get("KC_DB_URL").substring("jdbc:".length())).getHost();
		assertThat(COMPOSE.service(database).image()).as("image of %s", database).hasValueSatisfying((image) -> assertThat(image).startsWith("postgres:"));
		assertThat(keycloak.dependsOn()).containsEntry(database, "service_healthy");
		assertThat(COMPOSE.service(database).environment().get("POSTGRES_DB")).isEqualTo(URI.create(
				environment.get("KC_DB_URL").substring("jdbc:".length())).getPath().substring(1));
		assertThat(COMPOSE.service(database).environment().get("POSTGRES_USER")).isEqualTo(environment.get("KC_DB_USERNAME"));
		assertThat(keycloak.rawEnvironment().get("KC_DB_PASSWORD")).as("Keycloak's and the database's password, the same variable")
			.isEqualTo(COMPOSE.service(database).rawEnvironment().get("POSTGRES_PASSWORD"));

		// A fixed public URL, so the issuer never comes from a request's Host header.
		assertThat(environment.get("KC_HOSTNAME")).as("KC_HOSTNAME").matches("https?://[^/]+(/.*[^/])?");
		assertThat(environment).doesNotContainEntry("KC_HOSTNAME_STRICT", "false");
		assertThat(environment.get("KC_HTTP_ENABLED")).as("plain HTTP behind the TLS-terminating proxy").isEqualTo("true");

		// The temporary administrator comes from .env.
		assertThat(keycloak.rawEnvironment()).containsKeys("KC_BOOTSTRAP_ADMIN_USERNAME", "KC_BOOTSTRAP_ADMIN_PASSWORD");
		assertThat(Interpolation.isSingleReference(keycloak.rawEnvironment().get("KC_BOOTSTRAP_ADMIN_USERNAME"))).isTrue();
		assertThat(Interpolation.isSingleReference(keycloak.rawEnvironment().get("KC_BOOTSTRAP_ADMIN_PASSWORD"))).isTrue();
	}

	@Test
	void prometheusScrapesKeycloakOnItsManagementPort() {
		Service keycloak = keycloak();
		String target = keycloak.name() + ":" + KeycloakRealm.managementPort(keycloak);

		assertThat(keycloak.environment().get("KC_METRICS_ENABLED")).isEqualTo("true");
		assertThat(keycloak.expose()).as("ports %s exposes", keycloak.name()).contains(KeycloakRealm.managementPort(keycloak));
		assertThat(MonitoringTests.scrapeJobs()).as("scrape jobs of Prometheus")
			.anySatisfy((job) -> {
				assertThat(job.targets()).contains(target);
				assertThat(job.metricsPath()).isEqualTo("/metrics");
			});
	}

	@Test
	void everyApplicationAcceptsTokensOfTheRealmOnly() {
		Service keycloak = keycloak();
		String issuer = keycloak.environment().get("KC_HOSTNAME") + "/realms/" + REALM.name();
		String keys = "http://" + keycloak.name() + ":" + KeycloakRealm.httpPort(keycloak) + "/realms/" + REALM.name()
				+ "/protocol/openid-connect/certs";

		assertThat(COMPOSE.applications()).as("applications").isNotEmpty();
		for (Service application : COMPOSE.applications()) {
			ApplicationConfig config = ApplicationConfig.of(application.build().orElseThrow().module());
			Map<String, String> environment = application.environment();

			assertThat(config.property("spring.security.oauth2.resourceserver.jwt.issuer-uri", environment))
				.as("issuer %s accepts: the one Keycloak writes into tokens", application.name())
				.hasValue(issuer);
			assertThat(config.property("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", environment))
				.as("where %s fetches the signing keys: the realm's key set, inside the network", application.name())
				.hasValue(keys);
			assertThat(application.dependsOn()).as("%s starts once Keycloak is ready", application.name())
				.containsEntry(keycloak.name(), "service_healthy");
		}
	}

	@Test
	void theExamplePublicUrlsReachThePublishedPorts() {
		Map<String, String> example = Repository.envExample();
		Map<String, Service> publishedBy = Map.of("PUBLIC_URL", COMPOSE.service("gateway"), "PUBLIC_AUTH_URL", keycloak());

		publishedBy.forEach((variable, service) -> {
			String value = example.get(variable);
			assertThat(value).as("%s in .env.example", variable).isNotBlank().doesNotEndWith("/");
			URI url = URI.create(value);
			assertThat(url.getScheme()).as("scheme of %s", variable).isIn("http", "https");
			if ("localhost".equals(url.getHost())) {
				// Without a proxy, the browser reaches the service on its published port.
				assertThat(service.ports()).extracting(PortMapping::published)
					.as("ports %s publishes, against %s=%s", service.name(), variable, value)
					.contains(String.valueOf(url.getPort()));
			}
		});
	}

}
