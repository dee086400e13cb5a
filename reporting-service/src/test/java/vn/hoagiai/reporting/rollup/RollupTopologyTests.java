package vn.hoagiai.reporting.rollup;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import vn.hoagiai.contracts.events.CourseState;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.contracts.events.TeamState;
import vn.hoagiai.contracts.units.AdministrativeUnits;

import static org.assertj.core.api.Assertions.assertThat;

/** The rollup's counting rules, on the real topology, without a broker. */
class RollupTopologyTests {

	private static final AdministrativeUnits UNITS = AdministrativeUnits.load(AdministrativeUnits.Scope.BINH_DINH);

	/** Phường Nhơn Bình and Phường Nhơn Phú, both in Thành phố Quy Nhơn (540); Huyện An Lão is 542. */
	private static final String NHON_BINH = "21550";

	private static final String NHON_PHU = "21553";

	private TopologyTestDriver driver;

	private TestInputTopic<String, byte[]> teams;

	private TestInputTopic<String, byte[]> courses;

	private TestOutputTopic<String, byte[]> rollup;

	private TestOutputTopic<String, byte[]> deadLetters;

	private final Map<String, RollupRecord> latest = new java.util.HashMap<>();

	private final List<String> deadLettered = new ArrayList<>();

	private TestInputTopic<String, byte[]> cases;

	@BeforeEach
	void startTopology() {
		StreamsBuilder builder = new StreamsBuilder();
		RollupTopology.build(builder, UNITS, (topic, reason) -> this.deadLettered.add(topic + ":" + reason));
		Properties config = new Properties();
		config.put(StreamsConfig.APPLICATION_ID_CONFIG, "rollup-test");
		config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
		config.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
		this.driver = new TopologyTestDriver(builder.build(), config);
		this.teams = this.driver.createInputTopic(Topic.REGISTRY_TEAMS.topicName(), new StringSerializer(),
				new ByteArraySerializer());
		this.courses = this.driver.createInputTopic(Topic.TRAINING_COURSES.topicName(), new StringSerializer(),
				new ByteArraySerializer());
		this.cases = this.driver.createInputTopic(Topic.DISTRICT_CASES.topicName(), new StringSerializer(),
				new ByteArraySerializer());
		this.rollup = this.driver.createOutputTopic(Topic.REPORTING_ROLLUP.topicName(), new StringDeserializer(),
				new ByteArrayDeserializer());
		this.deadLetters = this.driver.createOutputTopic(Topic.REGISTRY_TEAMS.deadLetterTopicName(),
				new StringDeserializer(), new ByteArrayDeserializer());
	}

	@AfterEach
	void stopTopology() {
		this.driver.close();
	}

	@Test
	void aNewTeamCountsInItsCommuneDistrictAndProvince() {
		publish(team("t1", 1, NHON_BINH, true, Gender.FEMALE, Gender.MALE, Gender.MALE));

		assertThat(figures(NHON_BINH)).containsEntry("teams", 1L).containsEntry("mediators", 3L)
			.containsEntry("mediatorsWomen", 1L).containsEntry("teamsCompliant", 1L);
		assertThat(figures("540")).containsEntry("teams", 1L).containsEntry("mediators", 3L);
		assertThat(figures("52")).containsEntry("teams", 1L).containsEntry("mediators", 3L);
	}

	@Test
	void aMediatorLeavingMovesTheCountsDownEverywhere() {
		publish(team("t1", 1, NHON_BINH, true, Gender.FEMALE, Gender.MALE, Gender.MALE));
		publish(team("t2", 1, NHON_PHU, true, Gender.FEMALE, Gender.FEMALE, Gender.MALE));

		publish(team("t1", 2, NHON_BINH, false, Gender.MALE, Gender.MALE));

		assertThat(figures(NHON_BINH)).containsEntry("teams", 1L).containsEntry("mediators", 2L)
			.containsEntry("mediatorsWomen", 0L).containsEntry("teamsCompliant", 0L);
		assertThat(figures("540")).containsEntry("teams", 2L).containsEntry("mediators", 5L)
			.containsEntry("mediatorsWomen", 2L);
		assertThat(figures("52")).containsEntry("mediators", 5L);
	}

	@Test
	void aRepeatedVersionChangesNothingAndAnOlderOneIsDeadLettered() {
		publish(team("t1", 1, NHON_BINH, true, Gender.FEMALE, Gender.MALE, Gender.MALE));
		publish(team("t1", 2, NHON_BINH, false, Gender.MALE));
		publish(team("t1", 2, NHON_BINH, false, Gender.MALE));
		publish(team("t1", 1, NHON_BINH, true, Gender.FEMALE, Gender.MALE, Gender.MALE));

		assertThat(figures(NHON_BINH)).containsEntry("teams", 1L).containsEntry("mediators", 1L);
		assertThat(figures("52")).containsEntry("teams", 1L).containsEntry("mediators", 1L);
		assertThat(header(this.deadLetters.readRecord(), RollupTopology.DLT_REASON_CODE)).isEqualTo("version-backwards");
		assertThat(this.deadLetters.isEmpty()).isTrue();
		assertThat(this.deadLettered).containsExactly("registry.teams:version-backwards");
	}

	@Test
	void aRecordKeyedByAnythingButItsThingsIdIsDeadLettered() {
		TeamState team = team("t1", 1, NHON_BINH, true, Gender.FEMALE, Gender.MALE, Gender.MALE);
		this.teams.pipeInput(record("another-key", EventType.TEAM_CHANGED, team));

		assertThat(header(this.deadLetters.readRecord(), RollupTopology.DLT_REASON_CODE)).isEqualTo("key-mismatch");
		assertThat(figures(NHON_BINH)).isEmpty();
	}

	@Test
	void casesAreCountedByOutcomeAndACaseClosedLaterMovesFromOpenToSuccessful() {
		java.time.LocalDate received = java.time.LocalDate.of(2026, 3, 2);
		this.cases.pipeInput(record("case-1", EventType.CASE_RECEIVED, new vn.hoagiai.contracts.events.CaseState("case-1",
				1, NHON_BINH, vn.hoagiai.contracts.events.CaseField.LAND, received,
				vn.hoagiai.contracts.events.CaseStatus.RECEIVED, null, null, null)));
		this.cases.pipeInput(record("case-2", EventType.CASE_CLOSED, new vn.hoagiai.contracts.events.CaseState("case-2",
				1, NHON_PHU, vn.hoagiai.contracts.events.CaseField.NEIGHBOURS, received,
				vn.hoagiai.contracts.events.CaseStatus.UNSUCCESSFUL, received.plusDays(3), null, null)));

		assertThat(figures("540")).containsEntry("casesReceived", 2L).containsEntry("casesOpen", 1L)
			.containsEntry("casesUnsuccessful", 1L).containsEntry("casesSuccessful", 0L);

		this.cases.pipeInput(record("case-1", EventType.CASE_SENT_FOR_COURT_RECOGNITION,
				new vn.hoagiai.contracts.events.CaseState("case-1", 3, NHON_BINH,
						vn.hoagiai.contracts.events.CaseField.LAND, received,
						vn.hoagiai.contracts.events.CaseStatus.SUCCESSFUL, received.plusDays(5), received.plusDays(9),
						received.plusDays(1))));

		assertThat(figures("540")).containsEntry("casesReceived", 2L).containsEntry("casesOpen", 0L)
			.containsEntry("casesSuccessful", 1L).containsEntry("casesSentForCourtRecognition", 1L)
			.containsEntry("casesWithLegalSupport", 1L);
		assertThat(figures("52")).containsEntry("casesReceived", 2L).containsEntry("casesSuccessful", 1L);
	}

	@Test
	void aCaseClosedBeforeItWasReceivedIsDeadLetteredForItsImpossibleDates() {
		java.time.LocalDate received = java.time.LocalDate.of(2026, 3, 2);
		this.cases.pipeInput(record("case-9", EventType.CASE_CLOSED, new vn.hoagiai.contracts.events.CaseState("case-9",
				1, NHON_BINH, vn.hoagiai.contracts.events.CaseField.LAND, received,
				vn.hoagiai.contracts.events.CaseStatus.SUCCESSFUL, received.minusDays(1), null, null)));

		TestOutputTopic<String, byte[]> caseDeadLetters = this.driver.createOutputTopic(
				Topic.DISTRICT_CASES.deadLetterTopicName(), new StringDeserializer(), new ByteArrayDeserializer());
		TestRecord<String, byte[]> dead = caseDeadLetters.readRecord();
		assertThat(header(dead, RollupTopology.DLT_REASON_CODE)).isEqualTo("rule");
		assertThat(header(dead, RollupTopology.DLT_REASON)).contains("closedOn 2026-03-01 is before receivedOn 2026-03-02");
		assertThat(figures(NHON_BINH)).isEmpty();
	}

	@Test
	void aTeamMovedToAnotherDistrictLeavesTheFirst() {
		String anLaoTownship = "21609";
		publish(team("t1", 1, NHON_BINH, true, Gender.FEMALE, Gender.MALE, Gender.MALE));
		publish(team("t1", 2, anLaoTownship, true, Gender.FEMALE, Gender.MALE, Gender.MALE));

		assertThat(figures(NHON_BINH)).containsEntry("teams", 0L).containsEntry("mediators", 0L);
		assertThat(figures("540")).containsEntry("teams", 0L);
		assertThat(figures("542")).containsEntry("teams", 1L).containsEntry("mediators", 3L);
		assertThat(figures("52")).containsEntry("teams", 1L);
	}

	@Test
	void aDistrictCourseCountsForTheDistrictAndProvinceOnly() {
		CourseState course = new CourseState("c1", 1, "540", "Tập huấn kỹ năng hòa giải", "MEDIATORS",
				java.time.LocalDate.of(2026, 3, 2), java.time.LocalDate.of(2026, 3, 3), "PLANNED", Instant.now());
		this.courses.pipeInput(record("c1", EventType.COURSE_SCHEDULED, course));

		assertThat(figures("540")).containsEntry("courses", 1L);
		assertThat(figures("52")).containsEntry("courses", 1L);
		assertThat(this.latest).containsOnlyKeys("540", "52");
	}

	@Test
	void anEventForAnUnknownUnitIsDeadLetteredWithItsReasonAndTheStreamGoesOn() {
		publish(team("bad", 1, "99999", true, Gender.FEMALE));
		publish(team("t1", 1, NHON_BINH, true, Gender.FEMALE, Gender.MALE, Gender.MALE));

		TestRecord<String, byte[]> dead = this.deadLetters.readRecord();
		assertThat(header(dead, RollupTopology.DLT_REASON_CODE)).isEqualTo("unknown-unit");
		assertThat(figures(NHON_BINH)).containsEntry("teams", 1L);
		assertThat(figures("52")).containsEntry("teams", 1L);
	}

	@Test
	void aRecordThatIsNotAnEventIsDeadLetteredNotIgnored() {
		this.teams.pipeInput("t9", "{not json".getBytes(StandardCharsets.UTF_8));

		TestRecord<String, byte[]> dead = this.deadLetters.readRecord();
		assertThat(header(dead, RollupTopology.DLT_REASON_CODE)).isEqualTo("not-a-cloudevent");
		assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
	}

	private Map<String, Long> figures(String unit) {
		for (TestRecord<String, byte[]> record : this.rollup.readRecordsToList()) {
			this.latest.put(record.key(), JsonSerde.read(record.value(), RollupRecord.class));
		}
		RollupRecord record = this.latest.get(unit);
		return (record != null) ? record.figures().counts() : Map.of();
	}

	private void publish(TeamState team) {
		this.teams.pipeInput(record(team.teamId(), EventType.TEAM_CHANGED, team));
	}

	private static TestRecord<String, byte[]> record(String key, EventType type, Object data) {
		ProducerRecord<String, byte[]> record = EventCodec.toRecord("any", key, new EventCodec.OutgoingEvent(
				UUID.randomUUID().toString(), type, URI.create("/test"), Instant.now(), EventCodec.toJson(data)));
		return new TestRecord<>(record.key(), record.value(), record.headers(), Instant.now());
	}

	static TeamState team(String id, long version, String commune, boolean compliant, Gender... genders) {
		List<TeamState.Member> members = new ArrayList<>();
		for (int i = 0; i < genders.length; i++) {
			members.add(new TeamState.Member(id + "-m" + i, genders[i], false, i == 0));
		}
		return new TeamState(id, version, commune, "Thôn 1", false, true, members, compliant,
				compliant ? List.of() : List.of("Thiếu hòa giải viên nữ"), Instant.now());
	}

	private static String header(TestRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
