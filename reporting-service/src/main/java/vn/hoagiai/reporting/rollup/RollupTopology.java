package vn.hoagiai.reporting.rollup;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.jspecify.annotations.Nullable;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.UnreadableEventException;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.contracts.units.UnitLevel;

/**
 * The live rollup. Events of every source topic are decoded into contributions (the unreadable ones
 * go to their topic's dead-letter topic with the reason), the latest version of every thing is kept
 * in a table, and the table is re-grouped by the commune, district and province each thing belongs to
 * and aggregated with an adder and a subtractor, so an update, a move or a dismissal moves the counts.
 */
public final class RollupTopology {

	/** Header on a dead-lettered record: the reason code ({@code unknown-type}, {@code unknown-unit}, ...). */
	public static final String DLT_REASON_CODE = vn.hoagiai.kit.kafka.DeadLetters.REASON_CODE;

	/** Header on a dead-lettered record: the reason in words. */
	public static final String DLT_REASON = vn.hoagiai.kit.kafka.DeadLetters.REASON;

	/** The group key of things that do not count at a level (e.g. a district's course at commune level). */
	static final String NOT_AT_THIS_LEVEL = "-";

	static final Serde<Contribution> CONTRIBUTION = JsonSerde.of(Contribution.class);

	static final Serde<Figures> FIGURES = JsonSerde.of(Figures.class);

	static final Serde<RollupRecord> ROLLUP = JsonSerde.of(RollupRecord.class);

	private RollupTopology() {
	}

	public static void build(StreamsBuilder builder, AdministrativeUnits units) {
		Contributions contributions = new Contributions(units);
		KStream<String, Contribution> all = decoded(builder, Topic.REGISTRY_TEAMS, contributions)
			.merge(decoded(builder, Topic.TRAINING_COURSES, contributions), Named.as("all-contributions"));

		KTable<String, Contribution> latest = all.groupByKey(Grouped.with("latest", Serdes.String(), CONTRIBUTION))
			.aggregate(Contribution::nothing, (thing, incoming, current) -> current.latest(incoming),
					Materialized.<String, Contribution, org.apache.kafka.streams.state.KeyValueStore<org.apache.kafka.common.utils.Bytes, byte[]>>as(
							"latest-contributions")
						.withKeySerde(Serdes.String())
						.withValueSerde(CONTRIBUTION));

		for (UnitLevel level : UnitLevel.values()) {
			String name = level.name().toLowerCase(java.util.Locale.ROOT);
			latest
				.groupBy((thing, contribution) -> KeyValue.pair(groupKey(units, contribution, level),
						contribution.figures()), Grouped.with("by-" + name, Serdes.String(), FIGURES))
				.aggregate(Figures::none, (unit, figures, total) -> total.plus(figures),
						(unit, figures, total) -> total.minus(figures),
						Materialized.<String, Figures, org.apache.kafka.streams.state.KeyValueStore<org.apache.kafka.common.utils.Bytes, byte[]>>as(
								"rollup-" + name)
							.withKeySerde(Serdes.String())
							.withValueSerde(FIGURES))
				.toStream(Named.as("rollup-" + name + "-changes"))
				.filter((unit, figures) -> !NOT_AT_THIS_LEVEL.equals(unit) && figures != null)
				.mapValues((unit, figures) -> new RollupRecord(unit, level, figures))
				.to(Topic.REPORTING_ROLLUP.topicName(), Produced.with(Serdes.String(), ROLLUP));
		}
	}

	private static String groupKey(AdministrativeUnits units, Contribution contribution, UnitLevel level) {
		if (contribution.unitCode() == null) {
			return NOT_AT_THIS_LEVEL;
		}
		return units.ancestorAt(contribution.unitCode(), level).map((unit) -> unit.code()).orElse(NOT_AT_THIS_LEVEL);
	}

	/** The contributions of one source topic; what cannot be read goes to the dead-letter topic. */
	private static KStream<String, Contribution> decoded(StreamsBuilder builder, Topic topic,
			Contributions contributions) {
		String name = topic.topicName();
		KStream<String, Decoded> decoded = builder
			.stream(name, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-" + name))
			.processValues(() -> new Decode(contributions), Named.as("decode-" + name));
		var branches = decoded.split(Named.as("decoded-" + name + "-"))
			.branch((key, value) -> value.failure() != null,
					Branched.withConsumer((failed) -> failed.mapValues(Decoded::original)
						.to(topic.deadLetterTopicName(), Produced.with(Serdes.String(), Serdes.ByteArray())),
							"failed"))
			.defaultBranch(Branched.as("ok"));
		return branches.get("decoded-" + name + "-ok")
			.map((key, value) -> KeyValue.pair(value.thingKey(), value.contribution()), Named.as("key-by-thing-" + name));
	}

	/** A decoded record: a contribution, or the reason it could not be read and the original bytes. */
	record Decoded(@Nullable String thingKey, @Nullable Contribution contribution, byte @Nullable [] original,
			@Nullable String failure) {
	}

	/** Decodes one record; on failure it adds the reason headers for the dead-letter topic. */
	static final class Decode implements FixedKeyProcessor<String, byte[], Decoded> {

		private final Contributions contributions;

		private @Nullable FixedKeyProcessorContext<String, Decoded> context;

		Decode(Contributions contributions) {
			this.contributions = contributions;
		}

		@Override
		public void init(FixedKeyProcessorContext<String, Decoded> context) {
			this.context = context;
		}

		@Override
		public void process(FixedKeyRecord<String, byte[]> record) {
			try {
				EventCodec.ReceivedEvent event = EventCodec.read(record.headers(), record.value());
				Contributions.Keyed keyed = this.contributions.of(event);
				// The rollup's own records carry no event headers.
				this.context.forward(record.withValue(new Decoded(keyed.thingKey(), keyed.contribution(), null, null))
					.withHeaders(new RecordHeaders()));
			}
			catch (UnreadableEventException ex) {
				deadLetter(record, ex.reasonCode(), String.valueOf(ex.getMessage()));
			}
			catch (RuntimeException ex) {
				deadLetter(record, "invalid-data", ex.toString());
			}
		}

		private void deadLetter(FixedKeyRecord<String, byte[]> record, String reasonCode, String reason) {
			RecordHeaders headers = new RecordHeaders(record.headers().toArray());
			headers.add(DLT_REASON_CODE, reasonCode.getBytes(StandardCharsets.UTF_8));
			headers.add(DLT_REASON, reason.getBytes(StandardCharsets.UTF_8));
			this.context.forward(record.withValue(new Decoded(null, null, record.value(), reasonCode)).withHeaders(headers));
		}

	}

}
