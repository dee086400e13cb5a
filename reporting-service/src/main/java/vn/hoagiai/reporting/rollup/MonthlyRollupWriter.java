package vn.hoagiai.reporting.rollup;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Stores the case figures by unit and month in MongoDB, the same way {@link RollupWriter} stores the
 * rollup: committed records only, each replacing its document whole, never with an older record, the
 * newest of each key in a poll in one bulk write.
 */
@Component
class MonthlyRollupWriter {

	/** The writers' consumer group. */
	static final String GROUP = "rollup-by-month-writer";

	/** The collection of generation 0; generation n stores in {@code rollupsByMonth_g<n>}. */
	static final String COLLECTION = "rollupsByMonth";

	private final MongoTemplate mongo;

	private final RollupGenerations generations;

	MonthlyRollupWriter(MongoTemplate mongo, RollupGenerations generations) {
		this.mongo = mongo;
		this.generations = generations;
	}

	@KafkaListener(id = GROUP, topics = RollupTopology.BY_MONTH_TOPIC, batch = "true",
			properties = { "isolation.level=read_committed", "auto.offset.reset=earliest",
					"key.deserializer=org.apache.kafka.common.serialization.StringDeserializer",
					"value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer" })
	void store(List<ConsumerRecord<String, byte[]>> records) {
		NewerWins.newestByGeneration(records, this.generations::generationOfRecord).forEach((generation, newest) -> {
			List<NewerWins.Replacement> replacements = new ArrayList<>(newest.size());
			for (ConsumerRecord<String, byte[]> record : newest) {
				MonthlyRollupRecord rollup = JsonSerde.read(record.value(), MonthlyRollupRecord.class);
				String id = MonthlyRollupRecord.key(rollup.unitCode(), rollup.month());
				replacements.add(new NewerWins.Replacement(id, new MonthlyRollupDocument(id, rollup.unitCode(),
						rollup.level(), rollup.month(), rollup.figures().counts(), NewerWins.asOf(record)), record));
			}
			NewerWins.replaceAll(this.mongo, replacements, RollupGenerations.collection(COLLECTION, generation));
		});
	}

}
