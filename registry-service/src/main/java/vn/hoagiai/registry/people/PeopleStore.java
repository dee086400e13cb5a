package vn.hoagiai.registry.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.kit.outbox.OutboxWriter;
import vn.hoagiai.kit.outbox.PendingEvent;
import vn.hoagiai.kit.outbox.StaleVersionException;

/**
 * Keeps trainers, legal supporters' assignments and pilot communes in MongoDB with their events in the
 * same document, for the outbox relay to publish on {@code registry.people}; and commendations, which
 * cause no event. The domain never sees Kafka.
 */
@Repository
class PeopleStore {

	private final MongoTemplate mongo;

	private final OutboxWriter outbox;

	PeopleStore(MongoTemplate mongo, OutboxWriter outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	/** Stores a new thing and its events in one atomic step. */
	void add(PeopleAggregate thing) {
		try {
			this.outbox.insert(thing, events(thing));
		}
		catch (DuplicateKeyException ex) {
			// Someone created it (a pilot commune, by its code) between our read and our write.
			throw new StaleVersionException(thing.key(), 0);
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				throw new StaleVersionException(thing.key(), 0);
			}
			throw ex;
		}
		thing.clearRecordedEvents();
	}

	/**
	 * Stores a changed thing and its events in one atomic step, if it is still at {@code expectedVersion}.
	 * @throws StaleVersionException otherwise; nothing is written then
	 */
	void update(PeopleAggregate thing, long expectedVersion) {
		this.outbox.update(thing, thing.key(), expectedVersion, events(thing));
		thing.clearRecordedEvents();
	}

	<T> Optional<T> find(String id, Class<T> type) {
		return Optional.ofNullable(this.mongo.findById(id, type));
	}

	/** A page of the trainers of these units, by unit and name; only active or retired ones if asked. */
	List<Trainer> trainers(Collection<String> unitCodes, @Nullable TrainerLevel level, @Nullable Boolean active,
			int page, int size) {
		return this.mongo.find(trainerFilter(unitCodes, level, active)
			.with(Sort.by("details.unitCode", "details.fullName", "_id"))
			.skip((long) page * size)
			.limit(size), Trainer.class);
	}

	long countTrainers(Collection<String> unitCodes, @Nullable TrainerLevel level, @Nullable Boolean active) {
		return this.mongo.count(trainerFilter(unitCodes, level, active), Trainer.class);
	}

	private static Query trainerFilter(Collection<String> unitCodes, @Nullable TrainerLevel level,
			@Nullable Boolean active) {
		Criteria criteria = Criteria.where("details.unitCode").in(unitCodes);
		if (level != null) {
			criteria = criteria.and("details.level").is(level);
		}
		if (active != null) {
			criteria = active ? criteria.and("retirement").is(null) : criteria.and("retirement").ne(null);
		}
		return Query.query(criteria);
	}

	/** A page of the assignments of legal supporters to teams of these communes, or of one team. */
	List<LegalSupport> supports(Collection<String> communeCodes, @Nullable String teamId, int page, int size) {
		return this.mongo.find(supportFilter(communeCodes, teamId)
			.with(Sort.by("communeCode", "teamId", "assignedOn", "_id"))
			.skip((long) page * size)
			.limit(size), LegalSupport.class);
	}

	long countSupports(Collection<String> communeCodes, @Nullable String teamId) {
		return this.mongo.count(supportFilter(communeCodes, teamId), LegalSupport.class);
	}

	private static Query supportFilter(Collection<String> communeCodes, @Nullable String teamId) {
		Criteria criteria = Criteria.where("communeCode").in(communeCodes);
		if (teamId != null) {
			criteria = criteria.and("teamId").is(teamId);
		}
		return Query.query(criteria);
	}

	/** The pilot communes among these communes, or all of them. */
	List<PilotCommune> pilotCommunes(@Nullable Collection<String> communeCodes) {
		Query query = (communeCodes == null) ? new Query() : Query.query(Criteria.where("_id").in(communeCodes));
		return this.mongo.find(query.with(Sort.by("_id")), PilotCommune.class);
	}

	void add(Commendation commendation) {
		this.mongo.insert(commendation);
	}

	/** A page of the commendations of teams of these communes, in a year if asked, newest first. */
	List<Commendation> commendations(Collection<String> communeCodes, @Nullable Integer year, int page, int size) {
		return this.mongo.find(commendationFilter(communeCodes, year)
			.with(Sort.by(Sort.Direction.DESC, "awardedOn").and(Sort.by("_id")))
			.skip((long) page * size)
			.limit(size), Commendation.class);
	}

	long countCommendations(Collection<String> communeCodes, @Nullable Integer year) {
		return this.mongo.count(commendationFilter(communeCodes, year), Commendation.class);
	}

	private static Query commendationFilter(Collection<String> communeCodes, @Nullable Integer year) {
		Criteria criteria = Criteria.where("communeCode").in(communeCodes);
		if (year != null) {
			criteria = criteria.and("awardedYear").is(year);
		}
		return Query.query(criteria);
	}

	private static List<PendingEvent> events(PeopleAggregate thing) {
		// Each event carries the thing's whole state after the change.
		return thing.recordedEvents()
			.stream()
			.map((EventType type) -> PendingEvent.of(Topic.REGISTRY_PEOPLE, thing.key(), type, thing.changedAt(),
					thing.state()))
			.toList();
	}

}
