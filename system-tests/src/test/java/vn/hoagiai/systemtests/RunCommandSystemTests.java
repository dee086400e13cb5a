package vn.hoagiai.systemtests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hoagiai.devstack.DevStack;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's run command as a person uses it: the very command {@code ./run} ends in, started as a
 * process of its own on a fresh data folder, comes up and says so with its URLs; a team registered
 * through its gateway is counted; SIGTERM (what Ctrl-C sends the JVM) stops every process it started;
 * a second start on the same folder still has the team and its figures. It runs before the shared
 * stack of the other system tests starts, so the two never compete for the two cores.
 */
@Order(1)
class RunCommandSystemTests {

	static final Path ROOT = ReadmeTests.ROOT;

	static final Pattern READY = Pattern.compile("Ready in (\\d+) s\\.");

	@TempDir
	Path data;

	@Test
	void theRunCommandStartsEverythingStopsEverythingOnSigtermAndASecondStartKeepsTheData() throws Exception {
		List<String> command = runCommand();
		DevStack.Ports ports = DevStack.Ports.free();
		command.addAll(List.of("--data", this.data.toString(), "--ports", ports.asArgument()));
		String gatewayUrl = "http://localhost:" + ports.gateway();
		String teamId;

		Started first = start(command);
		try {
			assertThat(first.output()).contains("Gateway (web console and API)  " + gatewayUrl)
				.contains("Sign-in (OpenID Connect)       http://localhost:" + ports.auth())
				.contains("Data folder                    " + this.data);
			JsonHttp gateway = new JsonHttp(gatewayUrl).as(token(ports));
			JsonHttp.Answer created = gateway.post("/api/registry/teams", WalkingSkeletonSystemTests.team("21550", "Khu vực 2"));
			assertThat(created.status()).as(created.text()).isEqualTo(201);
			teamId = created.json().get("id").asString();
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(teams(gateway, "52")).isEqualTo(1));
		}
		finally {
			first.stop();
		}

		Started second = start(command);
		try {
			JsonHttp gateway = new JsonHttp(gatewayUrl).as(token(ports));
			JsonHttp.Answer team = gateway.get("/api/registry/teams/" + teamId);
			assertThat(team.status()).as(team.text()).isEqualTo(200);
			assertThat(team.json().get("mediators").size()).isEqualTo(3);
			assertThat(teams(gateway, "21550")).isEqualTo(1);
			assertThat(teams(gateway, "540")).isEqualTo(1);
			assertThat(teams(gateway, "52")).isEqualTo(1);
		}
		finally {
			second.stop();
		}
		System.out.printf("./run: ready in %d s on a fresh data folder, %d s on the second start; stopped in %d and %d s%n",
				first.readySeconds(), second.readySeconds(), first.stopSeconds, second.stopSeconds);
	}

	/** What {@code ./run} executes once its jars are built (the test must not build from inside a build). */
	static List<String> runCommand() throws IOException {
		String script = Files.readString(ROOT.resolve("run"), StandardCharsets.UTF_8);
		assertThat(script).as("./run ends by starting the dev stack's jar")
			.contains("\nexec java -jar dev-stack/target/dev-stack.jar --root \"$PWD\" \"$@\"\n");
		String java = ProcessHandle.current().info().command().orElse("java");
		return new ArrayList<>(List.of(java, "-jar", ROOT.resolve("dev-stack/target/dev-stack.jar").toString(), "--root",
				ROOT.toString()));
	}

	/** A province administrator's token, signed with the key the stack's provider keeps in the data folder. */
	String token(DevStack.Ports ports) throws Exception {
		String issuer = "http://localhost:" + ports.auth();
		RSAKey key = RSAKey.parse(Files.readString(this.data.resolve("auth").resolve("signing-key.json")));
		return TestTokens.withKey(key, issuer + "/oauth2/jwks").token("PROVINCE_ADMIN", "52", issuer);
	}

	static long teams(JsonHttp gateway, String unit) {
		JsonHttp.Answer answer = gateway.get("/api/reporting/rollups/" + unit);
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		return answer.json().get("figures").get("teams").asLong();
	}

	Started start(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
		Started started = new Started(process);
		started.awaitReady(Duration.ofMinutes(4));
		return started;
	}

	/** One start of the stack: its process, what it printed, and the processes it started. */
	static final class Started {

		final Process process;

		final List<String> lines = new CopyOnWriteArrayList<>();

		final Thread reader;

		long stopSeconds;

		Started(Process process) {
			this.process = process;
			this.reader = new Thread(() -> {
				try (BufferedReader in = new BufferedReader(
						new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line = in.readLine(); line != null; line = in.readLine()) {
						this.lines.add(line);
					}
				}
				catch (IOException ex) {
					// the process ended
				}
			}, "run-output");
			this.reader.setDaemon(true);
			this.reader.start();
		}

		String output() {
			return String.join("\n", this.lines);
		}

		long readySeconds() {
			Matcher ready = READY.matcher(output());
			assertThat(ready.find()).as(output()).isTrue();
			return Long.parseLong(ready.group(1));
		}

		void awaitReady(Duration patience) {
			await().atMost(patience).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
				assertThat(this.process.isAlive()).as("./run is running: " + output()).isTrue();
				assertThat(READY.matcher(output()).find()).isTrue();
			});
		}

		/** SIGTERM, as Ctrl-C; every process the stack started must be gone when it has ended. */
		void stop() throws InterruptedException {
			List<ProcessHandle> children = this.process.descendants().toList();
			long began = System.nanoTime();
			// SIGTERM through the handle: Process.destroy() would also close our end of its output, and
			// what it prints while stopping would be lost.
			this.process.toHandle().destroy();
			boolean ended = this.process.waitFor(2, TimeUnit.MINUTES);
			this.stopSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began);
			List<ProcessHandle> left = children.stream().filter(ProcessHandle::isAlive).toList();
			left.forEach(ProcessHandle::destroyForcibly);
			if (!ended) {
				this.process.destroyForcibly();
			}
			this.reader.join(Duration.ofSeconds(10).toMillis()); // what it printed last is read to the end
			assertThat(ended).as("./run ended after SIGTERM: " + output()).isTrue();
			assertThat(children).as("the broker and the five applications were started").hasSizeGreaterThanOrEqualTo(6);
			assertThat(left).as("processes left behind after SIGTERM").isEmpty();
			assertThat(output()).contains("Stopped.");
		}

	}

}
