package vn.hoagiai.registry;

import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestContextManager;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.UsesInfrastructure;
import vn.hoagiai.testsupport.fuzz.HostileRequest;
import vn.hoagiai.testsupport.fuzz.RequestFuzzer;
import vn.hoagiai.testsupport.fuzz.UnitSample;

/**
 * Every endpoint of the registry, found in its OpenAPI document, answers hostile requests from the
 * province's administrator with a problem in Vietnamese, never a server error, and stores nothing when
 * it refuses. The outbox relay and the Kafka consumers stay stopped so that only requests write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hoagiai.outbox.relay-enabled=false", "spring.kafka.listener.auto-startup=false" })
@UsesInfrastructure
class RequestFuzzIntegrationTests {

	private static RequestFuzzer fuzzer;

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	AdministrativeUnits units;

	@BeforeProperty
	void startTheService() throws Exception {
		// jqwik runs this class, not JUnit Jupiter: Spring's test context is prepared by hand.
		new TestContextManager(getClass()).prepareTestInstance(this);
		if (fuzzer == null) {
			fuzzer = RequestFuzzer.of("http://localhost:" + this.port, TestTokens.get().token("PROVINCE_ADMIN", "52"),
					this.mongo.getDb(), known(this.units));
		}
	}

	@Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
	void noHostileRequestGetsAServerErrorAStackTraceOrAHalfDoneChange(@ForAll("requests") HostileRequest request) {
		fuzzer.check(request);
	}

	@Provide
	Arbitrary<HostileRequest> requests() {
		return fuzzer.requests();
	}

	/** Codes of Bình Định's units at every level, for the fields and parameters that take one. */
	static Map<String, List<String>> known(AdministrativeUnits units) {
		UnitSample sample = UnitSample.of("52",
				(code) -> units.children(code).stream().map(AdministrativeUnit::code).toList());
		List<String> all = sample.all();
		List<String> districts = sample.districts();
		List<String> communes = sample.communes();
		return Map.of("unitCode", all, "unit", all, "code", all, "communeCode", communes, "commune", communes,
				"district", districts, "parent", List.of("52", districts.get(0)));
	}

}
