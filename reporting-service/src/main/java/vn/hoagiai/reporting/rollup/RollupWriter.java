package vn.hoagiai.reporting.rollup;


import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Stores the rollup topic's records in MongoDB, each replacing its unit's document whole. It reads
 * only committed records (the topology writes them in exactly-once transactions) and never replaces a
 * document with an older record, so a re-delivery changes nothing.
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

	@KafkaListener(id = GROUP, topics = "reporting.rollup",
			properties = { "isolation.level=read_committed", "auto.offset.reset=earliest",
					"key.deserializer=org.apache.kafka.common.serialization.StringDeserializer",
					"value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer" })
	void store(ConsumerRecord<String, byte[]> record) {
		if (record.value() == null) {
			return;
		}
		long generation = this.generations.generationOfRecord(NewerWins.writer(record));
		if (generation < 0) {
			return; // written by another application
		}
		RollupRecord rollup = JsonSerde.read(record.value(), RollupRecord.class);
		RollupDocument document = new RollupDocument(rollup.unitCode(), rollup.level(), rollup.figures().counts(),
				NewerWins.asOf(record));
		if (!NewerWins.replace(this.mongo, rollup.unitCode(), document, record,
				RollupGenerations.collection(COLLECTION, generation))) {
			log.debug("Skipped re-delivered rollup record {}-{} for {}", record.partition(), record.offset(),
					rollup.unitCode());
			return;
		}
		if (generation != this.generations.current()) {
			return; // a generation being built: its freshness is not the system's
		}
		this.eventToRollup.record(java.time.Duration.between(document.asOf().eventTime(), document.asOf().appliedAt()));
		this.asOf.accumulateAndGet(document.asOf().eventTime().getEpochSecond(), Math::max);
	}

}
