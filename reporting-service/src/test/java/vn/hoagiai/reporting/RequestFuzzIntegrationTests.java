package vn.hoagiai.reporting;

import java.util.ArrayList;
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
import tools.jackson.databind.JsonNode;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.UsesInfrastructure;
import vn.hoagiai.testsupport.fuzz.HostileRequest;
import vn.hoagiai.testsupport.fuzz.RequestFuzzer;
import vn.hoagiai.testsupport.fuzz.UnitSample;

/**
 * Every endpoint of the reporting service, found in its OpenAPI document, answers hostile requests
 * from the province's administrator with a problem in Vietnamese, never a server error, and stores
 * nothing when it refuses. The rollup's Kafka Streams, its consumers and the outbox relay stay stopped
 * so that only requests write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hoagiai.outbox.relay-enabled=false", "spring.kafka.listener.auto-startup=false",
				"spring.kafka.streams.auto-startup=false" })
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
			String token = TestTokens.get().token("PROVINCE_ADMIN", "52");
			JsonHttp http = new JsonHttp("http://localhost:" + this.port).as(token);
			Map<String, List<String>> known = new java.util.HashMap<>(known(this.units));
			known.put("indicator", values(http.get("/api/reporting/indicators").json(), "id"));
			JsonNode tasks = http.get("/api/reporting/plan/tasks").json().path("tasks");
			List<String> codes = new ArrayList<>(values(tasks, "code"));
			tasks.forEach((task) -> codes.addAll(values(task.path("parts"), "code")));
			known.put("task", codes);
			fuzzer = RequestFuzzer.of("http://localhost:" + this.port, token, this.mongo.getDb(), known);
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

	/** Codes of Bình Định's units at every level, years and periods, for the fields and parameters that take one. */
	static Map<String, List<String>> known(AdministrativeUnits units) {
		UnitSample sample = UnitSample.of("52",
				(code) -> units.children(code).stream().map(AdministrativeUnit::code).toList());
		List<String> all = sample.all();
		List<String> districts = sample.districts();
		List<String> communes = sample.communes();
		return Map.of("unitCode", all, "unit", all, "under", all, "communeCode", communes, "district", districts,
				"year", List.of("2025", "2026"), "period", List.of("2026", "2025", "2026-Q1", "2025-Q4", "2026-03"));
	}

	private static List<String> values(JsonNode items, String field) {
		List<String> values = new ArrayList<>();
		items.forEach((item) -> values.add(item.path(field).asString()));
		return values;
	}

}
