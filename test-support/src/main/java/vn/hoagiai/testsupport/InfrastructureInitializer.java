package vn.hoagiai.testsupport;

import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring Boot application under test at the shared test infrastructure, with a database of
 * its own so test contexts never see each other's documents, and makes it trust {@link TestTokens}.
 */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestInfrastructure infrastructure = TestInfrastructure.get();
		String run = UUID.randomUUID().toString().substring(0, 8);
		String application = context.getEnvironment().getProperty("spring.application.name", "test");
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test-infrastructure",
					Map.of("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
							"spring.mongodb.uri", infrastructure.mongoUri(), "spring.mongodb.database",
							application + "-" + run, "hoagiai.test.run-id", run, "HOAGIAI_ISSUER", TestTokens.ISSUER,
							"HOAGIAI_JWK_SET_URI", TestTokens.get().jwkSetUri())));
	}

}
