package vn.hoagiai.reporting.rollup;

import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * How the rollup's tables are stored in MongoDB: a whole document per key, replaced only by a record
 * later in the same partition (where a key's records stay), so a re-delivered or older record never
 * overwrites a newer one.
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

	/**
	 * Stores the document under its id unless a later record of the key is stored already.
	 * @return false when the record was a re-delivery and nothing changed
	 */
	static boolean replace(MongoTemplate mongo, Object id, Object document, ConsumerRecord<?, ?> record,
			String collection) {
		Query olderOrSame = Query.query(Criteria.where("_id")
			.is(id)
			.orOperator(Criteria.where("asOf.partition").ne(record.partition()),
					Criteria.where("asOf.offset").lt(record.offset())));
		try {
			mongo.findAndReplace(olderOrSame, document, FindAndReplaceOptions.options().upsert(), collection);
			return true;
		}
		catch (DuplicateKeyException ex) {
			// The upsert met the newer document's _id.
			return false;
		}
	}

}
