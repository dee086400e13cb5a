package vn.hoagiai.deployment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * docker-compose.yml as Docker Compose sees it: YAML anchors and merge keys resolved, variables
 * interpolated from {@code .env.example} (the placeholders stand in for a real {@code .env}).
 */
final class ComposeFile {

	static final String FILE = "docker-compose.yml";

	private final String text;

	private final Map<String, Object> raw;

	private final Map<String, Object> interpolated;

	@SuppressWarnings("unchecked")
	private ComposeFile() {
		this.text = Repository.read(FILE);
		this.raw = (Map<String, Object>) Repository.yaml(this.text);
		this.interpolated = (Map<String, Object>) Interpolation.interpolateTree(this.raw, Repository.envExample());
	}

	static ComposeFile load() {
		return new ComposeFile();
	}

	/** The file's text, before any parsing. */
	String text() {
		return this.text;
	}

	/** The parsed model with its variables interpolated, what {@code docker compose config} shows. */
	Map<String, Object> model() {
		return this.interpolated;
	}

	List<Service> services() {
		List<Service> services = new ArrayList<>();
		map(this.interpolated.get("services")).forEach((name, definition) -> services
			.add(new Service(name, map(definition), map(map(this.raw.get("services")).get(name)))));
		return services;
	}

	Service service(String name) {
		return services().stream()
			.filter((service) -> service.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(FILE + " has no service " + name));
	}

	/** The services built from a Dockerfile of the repository: the applications. */
	List<Service> applications() {
		return services().stream().filter((service) -> service.build().isPresent()).toList();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(@Nullable Object node) {
		return (node instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	static List<Object> list(@Nullable Object node) {
		if (node instanceof List<?> list) {
			return new ArrayList<>(list);
		}
		return List.of();
	}

	/** How a service is built: the context and the Dockerfile, relative to the repository root. */
	record Build(String context, String dockerfile) {

		Path dockerfilePath() {
			return Repository.path(this.context).resolve(this.dockerfile).normalize();
		}

		/** The Maven module whose folder holds the Dockerfile. */
		String module() {
			return Repository.root().relativize(dockerfilePath().getParent()).toString();
		}

	}

	/** A port a container listens on, as written in {@code ports} or {@code expose}. */
	record PortMapping(String written, @Nullable String hostIp, @Nullable String published, int target) {

		private static final Pattern SHORT = Pattern
			.compile("^(?:(?:(\\[[^]]+]|[0-9.]+):)?([^:]*):)?(\\d+)(?:/(tcp|udp))?$");

		static PortMapping parse(Object entry) {
			if (entry instanceof Map<?, ?> longSyntax) {
				Object published = longSyntax.get("published");
				Object hostIp = longSyntax.get("host_ip");
				return new PortMapping(entry.toString(), (hostIp != null) ? hostIp.toString() : null,
						(published != null) ? published.toString() : null,
						Integer.parseInt(String.valueOf(longSyntax.get("target"))));
			}
			String written = String.valueOf(entry);
			Matcher matcher = SHORT.matcher(written);
			if (!matcher.matches()) {
				throw new AssertionError("Cannot read the port mapping " + written);
			}
			return new PortMapping(written, matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3)));
		}

	}

	/** One service, interpolated; {@code raw} is the same service before interpolation. */
	record Service(String name, Map<String, Object> definition, Map<String, Object> raw) {

		Optional<String> image() {
			return Optional.ofNullable(this.definition.get("image")).map(Object::toString);
		}

		Optional<Build> build() {
			Object build = this.definition.get("build");
			if (build == null) {
				return Optional.empty();
			}
			if (build instanceof String context) {
				return Optional.of(new Build(context, "Dockerfile"));
			}
			Map<String, Object> map = map(build);
			return Optional.of(new Build(String.valueOf(map.getOrDefault("context", ".")),
					String.valueOf(map.getOrDefault("dockerfile", "Dockerfile"))));
		}

		Map<String, String> environment() {
			return environment(this.definition.get("environment"));
		}

		/** The environment as written, with its {@code ${...}} references. */
		Map<String, String> rawEnvironment() {
			return environment(this.raw.get("environment"));
		}

		private static Map<String, String> environment(@Nullable Object environment) {
			Map<String, String> variables = new LinkedHashMap<>();
			if (environment instanceof Map<?, ?> map) {
				map.forEach((key, value) -> variables.put(String.valueOf(key), (value != null) ? String.valueOf(value) : ""));
			}
			else {
				for (Object entry : list(environment)) {
					String[] pair = String.valueOf(entry).split("=", 2);
					variables.put(pair[0], (pair.length > 1) ? pair[1] : "");
				}
			}
			return variables;
		}

		List<PortMapping> ports() {
			return list(this.definition.get("ports")).stream().map(PortMapping::parse).toList();
		}

		List<Integer> expose() {
			return list(this.definition.get("expose")).stream()
				.map((port) -> Integer.parseInt(String.valueOf(port).split("/")[0]))
				.toList();
		}

		Optional<List<String>> healthcheck() {
			Object test = map(this.definition.get("healthcheck")).get("test");
			if (test == null) {
				return Optional.empty();
			}
			if (test instanceof String shell) {
				return Optional.of(List.of("CMD-SHELL", shell));
			}
			return Optional.of(list(test).stream().map(String::valueOf).toList());
		}

		/** Each service this one depends on, with the condition it waits for. */
		Map<String, String> dependsOn() {
			Map<String, String> dependencies = new LinkedHashMap<>();
			Object dependsOn = this.definition.get("depends_on");
			if (dependsOn instanceof Map<?, ?> map) {
				map.forEach((name, settings) -> dependencies.put(String.valueOf(name),
						String.valueOf(map(settings).getOrDefault("condition", "service_started"))));
			}
			else {
				list(dependsOn).forEach((name) -> dependencies.put(String.valueOf(name), "service_started"));
			}
			return dependencies;
		}

		List<String> volumes() {
			return list(this.definition.get("volumes")).stream().map(String::valueOf).toList();
		}

		Optional<String> memoryLimit() {
			Object deployLimit = map(map(map(this.definition.get("deploy")).get("resources")).get("limits")).get("memory");
			Object memLimit = this.definition.get("mem_limit");
			return Optional.ofNullable((deployLimit != null) ? deployLimit : memLimit).map(Object::toString);
		}

		List<String> command() {
			return words(this.definition.get("command"));
		}

		List<String> entrypoint() {
			return words(this.definition.get("entrypoint"));
		}

		private static List<String> words(@Nullable Object command) {
			if (command instanceof String string) {
				return List.of(string.split("\\s+"));
			}
			return list(command).stream().map(String::valueOf).toList();
		}

		/** Runs once and exits: an init step others wait for with service_completed_successfully. */
		boolean oneShot() {
			return "no".equals(String.valueOf(this.definition.get("restart")));
		}

	}

}
