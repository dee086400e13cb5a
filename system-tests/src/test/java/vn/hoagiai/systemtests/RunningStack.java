package vn.hoagiai.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import vn.hoagiai.devstack.DevStack;

/**
 * The whole stack as {@code ./run} starts it, on free ports and a fresh data folder, started once for
 * the system tests of this JVM and stopped when it exits. Its services and gateway send their spans to
 * a collector in this JVM, started first ({@link #spans()}).
 */
final class RunningStack {

	private static DevStack stack;

	private static SpanCollector spans;

	private RunningStack() {
	}

	private static void deleteRecursively(Path folder) {
		try (var paths = Files.walk(folder)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary folder is harmless
		}
	}

	/** A token the stack's services accept, signed with the stack's own provider key. */
	static String token(String role, String unit) {
		DevStack running = get();
		try {
			com.nimbusds.jose.jwk.RSAKey key = com.nimbusds.jose.jwk.RSAKey
				.parse(Files.readString(running.signingKeyFile()));
			return vn.hoagiai.testsupport.TestTokens.withKey(key, running.issuer() + "/oauth2/jwks")
				.token(role, unit, running.issuer());
		}
		catch (IOException | java.text.ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static synchronized DevStack get() {
		if (stack == null) {
			Path root = Path.of(System.getProperty("hoagiai.root", "..")).toAbsolutePath().normalize();
			Path data;
			try {
				data = Files.createTempDirectory("hoagiai-system-test-");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			DevStack.Options defaults = DevStack.Options.defaults(root);
			spans = SpanCollector.start();
			stack = DevStack.start(new DevStack.Options(root, data, DevStack.Ports.free(), defaults.javaOptions(),
					Duration.ofSeconds(240)).withTracingEndpoint(spans.endpoint()));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				stack.close();
				spans.close();
				deleteRecursively(data);
			}, "system-test-stack-stop"));
		}
		return stack;
	}

	/** The spans the running stack exported. */
	static synchronized SpanCollector spans() {
		get();
		return spans;
	}

}
