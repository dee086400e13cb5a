package vn.hoagiai.reporting.rollup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * How the rollup's tables are stored in MongoDB: a whole document per key, replaced only by a record
 * later in the same partition (where a key's records stay), so a re-delivered or older record never
 * overwrites a newer one. A writer takes a poll's records at once: of each key only the newest is stored
 * (every record carries its key's whole figures, so the older ones of the same poll are already
 * superseded), all in one bulk write, each write a compare-and-set (see {@link #replaceAll}).
 */
final class NewerWins {

	private NewerWins() {
	}

	/** The application (so the rollup generation) that wrote a record, null when unmarked. */
	static @Nullable String writer(ConsumerRecord<?, ?> record) {
		org.apache.kafka.common.header.Header header = record.headers().lastHeader(RollupGenerations.APPLICATION_HEADER);
		return (header != null) ? new String(header.value(), java.nio.charset.StandardCharsets.UTF_8) : null;
	}

	/** Where a record stands: its event time, now, its partition and offset. */
	static RollupDocument.AsOf asOf(ConsumerRecord<?, ?> record) {
		return new RollupDocument.AsOf(Instant.ofEpochMilli(record.timestamp()), Instant.now(), record.partition(),
				record.offset());
	}

	/** MongoDB's duplicate key error: an upsert met a document its filter left out, here a newer one. */
	private static final int DUPLICATE_KEY = 11000;

	/**
	 * A document to store for a record.
	 * @param id the document's id
	 * @param document the whole document
	 * @param partition the record's partition
	 * @param offset the record's offset
	 */
	record Replacement(Object id, Object document, int partition, long offset) {

		Replacement(Object id, Object document, ConsumerRecord<?, ?> record) {
			this(id, document, record.partition(), record.offset());
		}

	}

	/**
	 * Of a poll's records, the newest of each key, by the rollup generation that wrote them (the
	 * function gives it from the writer's application id, -1 for another application's); tombstones
	 * and records of other applications left out. A key's records stay in one partition, in order, so
	 * the last one polled is the newest.
	 */
	static Map<Long, List<ConsumerRecord<String, byte[]>>> newestByGeneration(
			List<ConsumerRecord<String, byte[]>> records,
			java.util.function.ToLongFunction<@Nullable String> generationOfWriter) {
		Map<Long, Map<String, ConsumerRecord<String, byte[]>>> newest = new LinkedHashMap<>();
		for (ConsumerRecord<String, byte[]> record : records) {
			if (record.value() == null) {
				continue;
			}
			long generation = generationOfWriter.applyAsLong(writer(record));
			if (generation < 0) {
				continue; // written by another application
			}
			Map<String, ConsumerRecord<String, byte[]>> ofGeneration = newest.computeIfAbsent(generation,
					any -> new LinkedHashMap<>());
			String key = (record.key() != null) ? record.key() : record.partition() + "@" + record.offset();
			ofGeneration.remove(key); // keeps the map in the order of the newest records
			ofGeneration.put(key, record);
		}
		Map<Long, List<ConsumerRecord<String, byte[]>>> byGeneration = new LinkedHashMap<>();
		newest.forEach((generation, ofGeneration) -> byGeneration.put(generation, new ArrayList<>(ofGeneration.values())));
		return byGeneration;
	}

	/** Rounds of compare-and-set before a poll is given back to the error handler to try again. */
	private static final int ROUNDS = 5;

	/** Collections whose compare-and-set index is in place, per store. */
	private static final Map<MongoTemplate, Set<String>> INDEXED = Collections.synchronizedMap(new WeakHashMap<>());

	/**
	 * Stores every document under its id unless a later record of its key is stored already: reads the
	 * stored positions ({@code asOf.partition}, {@code asOf.offset}) of the poll's ids, then, in one bulk
	 * write, inserts what is new and replaces what is older on the condition that it is still what was
	 * read (compare-and-set on {@code _id} and the position). What another writer changed meanwhile is
	 * read and decided again. Every read and write selects by an index, {@code _id} or
	 * {@code _id + asOf.partition + asOf.offset}, which the embedded store needs too: it uses an index only
	 * for a query on exactly its fields, and scans the whole collection otherwise.
	 * @return the replacements that were stored (re-delivered records left out)
	 */
	static List<Replacement> replaceAll(MongoTemplate mongo, List<Replacement> replacements, String collection) {
		if (replacements.isEmpty()) {
			return List.of();
		}
		index(mongo, collection);
		List<Replacement> stored = new ArrayList<>();
		List<Replacement> pending = replacements;
		for (int round = 0; round < ROUNDS && !pending.isEmpty(); round++) {
			Map<Object, Position> current = positions(mongo, pending, collection);
			BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
			List<Replacement> attempted = new ArrayList<>();
			for (Replacement replacement : pending) {
				Position at = current.get(replacement.id());
				if (at != null && !at.olderThan(replacement)) {
					continue; // a re-delivery: the stored figures are as new or newer
				}
				if (at == null) {
					bulk.insert(replacement.document());
				}
				else if (!at.marked()) {
					bulk.replaceOne(Query.query(Criteria.where("_id").is(replacement.id())), replacement.document());
				}
				else {
					bulk.replaceOne(Query.query(Criteria.where("_id")
						.is(replacement.id())
						.and("asOf.partition")
						.is(at.partition())
						.and("asOf.offset")
						.is(at.offset())), replacement.document());
				}
				attempted.add(replacement);
			}
			if (attempted.isEmpty()) {
				pending = List.of();
				break;
			}
			try {
				bulk.execute();
			}
			catch (BulkOperationException ex) {
				for (com.mongodb.bulk.BulkWriteError error : ex.getErrors()) {
					if (error.getCode() != DUPLICATE_KEY) {
						throw ex; // the whole poll is tried again; what was stored stays, being no newer
					}
				}
				// Inserted meanwhile by another writer: decided again below.
			}
			Map<Object, Position> after = positions(mongo, attempted, collection);
			List<Replacement> again = new ArrayList<>();
			for (Replacement replacement : attempted) {
				Position at = after.get(replacement.id());
				if (at != null && at.partition() == replacement.partition() && at.offset() == replacement.offset()) {
					stored.add(replacement);
				}
				else if (at == null || at.olderThan(replacement)) {
					again.add(replacement); // changed by another writer between the read and the write
				}
			}
			pending = again;
		}
		if (!pending.isEmpty()) {
			throw new IllegalStateException(pending.size() + " documents of " + collection + " kept changing under "
					+ ROUNDS + " rounds of compare-and-set; the poll is tried again");
		}
		return stored;
	}

	/**
	 * Where a stored document stands in the topic.
	 * @param marked false for a document stored without a position, which any record replaces
	 */
	record Position(int partition, long offset, boolean marked) {

		/** Whether the record comes after the stored document (another partition: the record wins). */
		boolean olderThan(Replacement replacement) {
			return !this.marked || this.partition != replacement.partition() || this.offset < replacement.offset();
		}

	}

	private static Map<Object, Position> positions(MongoTemplate mongo, List<Replacement> replacements,
			String collection) {
		Query byIds = Query.query(Criteria.where("_id").in(replacements.stream().map(Replacement::id).toList()));
		byIds.fields().include("asOf.partition", "asOf.offset");
		Map<Object, Position> positions = new HashMap<>();
		for (Document document : mongo.find(byIds, Document.class, collection)) {
			Document asOf = document.get("asOf", Document.class);
			if (asOf != null && asOf.get("partition") instanceof Number partition
					&& asOf.get("offset") instanceof Number offset) {
				positions.put(document.get("_id"), new Position(partition.intValue(), offset.longValue(), true));
			}
			else {
				positions.put(document.get("_id"), new Position(-1, -1, false));
			}
		}
		return positions;
	}

	/** The compare-and-set index, declared once per collection (creating an existing index is a no-op). */
	private static void index(MongoTemplate mongo, String collection) {
		Set<String> indexed = INDEXED.computeIfAbsent(mongo, (any) -> ConcurrentHashMap.newKeySet());
		if (indexed.contains(collection)) {
			return;
		}
		mongo.indexOps(collection)
			.createIndex(new Index().on("_id", Sort.Direction.ASC)
				.on("asOf.partition", Sort.Direction.ASC)
				.on("asOf.offset", Sort.Direction.ASC)
				.unique()
				.named("newer-wins"));
		indexed.add(collection);
	}

}
