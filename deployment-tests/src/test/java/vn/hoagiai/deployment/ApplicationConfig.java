package vn.hoagiai.deployment;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An application's {@code src/main/resources/application.yml}: the environment variables it reads
 * through {@code ${NAME:default}} placeholders, and the ports it listens on.
 */
final class ApplicationConfig {

	/** A placeholder whose name is an environment variable (upper case), with its default if any. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

	private final String module;

	private final String text;

	private final Map<String, Object> yaml;

	private ApplicationConfig(String module) {
		this.module = module;
		String file = module + "/src/main/resources/application.yml";
		if (!Files.isRegularFile(Repository.path(file))) {
			throw new AssertionError(file + " does not exist");
		}
		this.text = Repository.read(file);
		this.yaml = Repository.yamlMap(file);
	}

	static ApplicationConfig of(String module) {
		return new ApplicationConfig(module);
	}

	String module() {
		return this.module;
	}

	/** Every environment variable the file reads, with its default ({@code null} when it has none). */
	Map<String, @Nullable String> environmentVariables() {
		Map<String, @Nullable String> variables = new LinkedHashMap<>();
		Matcher matcher = PLACEHOLDER.matcher(this.text);
		while (matcher.find()) {
			variables.putIfAbsent(matcher.group(1), matcher.group(2));
		}
		return variables;
	}

	/** The value of a property, its placeholder resolved against the given environment. */
	Optional<String> property(String dottedName, Map<String, String> environment) {
		Object node = this.yaml;
		for (String part : dottedName.split("\\.")) {
			node = ComposeFile.map(node).get(part);
			if (node == null) {
				return Optional.empty();
			}
		}
		String value = String.valueOf(node);
		Matcher matcher = PLACEHOLDER.matcher(value);
		if (matcher.matches()) {
			String fromEnvironment = environment.get(matcher.group(1));
			return Optional.ofNullable((fromEnvironment != null) ? fromEnvironment : matcher.group(2));
		}
		return Optional.of(value);
	}

	/** The port of the application's API ({@code server.port}; Spring Boot's default is 8080). */
	int serverPort(Map<String, String> environment) {
		return Integer.parseInt(property("server.port", environment).orElse("8080"));
	}

	/** The port of actuator: {@code management.server.port}, or the server port when not set. */
	int managementPort(Map<String, String> environment) {
		return property("management.server.port", environment).map(Integer::parseInt)
			.orElseGet(() -> serverPort(environment));
	}

	/** The MongoDB database the application uses, when it uses one. */
	Optional<String> mongoDatabase(Map<String, String> environment) {
		return property("spring.mongodb.database", environment);
	}

}
