package vn.hoagiai.kit.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends this process when the process that started it ends, however it ended (even by SIGKILL), so
 * the development stack never leaves a service running behind it.
 */
public final class ParentProcessWatchdog {

	private static final Logger log = LoggerFactory.getLogger(ParentProcessWatchdog.class);

	/** The system property that names the parent's process id. */
	public static final String PARENT_PID = "hoagiai.parent-pid";

	private ParentProcessWatchdog() {
	}

	/** Starts watching if {@value #PARENT_PID} is set; does nothing otherwise. */
	public static void watchIfAsked() {
		String pid = System.getProperty(PARENT_PID);
		if (pid == null || pid.isBlank()) {
			return;
		}
		ProcessHandle.of(Long.parseLong(pid.trim())).ifPresentOrElse((parent) -> parent.onExit().thenRun(() -> {
			log.warn("Parent process {} ended; stopping", pid);
			System.exit(0);
		}), () -> System.exit(0));
	}

}
