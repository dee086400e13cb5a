package vn.hoagiai.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.bson.Document;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.contracts.units.UnitLevel;
import vn.hoagiai.devstack.DevStack;
import vn.hoagiai.testsupport.JsonHttp;

/**
 * Query latency at national scale, the live rollup beside computing on demand: teams (with their
 * mediators) are loaded through the registry's own import across the country and a year of cases is
 * published as district systems would, the rollup must count exactly the teams and cases of every
 * province, then for random provinces, in turn: the province's indicator
 * page ({@code GET /api/reporting/indicators/{province}}) straight from reporting-service, and the same
 * registry figures computed on demand by a MongoDB aggregation over the registry's {@code teams}
 * collection, as a batch system would. Before anything is timed, the aggregation's figures must equal
 * the rollup's for every province.
 */
final class OnDemandBenchmark {

	/** The registry's database: registry-service's {@code spring.mongodb.database}, which the stack keeps. */
	static final String REGISTRY_DATABASE = "registry";

	/** The registry's collection of teams, each with its mediators past and present. */
	static final String TEAMS_COLLECTION = "teams";

	/** The figures the aggregation computes, named as the rollup names them. */
	static final List<String> FIGURES = List.of("teams", "teamsCompliant", "mediators", "mediatorsWomen");

	private OnDemandBenchmark() {
	}

	static Map<String, Object> run(DevStack stack, int teams, int queries, int cases, AdministrativeUnits.Scope scope)
			throws Exception {
		AdministrativeUnits units = AdministrativeUnits.load(scope);
		Map<String, List<String>> communesByProvince = RegistryBenchmark.communesByProvince(units);
		// What the rollup counts already (other benchmarks of the same run) is added to what this one imports.
		Map<String, Long> expected = new TreeMap<>();
		Map<String, Long> expectedCases = new TreeMap<>();
		for (String province : communesByProvince.keySet()) {
			expected.put(province, Benchmarks.figure(stack, province, "teams"));
			expectedCases.put(province, Benchmarks.figure(stack, province, "casesReceived"));
		}
		List<Map<String, Object>> imports = new ArrayList<>();
		Map<String, Integer> loaded = RegistryBenchmark.loadAcross(stack, communesByProvince, teams, imports);
		loaded.forEach((province, count) -> expected.merge(province, (long) count, Long::sum));
		// A year of cases from the district systems: the page's case indicators then have figures behind them.
		try (KafkaProducer<String, byte[]> producer = Benchmarks.producer(stack)) {
			QueryBenchmark.publishCases(producer, "ondemand-case-", units, units.inHierarchy(AdministrativeUnits.THREE_TIER_VERSION)
				.stream()
				.filter((unit) -> unit.level() == UnitLevel.COMMUNE)
				.toList(), cases, new Random(7), expectedCases);
			producer.flush();
		}
		long counting = System.nanoTime();
		Benchmarks.awaitExact(stack, "teams", expected);
		Benchmarks.awaitExact(stack, "casesReceived", expectedCases);
		double countSeconds = Benchmarks.seconds(counting);
		// Nothing timed while the writers still store what the import left behind (by month, too).
		double quietSeconds = Benchmarks.awaitWritersIdle(stack);

		JsonHttp reporting = new JsonHttp(stack.serviceUrl(DevStack.Service.REPORTING)).as(Benchmarks.token(stack));
		try (MongoClient client = MongoClients.create(stack.mongoUri())) {
			MongoCollection<Document> registryTeams = client.getDatabase(REGISTRY_DATABASE).getCollection(TEAMS_COLLECTION);
			// The same figures both ways, for every province, before anything is timed.
			for (Map.Entry<String, List<String>> province : communesByProvince.entrySet()) {
				Map<String, Long> live = rollupFigures(
						new JsonHttp(stack.serviceUrl(DevStack.Service.REPORTING)).as(Benchmarks.token(stack)), province.getKey());
				Map<String, Long> onDemand = figures(registryTeams, province.getValue());
				if (!live.equals(onDemand)) {
					throw new IllegalStateException("WRONG: province " + province.getKey() + ": the rollup counts "
							+ live + ", the aggregation over the registry " + onDemand);
				}
			}
			List<String> provinces = new ArrayList<>(loaded.keySet());
			List<Long> rollupMicros = new ArrayList<>(queries);
			List<Long> onDemandMicros = new ArrayList<>(queries);
			Random pick = new Random(11);
			int warmUp = Math.max(1, queries / 10);
			for (int i = 0; i < warmUp + queries; i++) {
				if (i % 20 == 0) {
					// Tokens last 10 minutes; at national size the aggregations take longer than that.
					reporting = new JsonHttp(stack.serviceUrl(DevStack.Service.REPORTING)).as(Benchmarks.token(stack));
				}
				String province = provinces.get(pick.nextInt(provinces.size()));
				// Each goes first every other time, so neither always meets the other's leftovers.
				long[] took = new long[2];
				for (int turn = 0; turn < 2; turn++) {
					boolean rollup = (turn + i) % 2 == 0;
					long started = System.nanoTime();
					if (rollup) {
						RegistryBenchmark.check(reporting.get("/api/reporting/indicators/" + province));
					}
					else {
						figures(registryTeams, communesByProvince.get(province));
					}
					took[rollup ? 0 : 1] = (System.nanoTime() - started) / 1_000;
				}
				if (i >= warmUp) {
					rollupMicros.add(took[0]);
					onDemandMicros.add(took[1]);
				}
			}
			Map<String, Object> rollup = summary(rollupMicros);
			Map<String, Object> onDemand = summary(onDemandMicros);
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("provinces", loaded.size());
			result.put("communes", communesByProvince.values().stream().mapToInt(List::size).sum());
			result.put("teams", loaded.values().stream().mapToInt(Integer::intValue).sum());
			result.put("mediators", imports.stream().mapToInt((i) -> (int) i.get("rows")).sum());
			result.put("cases", cases);
			result.put("teamsInCollection", registryTeams.countDocuments());
			result.put("secondsForAllImports",
					Math.round(imports.stream().mapToDouble((i) -> (double) i.get("seconds")).sum() * 10) / 10.0);
			result.put("countedExactlyWithinSeconds", Math.round(countSeconds * 10) / 10.0);
			result.put("writersIdleAfterSeconds", Math.round(quietSeconds * 10) / 10.0);
			result.put("embeddedStoreReadsRetried", RETRIED.get());
			result.put("figuresEqualForEveryProvince", true);
			result.put("provinceIndicatorPageFromRollup", rollup);
			result.put("provinceFiguresOnDemand", onDemand);
			result.put("ratioP50", ratio(onDemand.get("p50Ms"), rollup.get("p50Ms")));
			result.put("ratioP99", ratio(onDemand.get("p99Ms"), rollup.get("p99Ms")));
			return result;
		}
	}

	/**
	 * The province's registry figures computed on demand: its communes' committed, active teams, those
	 * meeting Art. 12, their serving mediators and the women among them. The same rules as the rollup's
	 * (reporting-service's {@code Contributions.team}, fed by the team's state event, which lists the
	 * serving mediators only): a mediator serves while neither dismissed nor moved to another team; a team
	 * staged by an import that has not committed is not in the registry yet.
	 */
	static Map<String, Long> figures(MongoCollection<Document> teams, List<String> communes) {
		Document serving = new Document("$filter", new Document("input", "$mediators").append("as", "m")
			.append("cond", new Document("$and", List.of(absent("$$m.dismissal"), absent("$$m.movedTo")))));
		Document women = new Document("$filter", new Document("input", "$serving").append("as", "m")
			.append("cond", new Document("$eq", List.of("$$m.gender", "FEMALE"))));
		List<Document> pipeline = List.of(
				new Document("$match",
						new Document("communeCode", new Document("$in", communes)).append("active", true)
							.append("_staged", new Document("$exists", false))),
				new Document("$project",
						new Document("compliant",
								new Document("$cond", List.of(new Document("$eq", List.of("$compliance.compliant", true)), 1, 0)))
							.append("serving", serving)),
				new Document("$group",
						new Document("_id", null).append("teams", new Document("$sum", 1))
							.append("teamsCompliant", new Document("$sum", "$compliant"))
							.append("mediators", new Document("$sum", new Document("$size", "$serving")))
							.append("mediatorsWomen", new Document("$sum", new Document("$size", women)))));
		Document found = readRetrying(() -> teams.aggregate(pipeline).first());
		Map<String, Long> figures = new LinkedHashMap<>();
		for (String name : FIGURES) {
			figures.put(name, (found == null) ? 0L : ((Number) found.get(name)).longValue());
		}
		return figures;
	}

	/** Reads that the embedded store failed and were read again (H2's "Chunk … not found"). */
	static final java.util.concurrent.atomic.AtomicInteger RETRIED = new java.util.concurrent.atomic.AtomicInteger();

	/**
	 * A read of the embedded store, tried again when its H2 file fails a long read with "Chunk … not
	 * found" while it is written to (a fault of the embedded engine, BENCHMARKS.md); as a batch system
	 * would. Every retry is counted in the result, and a timed read's time includes its failed tries.
	 */
	static <T> T readRetrying(java.util.function.Supplier<T> read) {
		for (int attempt = 1;; attempt++) {
			try {
				return read.get();
			}
			catch (com.mongodb.MongoException ex) {
				if (attempt == 3 || String.valueOf(ex.getMessage()).indexOf("Chunk") < 0) {
					throw ex;
				}
				RETRIED.incrementAndGet();
			}
		}
	}

	/** True when the field is missing or null (Spring Data leaves null fields out of the document). */
	private static Document absent(String field) {
		return new Document("$eq", Arrays.asList(new Document("$ifNull", Arrays.asList(field, null)), null));
	}

	/** The same figures as the live rollup keeps them for the unit. */
	static Map<String, Long> rollupFigures(JsonHttp reporting, String unit) {
		JsonHttp.Answer answer = reporting.get("/api/reporting/rollups/" + unit);
		if (answer.status() != 200) {
			throw new IllegalStateException("The rollup answered " + answer.status() + ": " + answer.text());
		}
		JsonNode counted = answer.json().get("figures");
		Map<String, Long> figures = new LinkedHashMap<>();
		for (String name : FIGURES) {
			JsonNode value = counted.get(name);
			if (value == null) {
				throw new IllegalStateException("WRONG: the rollup of " + unit + " has no figure " + name + ": " + counted);
			}
			figures.put(name, value.asLong());
		}
		return figures;
	}

	private static Map<String, Object> summary(List<Long> micros) {
		List<Long> sorted = new ArrayList<>(micros);
		Collections.sort(sorted);
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("requests", sorted.size());
		summary.put("p50Ms", Benchmarks.percentile(sorted, 0.50) / 1000.0);
		summary.put("p99Ms", Benchmarks.percentile(sorted, 0.99) / 1000.0);
		summary.put("maxMs", sorted.get(sorted.size() - 1) / 1000.0);
		return summary;
	}

	private static double ratio(Object onDemand, Object rollup) {
		return Math.round((double) onDemand / (double) rollup * 100) / 100.0;
	}

}
