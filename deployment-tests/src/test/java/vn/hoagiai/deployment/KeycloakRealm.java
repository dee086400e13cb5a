package vn.hoagiai.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.util.JsonSerialization;

import vn.hoagiai.deployment.ComposeFile.Service;

/**
 * deploy/keycloak/hoagiai-realm.json read as Keycloak reads it (its own realm representation and
 * object mapper), but strictly: a field Keycloak does not know fails instead of being ignored. Also the
 * Keycloak service of docker-compose.yml that imports it.
 */
final class KeycloakRealm {

	static final String FILE = "deploy/keycloak/hoagiai-realm.json";

	static final String IMAGE = "quay.io/keycloak/keycloak";

	/** Where Keycloak's {@code --import-realm} reads realm files from in its image. */
	static final String IMPORT_DIRECTORY = "/opt/keycloak/data/import/";

	/** The user profile provider's component type and its configuration key. */
	private static final String USER_PROFILE_PROVIDER = "org.keycloak.userprofile.UserProfileProvider";

	private static final String USER_PROFILE_CONFIG = "kc.user.profile.config";

	/** A placeholder Keycloak resolves from its environment on import: {@code ${NAME}} or {@code ${NAME:default}}. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

	private static final ObjectMapper STRICT = JsonSerialization.mapper.copy()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private final String text;

	private final RealmRepresentation realm;

	private KeycloakRealm() {
		this.text = Repository.read(FILE);
		try {
			this.realm = STRICT.readValue(this.text, RealmRepresentation.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(FILE + " is not a realm Keycloak can import", ex);
		}
	}

	static KeycloakRealm load() {
		return new KeycloakRealm();
	}

	RealmRepresentation realm() {
		return this.realm;
	}

	String name() {
		return this.realm.getRealm();
	}

	ClientRepresentation client(String clientId) {
		return clients().stream()
			.filter((client) -> clientId.equals(client.getClientId()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(FILE + " has no client " + clientId));
	}

	List<ClientRepresentation> clients() {
		return Optional.ofNullable(this.realm.getClients()).orElse(List.of());
	}

	List<UserRepresentation> users() {
		return Optional.ofNullable(this.realm.getUsers()).orElse(List.of());
	}

	Optional<UserRepresentation> serviceAccountOf(String clientId) {
		return users().stream().filter((user) -> clientId.equals(user.getServiceAccountClientId())).findFirst();
	}

	/** The declarative user profile: which attributes users have and who may see and change them. */
	UPConfig userProfile() {
		List<String> config = Optional.ofNullable(this.realm.getComponents())
			.map((components) -> components.getList(USER_PROFILE_PROVIDER))
			.filter((providers) -> providers.size() == 1)
			.map((providers) -> providers.get(0).getConfig().getList(USER_PROFILE_CONFIG))
			.orElseThrow(() -> new AssertionError(FILE + " must configure the user profile (" + USER_PROFILE_PROVIDER + ")"));
		try {
			return STRICT.readValue(String.join("", config), UPConfig.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the user profile of " + FILE + " is not one Keycloak can read", ex);
		}
	}

	/** The environment variables the file's placeholders name. */
	Set<String> placeholders() {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(this.text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/** A value of the file as Keycloak imports it, its placeholders resolved from its environment. */
	static String resolve(String value, Map<String, String> environment) {
		Matcher matcher = PLACEHOLDER.matcher(value);
		StringBuilder resolved = new StringBuilder();
		while (matcher.find()) {
			String replacement = environment.get(matcher.group(1));
			if (replacement == null) {
				replacement = (matcher.group(2) != null) ? matcher.group(2) : matcher.group();
			}
			matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(resolved);
		return resolved.toString();
	}

	/** Whether a value is one placeholder and nothing else. */
	static Optional<String> singlePlaceholder(String value) {
		Matcher matcher = PLACEHOLDER.matcher(value);
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/** The Keycloak service of docker-compose.yml. */
	static Service service(ComposeFile compose) {
		List<Service> services = compose.services()
			.stream()
			.filter((service) -> service.image().orElse("").startsWith(IMAGE + ":"))
			.toList();
		if (services.size() != 1) {
			throw new AssertionError(ComposeFile.FILE + " must run Keycloak (" + IMAGE + ") once, not " + services.size() + " times");
		}
		return services.get(0);
	}

	/** The port Keycloak serves HTTP on (sign-in pages, tokens, keys). */
	static int httpPort(Service keycloak) {
		return Integer.parseInt(keycloak.environment().getOrDefault("KC_HTTP_PORT", "8080"));
	}

	/** The port of Keycloak's management interface (health, metrics). */
	static int managementPort(Service keycloak) {
		return Integer.parseInt(keycloak.environment().getOrDefault("KC_HTTP_MANAGEMENT_PORT", "9000"));
	}

}
