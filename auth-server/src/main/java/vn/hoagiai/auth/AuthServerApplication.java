package vn.hoagiai.auth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AuthServerApplication {

	public static void main(String[] args) {
		exitWithParent();
		SpringApplication.run(AuthServerApplication.class, args);
	}

	/** Ends with the development stack that started it, however that ended. */
	static void exitWithParent() {
		String pid = System.getProperty("hoagiai.parent-pid");
		if (pid != null && !pid.isBlank()) {
			ProcessHandle.of(Long.parseLong(pid.trim()))
				.ifPresentOrElse((parent) -> parent.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
		}
	}

}
