package vn.hoagiai.registry.team;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
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
class OutboxTeamRepository implements TeamRepository, ApplicationRunner {

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

	/**
	 * The directory of the teams of each commune ({@code _id}: the commune's code, {@code teamIds}).
	 * Lists read it and then fetch the teams by id: lookups by {@code _id}, which every engine indexes
	 * (mongo-java-server indexes nothing else). A team's id is listed before the team is written, so
	 * the directory never misses a team; an id whose team was never written (a discarded import) is
	 * skipped when read.
	 */
	static final String DIRECTORY = "commune_teams";

	static final Comparator<MediationTeam> LIST_ORDER = Comparator.comparing(MediationTeam::communeCode)
		.thenComparing(MediationTeam::villageName)
		.thenComparing(MediationTeam::name)
		.thenComparing(MediationTeam::id);

	@Override
	public Optional<MediationTeam> find(String id) {
		Document document = teams().find(new Document("_id", id)).first();
		if (document == null || document.containsKey(STAGED)) {
			return Optional.empty();
		}
		return Optional.of(this.mongo.getConverter().read(MediationTeam.class, document));
	}

	@Override
	public List<MediationTeam> findInCommunes(List<String> communeCodes, @Nullable Boolean compliant, int page,
			int size) {
		List<Document> found = visible(communeCodes, compliant);
		List<MediationTeam> teams = new ArrayList<>(found.size());
		for (Document document : found) {
			teams.add(this.mongo.getConverter().read(MediationTeam.class, document));
		}
		teams.sort(LIST_ORDER);
		int from = (int) Math.min(teams.size(), (long) page * size);
		return teams.subList(from, (int) Math.min(teams.size(), (long) from + size));
	}

	@Override
	public long countInCommunes(List<String> communeCodes, @Nullable Boolean compliant) {
		return visible(communeCodes, compliant).size();
	}

	/** The committed teams of these communes, through the directory. */
	private List<Document> visible(List<String> communeCodes, @Nullable Boolean compliant) {
		List<Object> ids = new ArrayList<>();
		for (Document entry : this.mongo.getCollection(DIRECTORY)
			.find(new Document("_id", new Document("$in", communeCodes)))) {
			ids.addAll(entry.getList("teamIds", String.class));
		}
		List<Document> found = new ArrayList<>(ids.size());
		if (ids.isEmpty()) {
			return found;
		}
		for (Document document : teams().find(new Document("_id", new Document("$in", ids)))) {
			// A team re-homed to another commune may still be listed in its old commune's entry.
			if (document.containsKey(STAGED) || !communeCodes.contains(document.getString("communeCode"))) {
				continue;
			}
			if (compliant != null) {
				Document compliance = document.get("compliance", Document.class);
				if (compliance == null || !compliant.equals(compliance.getBoolean("compliant"))) {
					continue;
				}
			}
			found.add(document);
		}
		return found;
	}

	/** Lists teams in their communes' directory entries: before the teams themselves are written. */
	private void enlist(List<MediationTeam> teams) {
		Map<String, List<String>> byCommune = new LinkedHashMap<>();
		teams.forEach((team) -> byCommune.computeIfAbsent(team.communeCode(), (c) -> new ArrayList<>()).add(team.id()));
		enlist(byCommune);
	}

	private void enlist(Map<String, List<String>> byCommune) {
		byCommune.forEach((commune, ids) -> this.mongo.getCollection(DIRECTORY)
			.updateOne(new Document("_id", commune),
					new Document("$addToSet", new Document("teamIds", new Document("$each", ids))),
					new com.mongodb.client.model.UpdateOptions().upsert(true)));
	}

	/**
	 * Fills the directory from the teams if it is empty while teams exist (data written before the
	 * directory did); once filled, every write keeps it current.
	 */
	@Override
	public void run(ApplicationArguments args) {
		if (this.mongo.getCollection(DIRECTORY).countDocuments() > 0 || teams().countDocuments() == 0) {
			return;
		}
		Map<String, List<String>> byCommune = new LinkedHashMap<>();
		for (Document document : teams().find().projection(new Document("communeCode", 1))) {
			byCommune.computeIfAbsent(document.getString("communeCode"), (c) -> new ArrayList<>())
				.add(document.getString("_id"));
		}
		enlist(byCommune);
	}

	private com.mongodb.client.MongoCollection<Document> teams() {
		return this.mongo.getCollection(this.mongo.getCollectionName(MediationTeam.class));
	}

	@Override
	public void add(MediationTeam team) {
		enlist(List.of(team));
		this.outbox.insert(team, events(team));
		team.clearRecordedEvents();
	}

	@Override
	public void update(MediationTeam team, long expectedVersion) {
		this.outbox.update(team, team.id(), expectedVersion, events(team));
		team.clearRecordedEvents();
	}

	@Override
	public void rehomed(MediationTeam team, String fromCommune, long expectedVersion) {
		enlist(List.of(team));
		update(team, expectedVersion);
		this.mongo.getCollection(DIRECTORY)
			.updateOne(new Document("_id", fromCommune), new Document("$pull", new Document("teamIds", team.id())));
	}

	/** Transfers between their two writes: {@code _id} "team:mediator", so the recovery reads few documents. */
	static final String MOVES = "moves_in_progress";

	@Override
	public void moveStarting(String teamId, String mediatorId, java.time.Instant at) {
		this.mongo.getCollection(MOVES)
			.replaceOne(new Document("_id", teamId + ":" + mediatorId),
					new Document("teamId", teamId).append("mediatorId", mediatorId).append("at", java.util.Date.from(at)),
					new com.mongodb.client.model.ReplaceOptions().upsert(true));
	}

	@Override
	public List<MediationTeam> withIncompleteMoves(java.time.Instant startedBefore) {
		List<MediationTeam> teams = new ArrayList<>();
		for (Document move : this.mongo.getCollection(MOVES).find()) {
			if (move.getDate("at").toInstant().isBefore(startedBefore)) {
				String teamId = move.getString("teamId");
				Optional<MediationTeam> team = find(teamId);
				boolean left = team.flatMap((t) -> t.mediator(move.getString("mediatorId")))
					.map((m) -> m.movedTo() != null && !m.movedTo().completed())
					.orElse(false);
				if (left) {
					teams.add(team.get());
				}
				else {
					// The first write never happened (or the move is done): nothing to complete.
					this.mongo.getCollection(MOVES).deleteOne(new Document("_id", move.getString("_id")));
				}
			}
		}
		return teams;
	}

	@Override
	public void markMoveCompleted(String teamId, String mediatorId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(teamId).and("mediators.id").is(mediatorId)),
				new Update().set("mediators.$.movedTo.completed", true), MediationTeam.class);
		this.mongo.getCollection(MOVES).deleteOne(new Document("_id", teamId + ":" + mediatorId));
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
			enlist(teams);
			teams().insertMany(documents);
		}
		teams.forEach(MediationTeam::clearRecordedEvents);
	}

	@Override
	public long commit(String importId, @Nullable List<String> teamIds) {
		Update release = new Update().rename(STAGED_OUTBOX, PendingEvent.FIELD).unset(STAGED);
		long committed = this.mongo
			.updateMulti(Query.query(Criteria.where(IMPORT).is(importId).and(STAGED).exists(true)), release,
					MediationTeam.class)
			.getModifiedCount();
		// The relay finds the released events through their marks (repeating this marks them again: harmless).
		List<Object> ids = new ArrayList<>();
		if (teamIds != null) {
			ids.addAll(teamIds);
		}
		else {
			teams().find(new Document(IMPORT, importId)).projection(new Document("_id", 1)).forEach((d) -> ids.add(d.get("_id")));
		}
		for (int from = 0; from < ids.size(); from += 1000) {
			this.outbox.markPending(this.mongo.getCollectionName(MediationTeam.class),
					ids.subList(from, Math.min(ids.size(), from + 1000)));
		}
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
