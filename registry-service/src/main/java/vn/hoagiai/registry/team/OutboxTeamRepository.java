package vn.hoagiai.registry.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.kit.outbox.OutboxRelay;
import vn.hoagiai.kit.outbox.OutboxWriter;
import vn.hoagiai.kit.outbox.PendingEvent;

/** Keeps teams in MongoDB with their events in the same document, for the outbox relay to publish. */
@Repository
class OutboxTeamRepository implements TeamRepository {

	private final MongoTemplate mongo;

	private final OutboxWriter outbox;

	private final OutboxRelay relay;

	OutboxTeamRepository(MongoTemplate mongo, OutboxWriter outbox, OutboxRelay relay) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.relay = relay;
	}

	/** The field naming the import that added a team. */
	static final String IMPORT = "_import";

	/** Present while the team's import has not been committed: nobody sees the team yet. */
	static final String STAGED = "_staged";

	/** Where a staged team's events wait; the relay does not look there. */
	static final String STAGED_OUTBOX = "_stagedOutbox";

	@Override
	public Optional<MediationTeam> find(String id) {
		return Optional.ofNullable(this.mongo.findOne(
				Query.query(Criteria.where("_id").is(id).and(STAGED).exists(false)), MediationTeam.class));
	}

	@Override
	public List<MediationTeam> findInCommunes(List<String> communeCodes, @Nullable Boolean compliant, int page,
			int size) {
		Query query = filter(communeCodes, compliant).with(Sort.by("communeCode", "villageName", "name", "_id"))
			.skip((long) page * size)
			.limit(size);
		return this.mongo.find(query, MediationTeam.class);
	}

	@Override
	public long countInCommunes(List<String> communeCodes, @Nullable Boolean compliant) {
		return this.mongo.count(filter(communeCodes, compliant), MediationTeam.class);
	}

	private static Query filter(List<String> communeCodes, @Nullable Boolean compliant) {
		Criteria criteria = Criteria.where("communeCode").in(communeCodes).and(STAGED).exists(false);
		if (compliant != null) {
			criteria = criteria.and("compliance.compliant").is(compliant);
		}
		return Query.query(criteria);
	}

	@Override
	public void add(MediationTeam team) {
		this.outbox.insert(team, events(team));
		team.clearRecordedEvents();
	}

	@Override
	public void update(MediationTeam team, long expectedVersion) {
		this.outbox.update(team, team.id(), expectedVersion, events(team));
		team.clearRecordedEvents();
	}

	@Override
	public List<MediationTeam> withIncompleteMoves() {
		return this.mongo.find(
				Query.query(Criteria.where("mediators.movedTo.completed").is(false).and(STAGED).exists(false)),
				MediationTeam.class);
	}

	@Override
	public void markMoveCompleted(String teamId, String mediatorId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(teamId).and("mediators.id").is(mediatorId)),
				new Update().set("mediators.$.movedTo.completed", true), MediationTeam.class);
	}

	@Override
	public void stage(String importId, List<MediationTeam> teams) {
		List<Document> documents = new ArrayList<>(teams.size());
		for (MediationTeam team : teams) {
			Document document = new Document();
			this.mongo.getConverter().write(team, document);
			document.put(IMPORT, importId);
			document.put(STAGED, true);
			document.put(STAGED_OUTBOX, events(team).stream().map(PendingEvent::toDocument).toList());
			documents.add(document);
		}
		if (!documents.isEmpty()) {
			this.mongo.getCollection(this.mongo.getCollectionName(MediationTeam.class)).insertMany(documents);
		}
		teams.forEach(MediationTeam::clearRecordedEvents);
	}

	@Override
	public long commit(String importId) {
		Update release = new Update().rename(STAGED_OUTBOX, PendingEvent.FIELD).unset(STAGED);
		long committed = this.mongo
			.updateMulti(Query.query(Criteria.where(IMPORT).is(importId).and(STAGED).exists(true)), release,
					MediationTeam.class)
			.getModifiedCount();
		this.relay.nudge();
		return committed;
	}

	@Override
	public long discard(String importId) {
		return this.mongo
			.remove(Query.query(Criteria.where(IMPORT).is(importId).and(STAGED).exists(true)), MediationTeam.class)
			.getDeletedCount();
	}

	private static List<PendingEvent> events(MediationTeam team) {
		// Each event carries the team's whole state after the change.
		return team.recordedEvents()
			.stream()
			.map((EventType type) -> PendingEvent.of(Topic.REGISTRY_TEAMS, team.id(), type, team.changedAt(),
					team.state()))
			.toList();
	}

}
