package vn.hoagiai.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Profiles one of the stack's processes during a timed part of a benchmark, for
 * {@code -Dhoagiai.bench.profile=FILE}: a {@code .jfr} file is a Java Flight Recorder recording
 * ({@code profile} settings); any other name is async-profiler's, which writes two files named like it:
 * {@code .html}, a flame graph, and {@code .collapsed}, one line per stack with the thread first (for
 * counting shares), by wall clock and per thread unless {@code -Dhoagiai.bench.profileEvent} names
 * another event ({@code cpu},
 * {@code itimer}, {@code lock}, {@code alloc}). Wall clock shows where a thread waits as well as where
 * it computes, which execution samples alone do not. async-profiler's library comes from its Maven
 * artifact on the class path and is loaded into the running process with jcmd.
 */
final class Profiler {

	private Profiler() {
	}

	/** The file asked for, or null when nothing is to be profiled. */
	static String requested() {
		return System.getProperty("hoagiai.bench.profile");
	}

	static void start(long pid, String name, String file) throws Exception {
		if (isJfr(file)) {
			jcmd(pid, "JFR.start", "name=" + name, "settings=profile", "filename=" + Path.of(file).toAbsolutePath());
		}
		else {
			String event = System.getProperty("hoagiai.bench.profileEvent", "wall");
			asyncProfiler(pid, "start,event=" + event + ",interval=10ms,threads");
		}
	}

	static void stop(long pid, String name, String file) throws Exception {
		if (isJfr(file)) {
			jcmd(pid, "JFR.stop", "name=" + name);
		}
		else {
			String base = Path.of(file).toAbsolutePath().toString().replaceFirst("\\.[a-z]+$", "");
			asyncProfiler(pid, "dump,collapsed,threads,file=" + base + ".collapsed");
			asyncProfiler(pid, "stop,flamegraph,threads,file=" + base + ".html");
		}
	}

	/**
	 * Gives async-profiler a command through jcmd, which loads the library once. The options are quoted:
	 * jcmd would otherwise read their "=" as its own argument syntax.
	 */
	private static void asyncProfiler(long pid, String options) throws Exception {
		String answer = jcmd(pid, "JVMTI.agent_load", library().toString(), "\"" + options + "\"");
		if (!answer.contains("return code: 0")) {
			throw new IllegalStateException("async-profiler refused '" + options + "': " + answer);
		}
	}

	private static boolean isJfr(String file) {
		return file.endsWith(".jfr");
	}

	/** async-profiler's native library, copied once from its jar to a temporary file. */
	private static synchronized Path library() throws IOException {
		if (library == null) {
			try (InputStream in = Profiler.class.getResourceAsStream("/linux-x64/libasyncProfiler.so")) {
				if (in == null) {
					throw new IllegalStateException("async-profiler's linux-x64 library is not on the class path");
				}
				Path copy = Files.createTempFile("libasyncProfiler", ".so");
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
				copy.toFile().deleteOnExit();
				library = copy;
			}
		}
		return library;
	}

	private static Path library;

	/** Runs the JDK's jcmd against a process; its output is printed and returned. */
	private static String jcmd(long pid, String... command) throws Exception {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		List<String> line = new ArrayList<>(List.of(jcmd.toString(), String.valueOf(pid)));
		line.addAll(List.of(command));
		Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		System.out.print(output);
		if (process.waitFor() != 0) {
			throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + output);
		}
		return output;
	}

}
