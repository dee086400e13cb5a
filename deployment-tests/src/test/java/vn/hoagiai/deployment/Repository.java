package vn.hoagiai.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The repository's files, read the way Docker Compose and Spring Boot read them. */
final class Repository {

	private static final Path ROOT = Path.of(System.getProperty("hoagiai.root", "..")).toAbsolutePath().normalize();

	private static final Pattern ENV_LINE = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)=(.*)$");

	private Repository() {
	}

	static Path root() {
		return ROOT;
	}

	static Path path(String relative) {
		return ROOT.resolve(relative);
	}

	static String read(String relative) {
		return read(path(relative));
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Parses YAML as Docker Compose does: anchors, aliases and merge keys ({@code <<}) resolved.
	 * Jackson's YAML parser would leave aliases and merge keys as plain strings.
	 */
	static Object yaml(String text) {
		return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> yamlMap(String relative) {
		return (Map<String, Object>) yaml(read(relative));
	}

	/** The variables of {@code .env.example}, as {@code docker compose} reads an {@code .env} file. */
	static Map<String, String> envExample() {
		Map<String, String> variables = new LinkedHashMap<>();
		for (String line : read(".env.example").split("\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			Matcher matcher = ENV_LINE.matcher(trimmed);
			if (!matcher.matches()) {
				throw new IllegalStateException(".env.example has a line that is not NAME=value: " + line);
			}
			String value = matcher.group(2);
			if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
					|| value.startsWith("'") && value.endsWith("'"))) {
				value = value.substring(1, value.length() - 1);
			}
			variables.put(matcher.group(1), value);
		}
		return variables;
	}

}
