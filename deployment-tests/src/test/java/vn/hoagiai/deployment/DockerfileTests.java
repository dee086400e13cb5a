package vn.hoagiai.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.hoagiai.deployment.ComposeFile.Build;
import vn.hoagiai.deployment.ComposeFile.Service;
import vn.hoagiai.deployment.Dockerfile.Instruction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every application's Dockerfile builds an image from the jar Maven builds, layered, running as an
 * unprivileged user with a JVM sized by the container, and checks its health on the port the
 * application listens on. Needs the jars: run after {@code ./mvnw -DskipTests install} (the reactor
 * builds the applications first).
 */
class DockerfileTests {

	private static final ComposeFile COMPOSE = ComposeFile.load();

	private static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies",
			"application");

	private static final String LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

	static Stream<Service> applications() {
		return COMPOSE.applications().stream();
	}

	private static Dockerfile dockerfile(Service application) {
		Path file = application.build().orElseThrow().dockerfilePath();
		assertThat(file).as("Dockerfile of %s", application.name()).isRegularFile();
		return Dockerfile.read(file);
	}

	/** The files a Dockerfile copies from the build context (not from another stage). */
	private static List<String> copiedFromContext(Dockerfile dockerfile) {
		return dockerfile.all("COPY")
			.stream()
			.filter((copy) -> copy.flags().stream().noneMatch((flag) -> flag.startsWith("--from")))
			.map((copy) -> copy.words().get(0))
			.toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("applications")
	void copiesTheJarMavenBuilds(Service application) throws IOException {
		Build build = application.build().orElseThrow();
		String module = build.module();
		List<String> jars = copiedFromContext(dockerfile(application)).stream().filter((source) -> source.endsWith(".jar")).toList();

		assertThat(jars).as("jars %s copies", build.dockerfile()).containsExactly(module + "/target/" + module + ".jar");

		Path pom = Repository.path(module + "/pom.xml");
		assertThat(pom).as("the Maven module %s", module).isRegularFile();
		String pomText = Files.readString(pom);
		assertThat(pomText).as("%s names its jar after the module", pom)
			.contains("<artifactId>" + module + "</artifactId>")
			.contains("<finalName>${project.artifactId}</finalName>");
		assertThat(Repository.root().resolve(build.context()).resolve(jars.get(0)))
			.as("the jar, built by ./mvnw -DskipTests install").isRegularFile();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("applications")
	void extractsTheJarsLayersAndStartsTheLauncher(Service application) {
		Dockerfile dockerfile = dockerfile(application);
		String module = application.build().orElseThrow().module();

		assertThat(dockerfile.all("FROM")).as("base images of %s", dockerfile.file())
			.isNotEmpty()
			.allSatisfy((from) -> assertThat(from.words().get(0)).isEqualTo("eclipse-temurin:17-jre"));
		assertThat(dockerfile.all("RUN")).extracting(Instruction::arguments)
			.as("extraction of the layered jar in %s", dockerfile.file())
			.anySatisfy((run) -> assertThat(run).contains("-Djarmode=tools")
				.contains(" extract ")
				.contains("--layers")
				.contains("--launcher"));
		List<String> layersCopied = dockerfile.finalStage()
			.stream()
			.filter((instruction) -> instruction.keyword().equals("COPY")
					&& instruction.flags().stream().anyMatch((flag) -> flag.startsWith("--from")))
			.map((copy) -> copy.words().get(0))
			.map((source) -> Path.of(source).getFileName().toString())
			.filter(LAYERS::contains)
			.toList();
		assertThat(layersCopied).as("layers copied into the image, least changing first").isEqualTo(LAYERS);
		assertThat(dockerfile.all("ENTRYPOINT")).singleElement()
			.satisfies((entrypoint) -> assertThat(entrypoint.words()).containsExactly("java", LAUNCHER));

		// What the extraction needs from the jar, so that the image builds.
		try (ZipFile jar = new ZipFile(Repository.path(module + "/target/" + module + ".jar").toFile())) {
			assertThat(jar.getEntry("BOOT-INF/layers.idx")).as("layers index in %s.jar", module).isNotNull();
			assertThat(jar.getEntry(LAUNCHER.replace('.', '/') + ".class")).as("launcher in %s.jar", module).isNotNull();
			assertThat(jar.stream().map((entry) -> entry.getName()))
				.as("libraries in %s.jar", module)
				.anySatisfy((entry) -> assertThat(entry).startsWith("BOOT-INF/lib/spring-boot-jarmode-tools"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("applications")
	void runsAsAnUnprivilegedUserWithAJvmSizedByTheContainer(Service application) {
		Dockerfile dockerfile = dockerfile(application);
		List<Instruction> users = dockerfile.finalStage().stream().filter((i) -> i.keyword().equals("USER")).toList();

		assertThat(users).as("USER of the image %s runs", dockerfile.file()).isNotEmpty();
		String user = users.get(users.size() - 1).words().get(0).split(":")[0];
		assertThat(user).as("the user the application runs as").isNotIn("root", "0");
		assertThat(dockerfile.finalStage()).filteredOn((i) -> i.keyword().equals("ENV"))
			.extracting(Instruction::arguments)
			.as("JVM options of %s", dockerfile.file())
			.anySatisfy((env) -> assertThat(env).startsWith("JAVA_TOOL_OPTIONS=")
				.containsPattern("-XX:MaxRAMPercentage=\\d+")
				.contains("-XX:+ExitOnOutOfMemoryError")
				.doesNotContain("-Xmx"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("applications")
	void healthCheckAndExposedPortsAreTheApplications(Service application) {
		Dockerfile dockerfile = dockerfile(application);
		ApplicationConfig config = ApplicationConfig.of(application.build().orElseThrow().module());
		// The image's own defaults: nothing from docker-compose.yml.
		int serverPort = config.serverPort(Map.of());
		int managementPort = config.managementPort(Map.of());

		assertThat(dockerfile.all("HEALTHCHECK")).as("HEALTHCHECK of %s", dockerfile.file())
			.singleElement()
			.satisfies((healthcheck) -> assertThat(healthcheck.healthcheckCommand())
				.containsExactly("healthcheck", String.valueOf(managementPort), "/actuator/health"));
		assertThat(dockerfile.all("EXPOSE")).flatExtracting(Instruction::words)
			.as("ports %s exposes", dockerfile.file())
			.containsExactlyInAnyOrder(Stream.of(serverPort, managementPort).distinct().map(String::valueOf).toArray(String[]::new));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("applications")
	void everyFileCopiedFromTheBuildContextExists(Service application) {
		Build build = application.build().orElseThrow();

		assertThat(copiedFromContext(dockerfile(application))).as("sources %s copies from %s", build.dockerfile(), build.context())
			.isNotEmpty()
			.allSatisfy((source) -> assertThat(Repository.root().resolve(build.context()).resolve(source)).exists());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("applications")
	void theHealthCheckScriptAsksActuatorForStatusUp(Service application) {
		String script = Repository.read("deploy/docker/healthcheck.sh");
		Matcher defaultPath = Pattern.compile("path=\"\\$\\{2:-([^}]+)}\"").matcher(script);

		assertThat(copiedFromContext(dockerfile(application))).contains("deploy/docker/healthcheck.sh");
		assertThat(defaultPath.find()).as("the script's default path").isTrue();
		assertThat(defaultPath.group(1)).isEqualTo("/actuator/health");
		assertThat(script).as("the script must fail unless actuator answers UP").contains("\"status\":\"UP\"");
	}

}
