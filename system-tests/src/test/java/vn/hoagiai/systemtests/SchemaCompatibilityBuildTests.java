package vn.hoagiai.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build itself refuses a breaking change to a published schema: a copy of the contracts module
 * is built twice, once with a compatible change (it passes) and once with a breaking one (it fails,
 * naming the change).
 */
class SchemaCompatibilityBuildTests {

	static final Path ROOT = Path.of(System.getProperty("hoagiai.root", "..")).toAbsolutePath().normalize();

	static final String CASE_SCHEMA = "contracts/src/main/resources/vn/hoagiai/contracts/schemas/case-state.v1.schema.json";

	@TempDir
	Path copy;

	@Test
	void aCompatibleChangeBuildsAndABreakingChangeFailsTheBuild() throws Exception {
		copyContractsModule();
		Path schema = this.copy.resolve(CASE_SCHEMA);
		String published = Files.readString(schema);

		Files.writeString(schema, published.replaceFirst(java.util.regex.Pattern.quote("\"properties\": {"),
				"\"properties\": {\n    \"mediatorCount\": { \"type\": \"integer\", \"minimum\": 1 },"));
		Build compatible = build();
		assertThat(compatible.status()).as(compatible.output()).isZero();

		Files.writeString(schema, published.replace("\"required\": [\"caseId\", \"version\", \"communeCode\", \"field\", \"receivedOn\", \"status\"]",
				"\"required\": [\"caseId\", \"version\", \"communeCode\", \"field\", \"receivedOn\", \"status\", \"closedOn\"]"));
		Build breaking = build();
		assertThat(breaking.status()).isNotZero();
		assertThat(breaking.output()).contains("case-state.v1 $: required changed");
	}

	record Build(int status, String output) {
	}

	private Build build() throws Exception {
		Process maven = new ProcessBuilder("./mvnw", "-o", "-q", "-B", "-ntp", "test", "-Dtest=PublishedSchemasTests",
				"-Dsurefire.failIfNoSpecifiedTests=false", "-Dsurefire.redirectTestOutputToFile=false")
			.directory(this.copy.toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(maven.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(maven.waitFor(5, TimeUnit.MINUTES)).isTrue();
		return new Build(maven.exitValue(), output);
	}

	private void copyContractsModule() throws IOException {
		String pom = Files.readString(ROOT.resolve("pom.xml"))
			.replaceAll("(?s)<modules>.*</modules>", "<modules><module>contracts</module></modules>");
		Files.writeString(this.copy.resolve("pom.xml"), pom);
		Files.copy(ROOT.resolve("mvnw"), this.copy.resolve("mvnw"), StandardCopyOption.COPY_ATTRIBUTES);
		for (String folder : List.of(".mvn", "contracts")) {
			try (Stream<Path> paths = Files.walk(ROOT.resolve(folder))) {
				for (Path path : paths.filter((p) -> !p.toString().contains("/target")).toList()) {
					Path target = this.copy.resolve(ROOT.relativize(path).toString());
					if (Files.isDirectory(path)) {
						Files.createDirectories(target);
					}
					else {
						Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
					}
				}
			}
		}
	}

}
