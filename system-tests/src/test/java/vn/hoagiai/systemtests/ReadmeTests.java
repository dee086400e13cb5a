package vn.hoagiai.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.hoagiai.devstack.DevStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README and the docs must stay true: the commands exist, the paths and links they name exist, and
 * the curl commands of the slice run against the running stack without an HTTP error.
 */
class ReadmeTests {

	static final Path ROOT = Path.of(System.getProperty("hoagiai.root", "..")).toAbsolutePath().normalize();

	static String readme() throws IOException {
		return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
	}

	/** The shell blocks of the README, in order. */
	static List<String> shellBlocks() throws IOException {
		List<String> blocks = new ArrayList<>();
		Matcher matcher = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL).matcher(readme());
		while (matcher.find()) {
			blocks.add(matcher.group(1));
		}
		return blocks;
	}

	@Test
	void theFirstTwoCommandsRunEverythingAndRunAllTestsAndTheTestCommandIsWhatCiRuns() throws IOException {
		List<String> blocks = shellBlocks();

		assertThat(blocks.get(0).strip()).isEqualTo("./run");
		assertThat(blocks.get(1).strip()).isEqualTo("./mvnw -B -ntp verify");
		assertThat(Files.isExecutable(ROOT.resolve("run"))).isTrue();
		assertThat(Files.isExecutable(ROOT.resolve("mvnw"))).isTrue();
		assertThat(Files.readString(ROOT.resolve(".ci/run"))).contains("\n" + blocks.get(1).strip() + "\n");
	}

	@Test
	void everyPathAndLinkTheReadmeAndTheDocsNameExists() throws IOException {
		List<Path> documents = new ArrayList<>(
				List.of(ROOT.resolve("README.md"), ROOT.resolve("BENCHMARKS.md"), ROOT.resolve("RELIABILITY.md")));
		try (var docs = Files.list(ROOT.resolve("docs"))) {
			docs.filter((file) -> file.toString().endsWith(".md")).forEach(documents::add);
		}
		List<String> missing = new ArrayList<>();
		for (Path document : documents) {
			String text = Files.readString(document, StandardCharsets.UTF_8);
			Matcher code = Pattern.compile("`([\\w./-]+/[\\w./-]*)`").matcher(text);
			while (code.find()) {
				String path = code.group(1);
				if (!path.startsWith("/") && !path.startsWith("http") && !path.startsWith(".data") && !path.startsWith("$")
						&& !path.contains("target/") && !Files.exists(ROOT.resolve(path))) {
					missing.add(ROOT.relativize(document) + ": " + path);
				}
			}
			Matcher link = Pattern.compile("\\]\\(([^)#:]+)\\)").matcher(text);
			while (link.find()) {
				if (!Files.exists(document.getParent().resolve(link.group(1)))) {
					missing.add(ROOT.relativize(document) + ": " + link.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void theSliceCommandsRunAgainstTheRunningStackWithoutAnHttpError() throws Exception {
		DevStack stack = RunningStack.get();
		String slice = shellBlocks().get(2).replace("http://localhost:8080", stack.gatewayUrl())
			.replace("curl -s ", "curl -s --fail-with-body ")
			.replace("./token xa.nhonbinh", ROOT.resolve("token") + " xa.nhonbinh --issuer " + stack.issuer());

		Process bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", slice).redirectErrorStream(true).start();
		String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();

		assertThat(bash.exitValue()).as(output).isZero();
		assertThat(output).contains("\"compliant\":true").contains("Thiếu hòa giải viên nữ")
			.contains("\"name\":\"Tỉnh Bình Định\"");
	}

}
