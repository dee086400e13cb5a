package vn.hoagiai.kit.outbox;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Stores an aggregate together with the events its change caused, in a single-document write: the
 * one atomic step MongoDB (and mongo-java-server) guarantee without multi-document transactions.
 * The aggregate's document keeps a {@code version} field; a write succeeds only if nobody changed the
 * document since the version the caller read.
 */
public class OutboxWriter {

	static final String VERSION = "version";

	private final MongoTemplate mongo;

	private final OutboxRelay relay;

	public OutboxWriter(MongoTemplate mongo, OutboxRelay relay) {
		this.mongo = mongo;
		this.relay = relay;
	}

	/** Inserts a new aggregate with its events. */
	public void insert(Object aggregate, List<PendingEvent> events) {
		Document document = new Document();
		this.mongo.getConverter().write(aggregate, document);
		document.put(PendingEvent.FIELD, events.stream().map(PendingEvent::toDocument).toList());
		String collection = this.mongo.getCollectionName(aggregate.getClass());
		this.mongo.getCollection(collection).insertOne(document);
		if (!events.isEmpty()) {
			markPending(collection, List.of(document.get("_id")));
		}
		this.relay.nudge();
	}

	/**
	 * Tells the relay that these documents of a collection have events waiting, so it reads them
	 * instead of scanning the collection. Written right after the documents: a process that stops in
	 * between leaves events that the relay's periodic scan (and the one at start) still finds. Call it
	 * for events written other than through this class.
	 */
	public void markPending(String collection, List<Object> ids) {
		this.relay.markPending(collection, ids);
	}

	/**
	 * Stores the new state of an aggregate with its events if the stored version is still
	 * {@code expectedVersion}.
	 * @throws StaleVersionException when someone else changed it first; nothing is written then
	 */
	public void update(Object aggregate, Object id, long expectedVersion, List<PendingEvent> events) {
		Document document = new Document();
		this.mongo.getConverter().write(aggregate, document);
		document.remove("_id");
		Update update = new Update();
		document.forEach(update::set);
		absentFields(aggregate.getClass(), document.keySet()).forEach(update::unset);
		update.push(PendingEvent.FIELD).each(events.stream().map(PendingEvent::toDocument).toArray());
		Query current = Query.query(Criteria.where("_id").is(id).and(VERSION).is(expectedVersion));
		long matched = this.mongo.updateFirst(current, update, aggregate.getClass()).getMatchedCount();
		if (matched != 1) {
			throw new StaleVersionException(id, expectedVersion);
		}
		if (!events.isEmpty()) {
			markPending(this.mongo.getCollectionName(aggregate.getClass()), List.of(id));
		}
		this.relay.nudge();
	}

	private Set<String> absentFields(Class<?> type, Set<String> present) {
		MongoPersistentEntity<?> entity = this.mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
		return java.util.stream.StreamSupport.stream(entity.spliterator(), false)
			.map(MongoPersistentProperty::getFieldName)
			.filter((field) -> !field.equals("_id") && !present.contains(field))
			.collect(Collectors.toSet());
	}

}
