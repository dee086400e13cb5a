package vn.hoagiai.registry.team;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.kit.outbox.OutboxWriter;
import vn.hoagiai.kit.outbox.PendingEvent;

/** Keeps teams in MongoDB with their events in the same document, for the outbox relay to publish. */
@Repository
class OutboxTeamRepository implements TeamRepository {

	private final MongoTemplate mongo;

	private final OutboxWriter outbox;

	OutboxTeamRepository(MongoTemplate mongo, OutboxWriter outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	@Override
	public Optional<MediationTeam> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, MediationTeam.class));
	}

	@Override
	public List<MediationTeam> findInCommunes(List<String> communeCodes, @Nullable Boolean compliant, int page,
			int size) {
		Query query = filter(communeCodes, compliant).with(Sort.by("communeCode", "villageName", "_id"))
			.skip((long) page * size)
			.limit(size);
		return this.mongo.find(query, MediationTeam.class);
	}

	@Override
	public long countInCommunes(List<String> communeCodes, @Nullable Boolean compliant) {
		return this.mongo.count(filter(communeCodes, compliant), MediationTeam.class);
	}

	private static Query filter(List<String> communeCodes, @Nullable Boolean compliant) {
		Criteria criteria = Criteria.where("communeCode").in(communeCodes);
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

	private static List<PendingEvent> events(MediationTeam team) {
		// Each event carries the team's whole state after the change.
		return team.recordedEvents()
			.stream()
			.map((EventType type) -> PendingEvent.of(Topic.REGISTRY_TEAMS, team.id(), type, team.changedAt(),
					team.state()))
			.toList();
	}

}
