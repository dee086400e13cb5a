package vn.hoagiai.registry.team;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.kit.outbox.OutboxRelay;
import vn.hoagiai.kit.outbox.PendingEvent;
import vn.hoagiai.testsupport.TopicReader;
import vn.hoagiai.testsupport.UsesInfrastructure;
import vn.hoagiai.registry.audit.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay finds waiting events through marks written with them, not by scanning every team; a mark
 * that was never written (the process stopped right after the team's write) is made good by the scan.
 */
@SpringBootTest
@UsesInfrastructure
class OutboxMarksIntegrationTests {

	@Autowired
	TeamRepository teams;

	@Autowired
	OutboxRelay relay;

	@Autowired
	MongoTemplate mongo;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	static MediationTeam team() {
		TeamMediator lan = TeamMediator.recognised(UUID.randomUUID().toString(), "Nguyễn Thị Lan", Gender.FEMALE, 1975,
				"Kinh", true, List.of(), null, Instant.now());
		return MediationTeam.register("21550", "Thôn " + UUID.randomUUID(), "Tổ 1", false, List.of(lan), Instant.now(),
				new Actor("test", "PROVINCE_ADMIN"));
	}

	long marks(String teamId) {
		return this.mongo.getCollection("_outbox_pending").countDocuments(new Document("documentId", teamId));
	}

	@Test
	void aWrittenTeamIsMarkedThenPublishedAndItsMarkRemoved() {
		MediationTeam team = team();
		this.teams.add(team);

		await().untilAsserted(() -> assertThat(TopicReader.readAll(this.kafka, Topic.REGISTRY_TEAMS.topicName()))
			.filteredOn((record) -> record.key().equals(team.id()))
			.hasSize(1));
		await().untilAsserted(() -> assertThat(marks(team.id())).isZero());
	}

	@Test
	void eventsWhoseMarkWasNeverWrittenArePublishedByTheScan() {
		// The team and its event are written as the writer does, but the process stops before the mark.
		MediationTeam team = team();
		Document document = new Document();
		this.mongo.getConverter().write(team, document);
		document.put(PendingEvent.FIELD, List.of(PendingEvent
			.of(Topic.REGISTRY_TEAMS, team.id(), EventType.TEAM_REGISTERED, Instant.now(), team.state())
			.toDocument()));
		this.mongo.getCollection("teams").insertOne(document);
		assertThat(marks(team.id())).isZero();

		this.relay.scanAll();

		assertThat(TopicReader.readAll(this.kafka, Topic.REGISTRY_TEAMS.topicName()))
			.filteredOn((record) -> record.key().equals(team.id()))
			.hasSize(1);
		assertThat(this.mongo.getCollection("teams").find(new Document("_id", team.id())).first().getList("_outbox", Document.class))
			.isEmpty();
	}

}
