package vn.hoagiai.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.hoagiai.deployment.ComposeFile.PortMapping;
import vn.hoagiai.deployment.ComposeFile.Service;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What docker-compose.yml gives each application agrees with what the application reads: every
 * environment variable is one its application.yml names (a misspelt one would be silently ignored and
 * the default used), and every port published, exposed, health-checked or addressed by another
 * service is one it listens on.
 */
class ComposeEnvironmentTests {

	private static final ComposeFile COMPOSE = ComposeFile.load();

	/** {@code host:port} in an address; user:password@ is removed before looking. */
	private static final Pattern HOST_PORT = Pattern.compile("(?<![A-Za-z0-9._-])([a-z][a-z0-9-]*):(\\d{2,5})\\b");

	static Stream<Service> applications() {
		return COMPOSE.applications().stream();
	}

	private static ApplicationConfig config(Service application) {
		return ApplicationConfig.of(application.build().orElseThrow().module());
	}

	@Test
	void everyApplicationIsDeployed() {
		assertThat(COMPOSE.applications()).extracting((service) -> service.build().orElseThrow().module())
			.containsExactlyInAnyOrder("registry-service", "training-service", "reporting-service", "gateway");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("applications")
	void everyVariableGivenToAnApplicationIsOneItsApplicationYmlReads(Service application) {
		ApplicationConfig config = config(application);

		assertThat(application.environment().keySet())
			.as("environment of %s in docker-compose.yml: each must be read by %s/src/main/resources/application.yml",
					application.name(), config.module())
			.isSubsetOf(config.environmentVariables().keySet());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("applications")
	void everyRequiredSettingOfAnApplicationIsGiven(Service application) {
		ApplicationConfig config = config(application);
		Map<String, String> environment = application.environment();

		// Addresses of the infrastructure default to localhost, which is nothing inside a container.
		config.environmentVariables().forEach((name, defaultValue) -> {
			if (defaultValue == null || defaultValue.contains("localhost")) {
				assertThat(environment).as("%s reads %s, whose default (%s) cannot work in a container",
						application.name(), name, defaultValue).containsKey(name);
			}
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("applications")
	void everyPortPublishedExposedOrHealthCheckedIsOneTheApplicationListensOn(Service application) {
		ApplicationConfig config = config(application);
		Map<String, String> environment = application.environment();
		int serverPort = config.serverPort(environment);
		int managementPort = config.managementPort(environment);

		assertThat(application.ports()).extracting(PortMapping::target)
			.as("container ports %s publishes", application.name())
			.allSatisfy((port) -> assertThat(port).isIn(serverPort, managementPort));
		assertThat(application.expose()).as("ports %s exposes", application.name())
			.allSatisfy((port) -> assertThat(port).isIn(serverPort, managementPort))
			.contains(managementPort);
		assertThat(application.healthcheck()).as("health check of %s", application.name()).isPresent();
		List<String> healthcheck = application.healthcheck().orElseThrow();
		assertThat(healthcheck).as("health check of %s must ask actuator on its management port %d",
				application.name(), managementPort)
			.containsSubsequence("healthcheck", String.valueOf(managementPort));
	}

	@Test
	void onlyTheGatewayAndKeycloakServeThePublicAndMonitoringStaysOnTheHost() {
		Service keycloak = KeycloakRealm.service(COMPOSE);
		for (Service service : COMPOSE.services()) {
			for (PortMapping port : service.ports()) {
				if (service.name().equals("gateway")) {
					assertThat(port.target()).as("the gateway publishes its API port only, never actuator")
						.isEqualTo(config(service).serverPort(service.environment()));
				}
				else if (service.name().equals(keycloak.name())) {
					// Browsers sign in on Keycloak's own pages and the console fetches tokens there; its
					// management port (health, metrics) stays inside the network.
					assertThat(port.target()).as("Keycloak publishes its HTTP port only, never its management port")
						.isEqualTo(KeycloakRealm.httpPort(keycloak));
				}
				else {
					assertThat(port.hostIp()).as("%s publishes %s: only the gateway and Keycloak may listen beyond this host",
							service.name(), port.written())
						.isEqualTo("127.0.0.1");
				}
			}
		}
	}

	@Test
	void addressesOfOtherServicesUseThePortsTheyListenOn() {
		Map<String, Set<Integer>> listening = listeningPorts();
		List<String> checked = new ArrayList<>();

		for (Service service : COMPOSE.services()) {
			service.environment().forEach((name, value) -> {
				Matcher matcher = HOST_PORT.matcher(value.replaceAll("//[^/@]*@", "//"));
				while (matcher.find()) {
					String host = matcher.group(1);
					if (listening.containsKey(host)) {
						int port = Integer.parseInt(matcher.group(2));
						assertThat(listening.get(host))
							.as("%s of %s addresses %s:%d, but %s listens on", name, service.name(), host, port, host)
							.contains(port);
						checked.add(host + ":" + port);
					}
				}
			});
		}

		assertThat(checked).as("addresses checked").contains("registry-service:8081", "training-service:8082",
				"reporting-service:8083", "kafka-1:9092", "mongo-1:27017", "keycloak:8080", "keycloak-db:5432");
	}

	/** The ports each service listens on, from its own settings. */
	static Map<String, Set<Integer>> listeningPorts() {
		Map<String, Set<Integer>> listening = new LinkedHashMap<>();
		for (Service service : COMPOSE.services()) {
			Set<Integer> ports = new TreeSet<>();
			if (service.build().isPresent()) {
				ApplicationConfig config = config(service);
				ports.add(config.serverPort(service.environment()));
				ports.add(config.managementPort(service.environment()));
			}
			String listeners = service.environment().get("KAFKA_LISTENERS");
			if (listeners != null) {
				Matcher matcher = Pattern.compile("://[^:,]*:(\\d+)").matcher(listeners);
				while (matcher.find()) {
					ports.add(Integer.parseInt(matcher.group(1)));
				}
			}
			if (service.command().contains("mongod")) {
				int port = service.command().indexOf("--port");
				ports.add((port >= 0) ? Integer.parseInt(service.command().get(port + 1)) : 27017);
			}
			String image = service.image().orElse("");
			if (image.startsWith(KeycloakRealm.IMAGE + ":")) {
				ports.add(KeycloakRealm.httpPort(service));
				ports.add(KeycloakRealm.managementPort(service));
			}
			if (image.startsWith("postgres:")) {
				ports.add(Integer.parseInt(service.environment().getOrDefault("PGPORT", "5432")));
			}
			if (!ports.isEmpty()) {
				listening.put(service.name(), ports);
			}
		}
		return listening;
	}

}
