package vn.hoagiai.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@org.springframework.boot.context.properties.ConfigurationPropertiesScan
@org.springframework.boot.context.properties.EnableConfigurationProperties(vn.hoagiai.gatewaykit.RateLimits.Limits.class)
public class GatewayApplication {

	public static void main(String[] args) {
		exitWithParent();
		SpringApplication.run(GatewayApplication.class, args);
	}

	/**
	 * Ends the gateway when the development stack that started it ends, however it ended, so no
	 * gateway is left holding port 8080 (the services do the same through the service kit).
	 */
	static void exitWithParent() {
		String pid = System.getProperty("hoagiai.parent-pid");
		if (pid != null && !pid.isBlank()) {
			ProcessHandle.of(Long.parseLong(pid.trim()))
				.ifPresentOrElse((parent) -> parent.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
		}
	}

}
