package vn.hoagiai.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.hoagiai.deployment.ComposeFile.Service;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus scrapes every application where its metrics are, and the Grafana dashboard reads the
 * Prometheus that is provisioned, about the jobs Prometheus scrapes.
 */
class MonitoringTests {

	private static final ComposeFile COMPOSE = ComposeFile.load();

	private static final String PROMETHEUS_CONFIG = "deploy/prometheus/prometheus.yml";

	private static final String DASHBOARDS = "deploy/grafana/dashboards";

	private static final Pattern JOB_MATCHER = Pattern.compile("job\\s*(=~|=)\\s*\"([^\"]*)\"");

	static Stream<Service> applications() {
		return COMPOSE.applications().stream();
	}

	/** Each scrape job with the {@code host:port} targets it names (static or found through DNS). */
	record ScrapeJob(String name, String metricsPath, List<String> targets) {
	}

	static List<ScrapeJob> scrapeJobs() {
		List<ScrapeJob> jobs = new ArrayList<>();
		for (Object job : ComposeFile.list(Repository.yamlMap(PROMETHEUS_CONFIG).get("scrape_configs"))) {
			Map<String, Object> config = ComposeFile.map(job);
			List<String> targets = new ArrayList<>();
			for (Object staticConfig : ComposeFile.list(config.get("static_configs"))) {
				ComposeFile.list(ComposeFile.map(staticConfig).get("targets")).forEach((target) -> targets.add(target.toString()));
			}
			for (Object dnsConfig : ComposeFile.list(config.get("dns_sd_configs"))) {
				Map<String, Object> dns = ComposeFile.map(dnsConfig);
				ComposeFile.list(dns.get("names")).forEach((name) -> targets.add(name + ":" + dns.get("port")));
			}
			jobs.add(new ScrapeJob(String.valueOf(config.get("job_name")),
					String.valueOf(config.getOrDefault("metrics_path", "/metrics")), targets));
		}
		return jobs;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("applications")
	void prometheusScrapesEveryApplicationOnItsActuatorPort(Service application) {
		ApplicationConfig config = ApplicationConfig.of(application.build().orElseThrow().module());
		String target = application.name() + ":" + config.managementPort(application.environment());

		assertThat(scrapeJobs()).as("scrape jobs of %s", PROMETHEUS_CONFIG)
			.anySatisfy((job) -> {
				assertThat(job.targets()).contains(target);
				assertThat(job.metricsPath()).isEqualTo("/actuator/prometheus");
			});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("applications")
	void everyApplicationExposesThePrometheusEndpoint(Service application) {
		ApplicationConfig config = ApplicationConfig.of(application.build().orElseThrow().module());

		assertThat(config.property("management.endpoints.web.exposure.include", Map.of()).orElse(""))
			.as("actuator endpoints %s exposes", application.name())
			.contains("prometheus");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("applications")
	void everyApplicationCanServePrometheusMetrics(Service application) {
		String module = application.build().orElseThrow().module();
		Path jar = Repository.path(module + "/target/" + module + ".jar");

		try (ZipFile zip = new ZipFile(jar.toFile())) {
			assertThat(zip.stream().map((entry) -> entry.getName()))
				.as("libraries in %s", jar)
				.anySatisfy((entry) -> assertThat(entry).startsWith("BOOT-INF/lib/micrometer-registry-prometheus"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void grafanaReadsTheProvisionedPrometheus() {
		Map<String, Object> datasource = ComposeFile
			.map(ComposeFile.list(Repository.yamlMap("deploy/grafana/provisioning/datasources/prometheus.yml").get("datasources")).get(0));
		Service prometheus = COMPOSE.service("prometheus");
		Service grafana = COMPOSE.service("grafana");

		assertThat(datasource.get("url")).as("Grafana's data source").isEqualTo("http://prometheus:9090");
		assertThat(prometheus.ports()).extracting(ComposeFile.PortMapping::target).contains(9090);
		assertThat(grafana.volumes()).as("volumes of grafana")
			.contains("./deploy/grafana/provisioning:/etc/grafana/provisioning:ro")
			.anySatisfy((volume) -> assertThat(volume).startsWith("./" + DASHBOARDS + ":" + dashboardsPath() + ":"));
		assertThat(prometheus.volumes()).as("volumes of prometheus")
			.anySatisfy((volume) -> assertThat(volume).startsWith("./" + PROMETHEUS_CONFIG + ":"));
	}

	@Test
	void everyPanelQueriesTheProvisionedDataSourceAboutJobsPrometheusScrapes() {
		String uid = String.valueOf(ComposeFile
			.map(ComposeFile.list(Repository.yamlMap("deploy/grafana/provisioning/datasources/prometheus.yml").get("datasources")).get(0))
			.get("uid"));
		Set<String> jobs = new LinkedHashSet<>();
		scrapeJobs().forEach((job) -> jobs.add(job.name()));
		JsonNode dashboard = dashboard();
		List<String> expressions = new ArrayList<>();

		for (JsonNode panel : dashboard.path("panels")) {
			if (panel.path("type").asText().equals("row")) {
				continue;
			}
			assertThat(panel.path("datasource").path("uid").asText()).as("data source of panel %s", panel.path("title"))
				.isEqualTo(uid);
			assertThat(panel.path("targets")).as("queries of panel %s", panel.path("title")).isNotEmpty();
			for (JsonNode target : panel.path("targets")) {
				assertThat(target.path("datasource").path("uid").asText()).isEqualTo(uid);
				expressions.add(target.path("expr").asText());
			}
		}

		for (String expression : expressions) {
			Matcher matcher = JOB_MATCHER.matcher(expression);
			while (matcher.find()) {
				for (String job : matcher.group(2).split("\\|")) {
					assertThat(jobs).as("job %s in the query %s", job, expression).contains(job);
				}
			}
		}
	}

	@Test
	void dashboardShowsWhatOperatorsWatch() {
		String queries = dashboard().findValuesAsText("expr").toString();

		assertThat(queries).as("queries of the dashboard")
			.contains("hoagiai_rollup_as_of_seconds")
			.contains("kafka_consumer_fetch_manager_records_lag_max")
			.contains("http_server_requests_seconds_count")
			.contains("resilience4j_circuitbreaker_state")
			.contains("hoagiai_events_dead_lettered_total");
	}

	private static String dashboardsPath() {
		Map<String, Object> provider = ComposeFile.map(ComposeFile
			.list(Repository.yamlMap("deploy/grafana/provisioning/dashboards/dashboards.yml").get("providers")).get(0));
		return String.valueOf(ComposeFile.map(provider.get("options")).get("path"));
	}

	private static JsonNode dashboard() {
		Map<String, JsonNode> dashboards = new LinkedHashMap<>();
		try (Stream<Path> files = java.nio.file.Files.list(Repository.path(DASHBOARDS))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".json")).toList()) {
				dashboards.put(file.getFileName().toString(), new ObjectMapper().readTree(file.toFile()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(dashboards).as("dashboards in %s", DASHBOARDS).hasSize(1);
		return dashboards.values().iterator().next();
	}

}
