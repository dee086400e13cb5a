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
		this.mongo.getCollection(this.mongo.getCollectionName(aggregate.getClass())).insertOne(document);
		this.relay.nudge();
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
