package vn.hoagiai.contracts.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTests {

	private static final TeamState TEAM = new TeamState("team-1", 2, "21550", "Khu vực 1", false, true,
			List.of(new TeamState.Member("m-1", Gender.FEMALE, false, true),
					new TeamState.Member("m-2", Gender.MALE, true, false)),
			false, List.of("Tổ hòa giải có ít hơn 3 hòa giải viên"), Instant.parse("2026-11-27T08:00:00Z"));

	@Test
	void aTeamEventTravelsAsABinaryModeCloudEventAndComesBackWhole() {
		ProducerRecord<String, byte[]> record = EventCodec.toRecord("registry.teams", "team-1",
				new EventCodec.OutgoingEvent("evt-1", EventType.TEAM_CHANGED, URI.create("/registry-service"),
						TEAM.changedAt(), EventCodec.toJson(TEAM)));

		assertThat(record.key()).isEqualTo("team-1");
		assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
			.isEqualTo("vn.hoagiai.registry.team.changed.v1");
		assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
			.isEqualTo("application/json");

		EventCodec.ReceivedEvent read = EventCodec.read(record.headers(), record.value());

		assertThat(read.type()).isEqualTo(EventType.TEAM_CHANGED);
		assertThat(read.id()).isEqualTo("evt-1");
		assertThat(read.dataAs(TeamState.class)).isEqualTo(TEAM);
	}

	@Test
	void aTeamOfTheTwoTierHierarchyTravelsWithItsOfficialCodeAndTheHierarchyExtension() {
		TeamState rehomed = new TeamState("team-1", 3, "21553@2025-07-01", "Khu vực 1", false, true, TEAM.members(),
				false, TEAM.complianceReasons(), TEAM.changedAt());
		ProducerRecord<String, byte[]> record = EventCodec.toRecord("registry.teams", "team-1",
				new EventCodec.OutgoingEvent("evt-2", EventType.TEAM_CHANGED, URI.create("/registry-service"),
						TEAM.changedAt(), EventCodec.toJson(rehomed)));

		assertThat(new String(record.headers().lastHeader("ce_hierarchy").value(), StandardCharsets.UTF_8))
			.isEqualTo("2025-07-01");
		EventCodec.ReceivedEvent read = EventCodec.read(record.headers(), record.value());
		assertThat(read.dataAs(TeamState.class).communeCode()).isEqualTo("21553");
		assertThat(read.hierarchy()).isEqualTo("2025-07-01");
		assertThat(read.unitId("21553")).isEqualTo("21553@2025-07-01");
	}

	@Test
	void anEventWithoutTheHierarchyExtensionIsOfTheThreeTierHierarchy() {
		ProducerRecord<String, byte[]> record = EventCodec.toRecord("registry.teams", "team-1",
				new EventCodec.OutgoingEvent("evt-1", EventType.TEAM_CHANGED, URI.create("/x"), Instant.now(),
						EventCodec.toJson(TEAM)));

		assertThat(record.headers().lastHeader("ce_hierarchy")).isNull();
		EventCodec.ReceivedEvent read = EventCodec.read(record.headers(), record.value());
		assertThat(read.hierarchy()).isEqualTo("2025-03-01");
		assertThat(read.unitId("21550")).isEqualTo("21550");
	}

	@Test
	void anUnknownHierarchyIsUnreadable() {
		ProducerRecord<String, byte[]> record = EventCodec.toRecord("registry.teams", "team-1",
				new EventCodec.OutgoingEvent("evt-1", EventType.TEAM_CHANGED, URI.create("/x"), Instant.now(),
						EventCodec.toJson(TEAM)));
		record.headers().add("ce_hierarchy", "2030-01-01".getBytes(StandardCharsets.UTF_8));

		assertThatThrownBy(() -> EventCodec.read(record.headers(), record.value()))
			.extracting((ex) -> ((UnreadableEventException) ex).reasonCode())
			.isEqualTo("unknown-hierarchy");
	}

	@Test
	void aRecordWithoutCloudEventsHeadersIsUnreadableWithAReason() {
		assertThatThrownBy(() -> EventCodec.read(new RecordHeaders(), "{}".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(UnreadableEventException.class)
			.extracting((ex) -> ((UnreadableEventException) ex).reasonCode())
			.isEqualTo("not-a-cloudevent");
	}

	@Test
	void anUnknownEventTypeIsUnreadableNotIgnored() {
		ProducerRecord<String, byte[]> record = EventCodec.toRecord("registry.teams", "team-1",
				new EventCodec.OutgoingEvent("evt-1", EventType.TEAM_CHANGED, URI.create("/x"), Instant.now(),
						EventCodec.toJson(TEAM)));
		record.headers().remove("ce_type").add("ce_type", "vn.hoagiai.unknown.v9".getBytes(StandardCharsets.UTF_8));

		assertThatThrownBy(() -> EventCodec.read(record.headers(), record.value()))
			.extracting((ex) -> ((UnreadableEventException) ex).reasonCode())
			.isEqualTo("unknown-type");
	}

	@Test
	void dataLargerThanTheContractAllowsIsUnreadable() {
		String padding = "x".repeat(EventCodec.MAX_DATA_BYTES);
		ProducerRecord<String, byte[]> record = EventCodec.toRecord("registry.teams", "team-1",
				new EventCodec.OutgoingEvent("evt-1", EventType.TEAM_CHANGED, URI.create("/x"), Instant.now(),
						("{\"padding\": \"" + padding + "\"}").getBytes(StandardCharsets.UTF_8)));

		assertThatThrownBy(() -> EventCodec.read(record.headers(), record.value()))
			.extracting((ex) -> ((UnreadableEventException) ex).reasonCode())
			.isEqualTo("too-large");
	}

	@Test
	void dataThatDoesNotMatchItsTypeIsUnreadable() {
		ProducerRecord<String, byte[]> record = EventCodec.toRecord("registry.teams", "team-1",
				new EventCodec.OutgoingEvent("evt-1", EventType.TEAM_CHANGED, URI.create("/x"), Instant.now(),
						"{\"teamId\": 5, \"version\": \"many\"}".getBytes(StandardCharsets.UTF_8)));

		assertThatThrownBy(() -> EventCodec.read(record.headers(), record.value()))
			.extracting((ex) -> ((UnreadableEventException) ex).reasonCode())
			.isEqualTo("schema");
	}

}
