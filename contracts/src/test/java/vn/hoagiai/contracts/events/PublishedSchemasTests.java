package vn.hoagiai.contracts.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build check of docs/EVENTS.md: every schema ever published (a copy of it is kept in
 * {@code published-schemas/}) still exists and changed only compatibly, and every schema the contract
 * uses has been published. A breaking change fails the build here.
 */
class PublishedSchemasTests {

	static final Path PUBLISHED = Path.of(System.getProperty("hoagiai.published-schemas", "published-schemas"));

	static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void everyPublishedSchemaChangedOnlyCompatibly() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(PUBLISHED)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".schema.json")).sorted().toList()) {
				String name = file.getFileName().toString().replace(".schema.json", "");
				try (var current = EventSchemas.open(name)) {
					SchemaCompatibility.breakingChanges(JSON.readTree(file.toFile()), JSON.readTree(current))
						.forEach((problem) -> problems.add(name + " " + problem));
				}
				catch (IllegalStateException ex) {
					problems.add(name + " was published and is gone: a published schema is never removed");
				}
			}
		}
		assertThat(problems).as("Breaking changes to published schemas; publish a new version instead (docs/EVENTS.md)")
			.isEmpty();
	}

	@Test
	void everySchemaTheContractUsesIsPublished() {
		for (EventType type : EventType.values()) {
			assertThat(PUBLISHED.resolve(type.schema() + ".schema.json"))
				.as("copy the schema of %s into published-schemas/ when it is first published", type.type())
				.exists();
		}
	}

}
