package vn.hoagiai.training.course;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hoagiai.testsupport.UsesInfrastructure;

/**
 * The service on a random port against the real broker and wire-protocol store, with the shared
 * fixtures (known mediators, courses, callers) ready for each test. Public, so that the tests of every
 * feature package share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesInfrastructure
public abstract class TrainingIntegrationTest {

	@LocalServerPort
	protected int port;

	@Value("${spring.kafka.bootstrap-servers}")
	protected String kafka;

	protected TrainingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new TrainingFixtures(this.port, this.kafka);
	}

}
