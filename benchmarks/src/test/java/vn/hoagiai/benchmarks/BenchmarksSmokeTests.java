package vn.hoagiai.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.hoagiai.devstack.DevStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CI checks only that each benchmark runs, on a small size, and gets exact figures; the figures of
 * BENCHMARKS.md come from ./bench at the documented sizes. Nothing here is timed.
 */
class BenchmarksSmokeTests {

	@Test
	void eachBenchmarkRunsOnASmallSizeAndItsRollupIsExact() throws Exception {
		Path root = Path.of(System.getProperty("hoagiai.root", "..")).toAbsolutePath().normalize();
		try (DevStack stack = DevStack.start(new DevStack.Options(root, Files.createTempDirectory("bench-smoke-"),
				DevStack.Ports.free(), DevStack.Options.defaults(root).javaOptions(), Duration.ofSeconds(240)))) {
			Map<String, Object> ingest = Benchmarks.ingest(stack, 500, 1);
			Map<String, Object> freshness = Benchmarks.freshness(stack, 1);
			Map<String, Object> registry = RegistryBenchmark.run(stack, 150, 10, 1,
					vn.hoagiai.contracts.units.AdministrativeUnits.Scope.BINH_DINH);
			Map<String, Object> rebuild = Benchmarks.rebuild(stack, 500, 1);
			Map<String, Object> gateway = Benchmarks.gateway(stack, 1, 1);
			// Before the query benchmark: it publishes teams straight to the topic, which the registry never holds.
			Map<String, Object> onDemand = OnDemandBenchmark.run(stack, 60, 10, 60,
					vn.hoagiai.contracts.units.AdministrativeUnits.Scope.BINH_DINH);
			Map<String, Object> query = QueryBenchmark.run(stack, 60, 60, 10,
					vn.hoagiai.contracts.units.AdministrativeUnits.Scope.BINH_DINH);

			assertThat((double) ingest.get("ratio")).isPositive();
			assertThat(rebuild).containsEntry("rebuiltEqualsLive", true).containsKey("rebuildSeconds");
			assertThat((double) gateway.get("ratio")).isPositive();
			assertThat((double) gateway.get("ratioMvc")).as("the Web MVC gateway measured beside it").isPositive();
			assertThat(query).containsKeys("provinceIndicatorPageDirect", "provinceIndicatorPageThroughGateway");
			assertThat(onDemand).containsEntry("figuresEqualForEveryProvince", true)
				.containsKeys("provinceIndicatorPageFromRollup", "provinceFiguresOnDemand", "ratioP99");
			assertThat(freshness).containsKeys("100PerSecond", "1000PerSecond");
			assertThat(registry).containsKeys("import100k", "communeMediatorsWomen", "districtMediatorsPage");
		}
	}

}
