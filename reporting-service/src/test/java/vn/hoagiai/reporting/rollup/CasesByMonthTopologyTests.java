package vn.hoagiai.reporting.rollup;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.CaseField;
import vn.hoagiai.contracts.events.CaseState;
import vn.hoagiai.contracts.events.CaseStatus;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.contracts.units.AdministrativeUnits;

import static org.assertj.core.api.Assertions.assertThat;

/** Cases counted by unit and month, on the real topology, without a broker. */
class CasesByMonthTopologyTests {

	private static final AdministrativeUnits UNITS = AdministrativeUnits.load(AdministrativeUnits.Scope.BINH_DINH);

	/** Phường Nhơn Bình and Phường Nhơn Phú, in Thành phố Quy Nhơn (540). */
	private static final String NHON_BINH = "21550";

	private static final String NHON_PHU = "21553";

	private TopologyTestDriver driver;

	private TestInputTopic<String, byte[]> cases;

	private TestInputTopic<String, byte[]> teams;

	private TestOutputTopic<String, byte[]> byMonth;

	private TestOutputTopic<String, byte[]> rollup;

	private final Map<String, MonthlyRollupRecord> latest = new HashMap<>();

	@BeforeEach
	void startTopology() {
		StreamsBuilder builder = new StreamsBuilder();
		RollupTopology.build(builder, UNITS, (topic, reason) -> {
		});
		Properties config = new Properties();
		config.put(StreamsConfig.APPLICATION_ID_CONFIG, "rollup-by-month-test");
		config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
		config.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
		this.driver = new TopologyTestDriver(builder.build(), config);
		this.cases = this.driver.createInputTopic(Topic.DISTRICT_CASES.topicName(), new StringSerializer(),
				new ByteArraySerializer());
		this.teams = this.driver.createInputTopic(Topic.REGISTRY_TEAMS.topicName(), new StringSerializer(),
				new ByteArraySerializer());
		this.byMonth = this.driver.createOutputTopic(RollupTopology.BY_MONTH_TOPIC, new StringDeserializer(),
				new ByteArrayDeserializer());
		this.rollup = this.driver.createOutputTopic(Topic.REPORTING_ROLLUP.topicName(), new StringDeserializer(),
				new ByteArrayDeserializer());
	}

	@AfterEach
	void stopTopology() {
		this.driver.close();
	}

	@Test
	void aCaseCountsForTheMonthItWasReceivedInItsWardDistrictAndProvince() {
		publish(new CaseState("c1", 1, NHON_BINH, CaseField.LAND, LocalDate.of(2025, 9, 3), CaseStatus.RECEIVED, null,
				null, null));
		publish(new CaseState("c2", 1, NHON_PHU, CaseField.NEIGHBOURS, LocalDate.of(2025, 9, 20), CaseStatus.SUCCESSFUL,
				LocalDate.of(2025, 9, 25), null, null));

		assertThat(month(NHON_BINH, "2025-09")).containsEntry("casesReceived", 1L).containsEntry("casesOpen", 1L);
		assertThat(month("540", "2025-09")).containsEntry("casesReceived", 2L).containsEntry("casesSuccessful", 1L);
		assertThat(month("52", "2025-09")).containsEntry("casesReceived", 2L);
		assertThat(this.latest.get("540|2025-09").level()).hasToString("DISTRICT");
	}

	@Test
	void aCaseClosedInALaterMonthStaysInTheMonthItWasReceivedAndMovesFromOpenToSuccessful() {
		publish(new CaseState("c1", 1, NHON_BINH, CaseField.LAND, LocalDate.of(2025, 9, 28), CaseStatus.RECEIVED, null,
				null, null));
		publish(new CaseState("c1", 2, NHON_BINH, CaseField.LAND, LocalDate.of(2025, 9, 28), CaseStatus.SUCCESSFUL,
				LocalDate.of(2025, 10, 6), null, null));

		assertThat(month("540", "2025-09")).containsEntry("casesReceived", 1L).containsEntry("casesOpen", 0L)
			.containsEntry("casesSuccessful", 1L);
		assertThat(this.latest).doesNotContainKey("540|2025-10");
	}

	@Test
	void aDuplicateOrALateOlderEventNeverCountsTwice() {
		CaseState received = new CaseState("c1", 1, NHON_BINH, CaseField.LAND, LocalDate.of(2025, 9, 3),
				CaseStatus.RECEIVED, null, null, null);
		CaseState closed = new CaseState("c1", 2, NHON_BINH, CaseField.LAND, LocalDate.of(2025, 9, 3),
				CaseStatus.UNSUCCESSFUL, LocalDate.of(2025, 9, 10), null, null);
		publish(received);
		publish(closed);
		publish(closed);
		publish(received);

		assertThat(month("540", "2025-09")).containsEntry("casesReceived", 1L).containsEntry("casesOpen", 0L)
			.containsEntry("casesUnsuccessful", 1L);
		assertThat(month("52", "2025-09")).containsEntry("casesReceived", 1L);
	}

	@Test
	void aCorrectedReceivedDateMovesTheCaseToTheOtherMonth() {
		publish(new CaseState("c1", 1, NHON_BINH, CaseField.LAND, LocalDate.of(2025, 9, 1), CaseStatus.RECEIVED, null,
				null, null));
		publish(new CaseState("c1", 2, NHON_BINH, CaseField.LAND, LocalDate.of(2025, 8, 31), CaseStatus.RECEIVED, null,
				null, null));

		assertThat(month("540", "2025-09")).containsEntry("casesReceived", 0L);
		assertThat(month("540", "2025-08")).containsEntry("casesReceived", 1L);
	}

	@Test
	void teamsAreNotCountedByMonthAndTheRollupByUnitIsUnchanged() {
		publish(new CaseState("c1", 1, NHON_BINH, CaseField.LAND, LocalDate.of(2025, 9, 3), CaseStatus.RECEIVED, null,
				null, null));
		this.teams.pipeInput(record("t1", EventType.TEAM_CHANGED,
				RollupTopologyTests.team("t1", 1, NHON_BINH, true, Gender.FEMALE, Gender.MALE, Gender.MALE)));

		month("540", "2025-09");
		assertThat(this.latest.keySet()).allMatch((key) -> key.endsWith("|2025-09"));
		Map<String, RollupRecord> units = new HashMap<>();
		this.rollup.readRecordsToList()
			.forEach((r) -> units.put(r.key(), JsonSerde.read(r.value(), RollupRecord.class)));
		assertThat(units.get("540").figures().counts()).containsEntry("casesReceived", 1L).containsEntry("teams", 1L);
	}

	private Map<String, Long> month(String unit, String month) {
		for (TestRecord<String, byte[]> record : this.byMonth.readRecordsToList()) {
			this.latest.put(record.key(), JsonSerde.read(record.value(), MonthlyRollupRecord.class));
		}
		MonthlyRollupRecord record = this.latest.get(unit + "|" + month);
		return (record != null) ? record.figures().counts() : Map.of();
	}

	private void publish(CaseState state) {
		this.cases.pipeInput(record(state.caseId(), (state.status() == CaseStatus.RECEIVED) ? EventType.CASE_RECEIVED : EventType.CASE_CLOSED, state));
	}

	private static TestRecord<String, byte[]> record(String key, EventType type, Object data) {
		ProducerRecord<String, byte[]> record = EventCodec.toRecord("any", key, new EventCodec.OutgoingEvent(
				UUID.randomUUID().toString(), type, URI.create("/test"), Instant.now(), EventCodec.toJson(data)));
		return new TestRecord<>(record.key(), record.value(), record.headers(), Instant.now());
	}

	@Test
	void theMonthlyTopicIsTheContractsTopic() {
		// A string constant for the listener's annotation; the contract stays the one source of truth.
		assertThat(RollupTopology.BY_MONTH_TOPIC).isEqualTo(vn.hoagiai.contracts.Topic.REPORTING_ROLLUP_BY_MONTH.topicName());
	}

}
