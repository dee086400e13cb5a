package vn.hoagiai.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every {@code ./bench} command the documents give names a benchmark that exists. */
class BenchCommandsTests {

	@Test
	void everyBenchCommandInTheDocumentsNamesABenchmarkThatExists() throws IOException {
		Path root = Path.of(System.getProperty("hoagiai.root", "..")).toAbsolutePath().normalize();
		List<String> named = new ArrayList<>();
		for (String document : List.of("BENCHMARKS.md", "README.md", "RELIABILITY.md")) {
			Matcher command = Pattern.compile("\\./bench ([a-z]+)")
				.matcher(Files.readString(root.resolve(document), StandardCharsets.UTF_8));
			while (command.find()) {
				named.add(command.group(1));
			}
		}

		assertThat(named).as("./bench commands in the documents").isNotEmpty();
		assertThat(Benchmarks.NAMES).containsAll(named);
		assertThat(Files.isExecutable(root.resolve("bench"))).isTrue();
	}

}
