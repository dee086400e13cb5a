package vn.hoagiai.benchmarks;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.CaseField;
import vn.hoagiai.contracts.events.CaseState;
import vn.hoagiai.contracts.events.CaseStatus;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.contracts.events.TeamState;
import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.contracts.units.UnitLevel;
import vn.hoagiai.devstack.DevStack;
import vn.hoagiai.testsupport.JsonHttp;

/**
 * Query latency at national scale: the whole country's teams (with their mediators) and a year of cases
 * are published as the registry and the district systems would publish them, the rollup must count
 * exactly the teams and cases of every province, then a province's indicator page
 * ({@code GET /api/reporting/indicators/{province}}: every indicator with value, target, gap and the
 * period before) is read for random provinces, straight from reporting-service and through the
 * gateway (its per-user rate limit lifted; everything else in the path).
 */
final class QueryBenchmark {

	private QueryBenchmark() {
	}

	static Map<String, Object> run(DevStack stack, int teams, int cases, int queries, AdministrativeUnits.Scope scope)
			throws Exception {
		AdministrativeUnits units = AdministrativeUnits.load(scope);
		List<AdministrativeUnit> communes = units.inHierarchy(AdministrativeUnits.THREE_TIER_VERSION)
			.stream()
			.filter((unit) -> unit.level() == UnitLevel.COMMUNE)
			.toList();
		// What the rollup counts already (other benchmarks of the same run) is added to what this one sends.
		Map<String, Long> teamsByProvince = new HashMap<>();
		Map<String, Long> casesByProvince = new HashMap<>();
		for (AdministrativeUnit province : units.inHierarchy(AdministrativeUnits.THREE_TIER_VERSION)) {
			if (province.level() == UnitLevel.PROVINCE) {
				teamsByProvince.put(province.code(), Benchmarks.figure(stack, province.code(), "teams"));
				casesByProvince.put(province.code(), Benchmarks.figure(stack, province.code(), "casesReceived"));
			}
		}
		Random random = new Random(7);
		long mediators = 0;
		long published = System.nanoTime();
		try (KafkaProducer<String, byte[]> producer = Benchmarks.producer(stack)) {
			for (int i = 0; i < teams; i++) {
				AdministrativeUnit commune = communes.get(i % communes.size());
				String id = "national-team-" + i;
				List<TeamState.Member> members = new ArrayList<>();
				int size = RegistryBenchmark.TEAM_SIZES[i % RegistryBenchmark.TEAM_SIZES.length];
				for (int m = 0; m < size; m++) {
					members.add(new TeamState.Member(id + "-m" + m, (m % 3 == 0) ? Gender.FEMALE : Gender.MALE,
							m == 1 && random.nextInt(5) == 0, m == 0));
				}
				mediators += size;
				TeamState team = new TeamState(id, 1, commune.code(), "Thôn " + (i % 12 + 1), false, true, members,
						true, List.of(), Instant.now());
				producer.send(EventCodec.toRecord(Topic.REGISTRY_TEAMS.topicName(), id,
						new EventCodec.OutgoingEvent(UUID.randomUUID().toString(), EventType.TEAM_REGISTERED,
								URI.create("/benchmark"), Instant.now(), EventCodec.toJson(team))));
				teamsByProvince.merge(province(units, commune), 1L, Long::sum);
			}
			publishCases(producer, "national-case-", units, communes, cases, random, casesByProvince);
			producer.flush();
		}
		double publishSeconds = Benchmarks.seconds(published);
		long counting = System.nanoTime();
		Benchmarks.awaitExact(stack, "teams", teamsByProvince);
		Benchmarks.awaitExact(stack, "casesReceived", casesByProvince);
		double countSeconds = Benchmarks.seconds(counting);
		Benchmarks.awaitWritersIdle(stack);

		stack.stop(DevStack.Service.GATEWAY);
		stack.launch(DevStack.Service.GATEWAY,
				Map.of("HOAGIAI_RATE_LIMIT_PER_USER", "1000000000", "HOAGIAI_RATE_LIMIT_PER_CLIENT", "1000000000"));
		stack.awaitReady(DevStack.Service.GATEWAY);
		List<String> provinces = new ArrayList<>(teamsByProvince.keySet());
		String token = Benchmarks.token(stack);
		JsonHttp direct = new JsonHttp(stack.serviceUrl(DevStack.Service.REPORTING)).as(token);
		JsonHttp gateway = new JsonHttp(stack.gatewayUrl()).as(token);
		Random pick = new Random(11);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("communes", communes.size());
		result.put("teams", teams);
		result.put("mediators", mediators);
		result.put("cases", cases);
		result.put("publishSeconds", Math.round(publishSeconds * 10) / 10.0);
		result.put("countedExactlyWithinSeconds", Math.round(countSeconds * 10) / 10.0);
		result.put("provinceIndicatorPageDirect", RegistryBenchmark.latencies(queries,
				() -> direct.get("/api/reporting/indicators/" + provinces.get(pick.nextInt(provinces.size())))));
		result.put("provinceIndicatorPageThroughGateway", RegistryBenchmark.latencies(queries,
				() -> gateway.get("/api/reporting/indicators/" + provinces.get(pick.nextInt(provinces.size())))));
		result.put("target", "p99 < 20 ms");
		return result;
	}

	/**
	 * Publishes {@code cases} cases of 2026 in random communes, as district systems would (most closed,
	 * some successful, some still open), and adds each to its province's count. Ids start with
	 * {@code prefix}: a case published again under the same id would be a duplicate, counted once.
	 */
	static void publishCases(KafkaProducer<String, byte[]> producer, String prefix, AdministrativeUnits units,
			List<AdministrativeUnit> communes, int cases, Random random, Map<String, Long> casesByProvince) {
		CaseStatus[] outcomes = { CaseStatus.SUCCESSFUL, CaseStatus.SUCCESSFUL, CaseStatus.SUCCESSFUL,
				CaseStatus.SUCCESSFUL, CaseStatus.UNSUCCESSFUL, CaseStatus.RECEIVED, CaseStatus.WITHDRAWN };
		for (int i = 0; i < cases; i++) {
			AdministrativeUnit commune = communes.get(random.nextInt(communes.size()));
			String id = prefix + i;
			CaseStatus status = outcomes[random.nextInt(outcomes.length)];
			LocalDate received = LocalDate.of(2026, 1 + random.nextInt(10), 1 + random.nextInt(28));
			CaseState state = new CaseState(id, 1, commune.code(), CaseField.values()[i % CaseField.values().length],
					received, status, (status == CaseStatus.RECEIVED) ? null : received.plusDays(7), null, null);
			producer.send(EventCodec.toRecord(Topic.DISTRICT_CASES.topicName(), id,
					new EventCodec.OutgoingEvent(UUID.randomUUID().toString(),
							(status == CaseStatus.RECEIVED) ? EventType.CASE_RECEIVED : EventType.CASE_CLOSED,
							URI.create("/benchmark"), Instant.now(), EventCodec.toJson(state))));
			casesByProvince.merge(province(units, commune), 1L, Long::sum);
		}
	}

	private static String province(AdministrativeUnits units, AdministrativeUnit commune) {
		return units.ancestorAt(commune.code(), UnitLevel.PROVINCE).orElseThrow().code();
	}

}
