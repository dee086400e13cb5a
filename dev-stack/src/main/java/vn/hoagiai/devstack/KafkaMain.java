package vn.hoagiai.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The broker's child process: formats the log directory on first start (KRaft storage), then runs
 * {@code kafka.Kafka} with the given properties; ends itself when the stack that started it ends.
 * Arguments: the parent's pid, the cluster id, the server.properties path.
 */
public final class KafkaMain {

	private KafkaMain() {
	}

	public static void main(String[] args) throws Exception {
		long parent = Long.parseLong(args[0]);
		String clusterId = args[1];
		String properties = args[2];
		ProcessHandle.of(parent).ifPresentOrElse((p) -> p.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
		Properties config = new Properties();
		try (var in = Files.newInputStream(Path.of(properties))) {
			config.load(in);
		}
		Path logDir = Path.of(config.getProperty("log.dirs"));
		if (!Files.exists(logDir.resolve("meta.properties"))) {
			int status = kafka.tools.StorageTool.execute(
					new String[] { "format", "--cluster-id", clusterId, "--config", properties, "--ignore-formatted" },
					System.out);
			if (status != 0) {
				System.err.println("Formatting the Kafka log directory failed: " + status);
				System.exit(status);
			}
		}
		kafka.Kafka.main(new String[] { properties });
	}

}
