package vn.hoagiai.reporting.rollup;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.units.AdministrativeUnits;

/**
 * The real rollup topology on a {@link TopologyTestDriver}: events in on their contract topics, the
 * latest figures of every unit out. No broker.
 */
public final class RollupDriver implements AutoCloseable {

	public static final AdministrativeUnits UNITS = AdministrativeUnits.load(AdministrativeUnits.Scope.BINH_DINH);

	private final TopologyTestDriver driver;

	private final Map<Topic, TestInputTopic<String, byte[]>> inputs = new EnumMap<>(Topic.class);

	private final TestOutputTopic<String, byte[]> rollup;

	private final Map<String, RollupRecord> latest = new HashMap<>();

	private final List<String> deadLettered = new ArrayList<>();

	public RollupDriver() {
		StreamsBuilder builder = new StreamsBuilder();
		RollupTopology.build(builder, UNITS, (topic, reason) -> this.deadLettered.add(topic + ":" + reason),
				Stores::inMemoryKeyValueStore);
		Properties config = new Properties();
		config.put(StreamsConfig.APPLICATION_ID_CONFIG, "rollup-test-" + UUID.randomUUID());
		config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
		config.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
		this.driver = new TopologyTestDriver(builder.build(), config);
		for (Topic topic : RollupTopology.SOURCES) {
			this.inputs.put(topic, this.driver.createInputTopic(topic.topicName(), new StringSerializer(),
					new ByteArraySerializer()));
		}
		this.rollup = this.driver.createOutputTopic(Topic.REPORTING_ROLLUP.topicName(), new StringDeserializer(),
				new ByteArrayDeserializer());
	}

	/** Publishes one event of the contract on its topic, keyed as the contract says. */
	public void publish(EventType type, String key, Object data) {
		ProducerRecord<String, byte[]> record = EventCodec.toRecord("any", key, new EventCodec.OutgoingEvent(
				UUID.randomUUID().toString(), type, URI.create("/test"), Instant.now(), EventCodec.toJson(data)));
		this.inputs.get(type.topic())
			.pipeInput(new TestRecord<>(record.key(), record.value(), record.headers(), Instant.now()));
	}

	/** The latest figures of a unit, without the zeros; empty when nothing was ever counted there. */
	public Map<String, Long> figures(String unit) {
		this.rollup.readRecordsToList()
			.forEach((record) -> this.latest.put(record.key(), JsonSerde.read(record.value(), RollupRecord.class)));
		RollupRecord record = this.latest.get(unit);
		Map<String, Long> figures = new HashMap<>();
		if (record != null) {
			record.figures().counts().forEach((name, count) -> {
				if (count != 0) {
					figures.put(name, count);
				}
			});
		}
		return figures;
	}

	/** A state store of the topology, as the processors see it. */
	public <V> org.apache.kafka.streams.state.KeyValueStore<String, V> store(String name) {
		return this.driver.getKeyValueStore(name);
	}

	/** {@code <topic>:<reason code>} of every record sent to a dead-letter topic. */
	public List<String> deadLettered() {
		return this.deadLettered;
	}

	@Override
	public void close() {
		this.driver.close();
	}

}
