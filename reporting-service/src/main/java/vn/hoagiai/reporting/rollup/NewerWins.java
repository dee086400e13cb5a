package vn.hoagiai.reporting.rollup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * How the rollup's tables are stored in MongoDB: a whole document per key, replaced only by a record
 * later in the same partition (where a key's records stay), so a re-delivered or older record never
 * overwrites a newer one. A writer takes a poll's records at once: of each key only the newest is stored
 * (every record carries its key's whole figures, so the older ones of the same poll are already
 * superseded), all in one bulk write.
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

	/**
	 * Stores every document under its id, in one bulk write, unless a later record of the key is stored
	 * already.
	 * @return the replacements that were stored (re-delivered records left out)
	 */
	static List<Replacement> replaceAll(MongoTemplate mongo, List<Replacement> replacements, String collection) {
		if (replacements.isEmpty()) {
			return List.of();
		}
		BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
		for (Replacement replacement : replacements) {
			bulk.replaceOne(olderOrSame(replacement.id(), replacement.partition(), replacement.offset()),
					replacement.document(), FindAndReplaceOptions.options().upsert());
		}
		try {
			bulk.execute();
			return replacements;
		}
		catch (BulkOperationException ex) {
			Set<Integer> skipped = new HashSet<>();
			for (com.mongodb.bulk.BulkWriteError error : ex.getErrors()) {
				if (error.getCode() != DUPLICATE_KEY) {
					throw ex; // the whole poll is tried again; what was stored stays, being no newer
				}
				skipped.add(error.getIndex());
			}
			List<Replacement> stored = new ArrayList<>();
			for (int i = 0; i < replacements.size(); i++) {
				if (!skipped.contains(i)) {
					stored.add(replacements.get(i));
				}
			}
			return stored;
		}
	}

	private static Query olderOrSame(Object id, int partition, long offset) {
		return Query.query(Criteria.where("_id")
			.is(id)
			.orOperator(Criteria.where("asOf.partition").ne(partition), Criteria.where("asOf.offset").lt(offset)));
	}

}
