package vn.hoagiai.deployment;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.hoagiai.deployment.ComposeFile.Service;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml can be run and operated: every service is health-checked (or runs once and is
 * waited for), has a memory limit, starts after what it needs is ready; no secret is written in it,
 * and .env.example lists every variable it needs.
 */
class ComposeOperationsTests {

	private static final ComposeFile COMPOSE = ComposeFile.load();

	/** Names of settings that hold secrets. */
	private static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL|(^|_)KEY$");

	/** A password in a URL: scheme://user:password@host. */
	private static final Pattern URL_PASSWORD = Pattern.compile("[a-z]+://[^:/@\\s]+:([^@\\s]+)@");

	@Test
	void everyLongRunningServiceIsHealthCheckedAndEveryOneShotRunsOnce() {
		for (Service service : COMPOSE.services()) {
			if (service.oneShot()) {
				assertThat(COMPOSE.services()).as("someone waits for %s to complete", service.name())
					.anySatisfy((other) -> assertThat(other.dependsOn())
						.containsEntry(service.name(), "service_completed_successfully"));
			}
			else {
				assertThat(service.healthcheck()).as("health check of %s", service.name()).isPresent();
				assertThat(service.definition().get("restart")).as("restart policy of %s", service.name())
					.isEqualTo("unless-stopped");
			}
		}
	}

	@Test
	void everyServiceHasAMemoryLimit() {
		assertThat(COMPOSE.services()).as("services of docker-compose.yml")
			.allSatisfy((service) -> assertThat(service.memoryLimit()).as("memory limit of %s", service.name())
				.hasValueSatisfying((limit) -> assertThat(limit).as("a size like 768M or 1G").matches("\\d+[KMG]")));
	}

	@Test
	void everyServiceStartsOnceWhatItNeedsIsReady() {
		for (Service service : COMPOSE.services()) {
			service.dependsOn().forEach((name, condition) -> {
				Service dependency = COMPOSE.service(name);
				if (dependency.oneShot()) {
					assertThat(condition).as("%s waits for %s", service.name(), name).isEqualTo("service_completed_successfully");
				}
				else {
					assertThat(condition).as("%s waits for %s", service.name(), name).isEqualTo("service_healthy");
					assertThat(dependency.healthcheck()).as("health check of %s, which %s waits for", name, service.name())
						.isPresent();
				}
			});
		}
	}

	@Test
	void noSecretIsWrittenInTheComposeFile() {
		for (Service service : COMPOSE.services()) {
			service.rawEnvironment().forEach((name, value) -> {
				if (SECRET_NAME.matcher(name).find()) {
					assertThat(Interpolation.isSingleReference(value))
						.as("%s of %s must come from .env as ${...}, not be written here: %s", name, service.name(), value)
						.isTrue();
				}
			});
		}
		Matcher urls = URL_PASSWORD.matcher(COMPOSE.text());
		while (urls.find()) {
			assertThat(Interpolation.isSingleReference(urls.group(1)))
				.as("password in %s must come from .env as ${...}", urls.group()).isTrue();
		}
	}

	@Test
	void envExampleListsExactlyTheVariablesTheComposeFileUses() {
		Set<String> used = Interpolation.variables(COMPOSE.text());
		Map<String, String> example = Repository.envExample();

		assertThat(example.keySet()).as("variables in .env.example, against those docker-compose.yml uses")
			.containsExactlyInAnyOrderElementsOf(used);
		example.forEach((name, value) -> {
			if (SECRET_NAME.matcher(name).find()) {
				assertThat(value).as("%s in .env.example must be an obvious placeholder", name)
					.containsAnyOf("change-me", "Replace");
			}
		});
	}

	@Test
	void everyFileMountedFromTheRepositoryExists() {
		for (Service service : COMPOSE.services()) {
			for (String volume : service.volumes()) {
				if (volume.startsWith("./")) {
					String source = volume.substring(0, volume.indexOf(':'));
					assertThat(Repository.path(source)).as("%s mounts %s", service.name(), source).exists();
				}
			}
		}
	}

}
