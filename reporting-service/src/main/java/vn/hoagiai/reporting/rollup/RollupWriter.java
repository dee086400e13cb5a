package vn.hoagiai.reporting.rollup;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Stores the rollup topic's records in MongoDB, each replacing its unit's document whole. It reads
 * only committed records (the topology writes them in exactly-once transactions) and never replaces a
 * document with an older record, so a re-delivery changes nothing. A poll's records are stored at
 * once, only the newest of each unit, in one bulk write: under a burst the writer skips the
 * intermediate figures instead of falling behind on them.
 */
@Component
class RollupWriter {

	/** The writers' consumer group. */
	static final String GROUP = "rollup-writer";

	/** The collection of generation 0; generation n stores in {@code rollups_g<n>}. */
	static final String COLLECTION = "rollups";

	private static final Logger log = LoggerFactory.getLogger(RollupWriter.class);

	private final MongoTemplate mongo;

	private final io.micrometer.core.instrument.Timer eventToRollup;

	private final java.util.concurrent.atomic.AtomicLong asOf = new java.util.concurrent.atomic.AtomicLong();

	private final RollupGenerations generations;

	RollupWriter(MongoTemplate mongo, RollupGenerations generations, io.micrometer.core.instrument.MeterRegistry meters) {
		this.mongo = mongo;
		this.generations = generations;
		this.eventToRollup = io.micrometer.core.instrument.Timer.builder("hoagiai.rollup.event.to.rollup")
			.description("From the time of the latest event counted to the figures stored for queries")
			.publishPercentiles(0.5, 0.99)
			.register(meters);
		io.micrometer.core.instrument.Gauge.builder("hoagiai.rollup.as.of", this.asOf, java.util.concurrent.atomic.AtomicLong::get)
			.description("Time (epoch seconds) of the latest event the stored rollup counts")
			.register(meters);
	}

	@KafkaListener(id = GROUP, topics = "reporting.rollup", batch = "true",
			properties = { "isolation.level=read_committed", "auto.offset.reset=earliest",
					"key.deserializer=org.apache.kafka.common.serialization.StringDeserializer",
					"value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer" })
	void store(List<ConsumerRecord<String, byte[]>> records) {
		NewerWins.newestByGeneration(records, this.generations::generationOfRecord).forEach((generation, newest) -> {
			List<NewerWins.Replacement> replacements = new ArrayList<>(newest.size());
			for (ConsumerRecord<String, byte[]> record : newest) {
				RollupRecord rollup = JsonSerde.read(record.value(), RollupRecord.class);
				replacements.add(new NewerWins.Replacement(rollup.unitCode(), new RollupDocument(rollup.unitCode(),
						rollup.level(), rollup.figures().counts(), NewerWins.asOf(record)), record));
			}
			List<NewerWins.Replacement> stored = NewerWins.replaceAll(this.mongo, replacements,
					RollupGenerations.collection(COLLECTION, generation));
			log.debug("Stored {} of {} rollup records of generation {} ({} in the poll)", stored.size(),
					replacements.size(), generation, records.size());
			if (generation != this.generations.current()) {
				return; // a generation being built: its freshness is not the system's
			}
			for (NewerWins.Replacement replacement : stored) {
				RollupDocument.AsOf asOf = ((RollupDocument) replacement.document()).asOf();
				this.eventToRollup.record(java.time.Duration.between(asOf.eventTime(), asOf.appliedAt()));
				this.asOf.accumulateAndGet(asOf.eventTime().getEpochSecond(), Math::max);
			}
		});
	}

}
