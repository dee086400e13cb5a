package vn.hoagiai.reporting.rollup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.jspecify.annotations.Nullable;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.UnreadableEventException;
import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.contracts.units.UnitLevel;
import vn.hoagiai.kit.kafka.DeadLetters;

/**
 * The live rollup, in five steps:
 * <ol>
 * <li>every record of a source topic is read as an event of the contract and turned into the
 * contribution of its thing (team, course, case); the latest contribution of every thing is kept in a
 * state store on the source partition, so a repeated version changes nothing, and a record that cannot
 * be read, names an unknown unit, is keyed by something else than its thing's id or goes back in
 * version is sent to the topic's dead-letter topic with the reason, while the partition moves on;</li>
 * <li>each change becomes the differences it makes to the figures of the commune, district and
 * province of the thing before and after it (a move takes from one unit and gives to another);</li>
 * <li>what must be counted once however many things speak of it (a trained mediator, a team with
 * legal support) is counted by {@link Subjects}: the things' statements are re-keyed by subject, and
 * each subject's changes become differences in the same way;</li>
 * <li>the differences are summed per unit and each unit's whole figures are published on
 * {@code reporting.rollup};</li>
 * <li>the differences of cases and communication activities are also summed per unit and month (the
 * month a case was received, an activity held)
 * and published on {@code reporting.rollup-by-month}, from which a year or a quarter is added up. They
 * come from the same latest-state stores, so a late or repeated event never counts twice there either.</li>
 * </ol>
 * With exactly-once processing, the store update and the differences it causes are committed
 * together, so every change is counted once.
 */
public final class RollupTopology {

	/** Header on a dead-lettered record: the reason code ({@code unknown-type}, {@code unknown-unit}, ...). */
	public static final String DLT_REASON_CODE = DeadLetters.REASON_CODE;

	/** The W3C trace context header, kept from an event to the rollup records it changes. */
	static final String TRACEPARENT = "traceparent";

	/** The correlation id of the request behind an event (CloudEvents extension), kept like the trace context. */
	static final String CORRELATION_ID = "ce_correlationid";

	/** Header on a dead-lettered record: the reason in words. */
	public static final String DLT_REASON = DeadLetters.REASON;

	/** The topics the rollup counts from. */
	public static final List<Topic> SOURCES = List.of(Topic.REGISTRY_TEAMS, Topic.REGISTRY_PEOPLE,
			Topic.TRAINING_COURSES, Topic.TRAINING_PARTICIPANTS, Topic.TRAINING_MATERIALS,
			Topic.TRAINING_COMMUNICATIONS, Topic.DISTRICT_CASES);

	static final Serde<Contribution> CONTRIBUTION = JsonSerde.of(Contribution.class);

	static final Serde<Figures> FIGURES = JsonSerde.of(Figures.class);

	static final Serde<RollupRecord> ROLLUP = JsonSerde.of(RollupRecord.class);

	static final Serde<MonthlyRollupRecord> MONTHLY = JsonSerde.of(MonthlyRollupRecord.class);

	static final Serde<Subjects.Fact> FACT = JsonSerde.of(Subjects.Fact.class);

	static final Serde<Subjects.State> SUBJECT = JsonSerde.of(Subjects.State.class);

	static final Serde<Subjects.Statement> STATEMENT = JsonSerde.of(Subjects.Statement.class);

	/**
	 * Case figures by unit and month, keyed {@code <unit code>|<yyyy-MM>}: the reporting-service's own
	 * topic (compacted), read into MongoDB for queries by year, quarter or month.
	 */
	public static final String BY_MONTH_TOPIC = "reporting.rollup-by-month";

	private RollupTopology() {
	}

	public static void build(StreamsBuilder builder, AdministrativeUnits units, DeadLetterCounter deadLetters) {
		build(builder, units, deadLetters, Stores::persistentKeyValueStore);
	}

	/**
	 * The topology with the given kind of store for its own state (tests count long histories in
	 * memory; the application keeps them on disk).
	 */
	static void build(StreamsBuilder builder, AdministrativeUnits units, DeadLetterCounter deadLetters,
			Function<String, KeyValueBytesStoreSupplier> stores) {
		Contributions contributions = new Contributions(units);
		KStream<String, Figures> differences = null;
		KStream<String, Figures> byMonth = null;
		KStream<String, Subjects.Fact> facts = null;
		for (Topic topic : SOURCES) {
			KStream<String, Outcome> changes = changes(builder, topic, contributions, deadLetters, stores);
			KStream<String, Subjects.Fact> factsFromTopic = changes.flatMap(
					(key, outcome) -> Subjects.facts(key, outcome.before(), Objects.requireNonNull(outcome.after())),
					Named.as("facts-" + topic.topicName()));
			facts = (facts == null) ? factsFromTopic : facts.merge(factsFromTopic, Named.as("merge-facts-" + topic.topicName()));
			KStream<String, Figures> fromTopic = changes.flatMap(
					(key, outcome) -> differences(units, outcome.before(), Objects.requireNonNull(outcome.after())),
					Named.as("differences-" + topic.topicName()));
			differences = (differences == null) ? fromTopic : differences.merge(fromTopic, Named.as("merge-" + topic.topicName()));
			if (topic == Topic.DISTRICT_CASES || topic == Topic.TRAINING_COMMUNICATIONS) {
				KStream<String, Figures> monthly = changes.flatMap((key, outcome) -> monthlyDifferences(units,
						outcome.before(), Objects.requireNonNull(outcome.after())),
						Named.as("monthly-differences-" + topic.topicName()));
				byMonth = (byMonth == null) ? monthly : byMonth.merge(monthly, Named.as("merge-monthly-" + topic.topicName()));
			}
		}
		// Subjects counted once each (a mediator, a team's legal support): statements re-keyed by subject.
		builder.addStateStore(Stores.keyValueStoreBuilder(stores.apply(Subjects.STORE), Serdes.String(), SUBJECT));
		builder.addStateStore(Stores.keyValueStoreBuilder(stores.apply(Subjects.CASES), Serdes.String(), STATEMENT));
		KStream<String, Figures> fromSubjects = Objects.requireNonNull(facts)
			.repartition(Repartitioned.<String, Subjects.Fact>as("by-subject")
				.withKeySerde(Serdes.String())
				.withValueSerde(FACT))
			.processValues(Subjects.Count::new, Named.as("count-subjects"), Subjects.STORE, Subjects.CASES)
			.flatMap((key, outcome) -> differences(units, outcome.before(), Objects.requireNonNull(outcome.after())),
					Named.as("differences-subjects"));
		Objects.requireNonNull(differences)
			.merge(fromSubjects, Named.as("merge-subjects"))
			.groupByKey(Grouped.with("by-unit", Serdes.String(), FIGURES))
			.reduce(Figures::plus, Materialized.<String, Figures>as(stores.apply("rollup"))
				.withKeySerde(Serdes.String())
				.withValueSerde(FIGURES))
			.toStream(Named.as("rollup-changes"))
			.mapValues((unit, figures) -> new RollupRecord(unit, units.find(unit).map(AdministrativeUnit::level)
				.orElse(UnitLevel.COMMUNE), figures), Named.as("rollup-records"))
			.processValues(MarkWriter::new, Named.as("rollup-writer-mark"))
			.to(Topic.REPORTING_ROLLUP.topicName(), Produced.with(Serdes.String(), ROLLUP));
		// The same changes, grouped by unit and month: the latest-state stores above already make a
		// re-delivered or older event change nothing, so nothing can count twice here either.
		Objects.requireNonNull(byMonth)
			.groupByKey(Grouped.with("by-unit-month", Serdes.String(), FIGURES))
			.reduce(Figures::plus, Materialized.<String, Figures>as(stores.apply("rollup-by-month"))
				.withKeySerde(Serdes.String())
				.withValueSerde(FIGURES))
			.toStream(Named.as("rollup-by-month-changes"))
			.mapValues((key, figures) -> MonthlyRollupRecord.of(key, units, figures), Named.as("rollup-by-month-records"))
			.processValues(MarkWriter::new, Named.as("rollup-by-month-writer-mark"))
			.to(BY_MONTH_TOPIC, Produced.with(Serdes.String(), MONTHLY));
	}

	private static KStream<String, Outcome> changes(StreamsBuilder builder, Topic topic, Contributions contributions,
			DeadLetterCounter deadLetters, Function<String, KeyValueBytesStoreSupplier> stores) {
		String name = topic.topicName();
		String store = "latest-" + name;
		builder.addStateStore(Stores.keyValueStoreBuilder(stores.apply(store), Serdes.String(), CONTRIBUTION));
		KStream<String, Outcome> outcomes = builder
			.stream(name, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-" + name))
			.processValues(() -> new KeepLatest(contributions, store, name, deadLetters), Named.as("latest-" + name),
					store);
		var branches = outcomes.split(Named.as("outcome-" + name + "-"))
			.branch((key, outcome) -> outcome.deadLetter() != null,
					Branched.withConsumer((failed) -> failed.mapValues(Outcome::original, Named.as("original-" + name))
						.to(topic.deadLetterTopicName(), Produced.with(Serdes.String(), Serdes.ByteArray())), "failed"))
			.defaultBranch(Branched.as("changed"));
		return branches.get("outcome-" + name + "-changed");
	}

	/** What a change of one thing does to the figures of each unit above it, before and after. */
	static List<KeyValue<String, Figures>> differences(AdministrativeUnits units, @Nullable Contribution before,
			Contribution after) {
		return differences(units, before, after, (contribution, unit) -> unit);
	}

	/**
	 * What a change of one thing does to the figures by unit and month ({@code 540|2026-09}); a case
	 * whose received date is corrected moves from one month to the other. Things without a month
	 * (teams, courses) make none.
	 */
	static List<KeyValue<String, Figures>> monthlyDifferences(AdministrativeUnits units, @Nullable Contribution before,
			Contribution after) {
		return differences(units, before, after, (contribution, unit) -> {
			String month = contribution.month();
			return (month != null) ? MonthlyRollupRecord.key(unit, month) : null;
		});
	}

	/**
	 * The differences a change makes, by the key the contribution before and after has at each level
	 * (null: it counts nowhere at that level).
	 */
	private static List<KeyValue<String, Figures>> differences(AdministrativeUnits units, @Nullable Contribution before,
			Contribution after, BiFunction<Contribution, String, @Nullable String> keyAt) {
		List<KeyValue<String, Figures>> differences = new ArrayList<>(6);
		for (UnitLevel level : UnitLevel.values()) {
			String from = (before != null) ? units.ancestorAt(before.unitCode(), level)
				.map((unit) -> keyAt.apply(before, unit.code()))
				.orElse(null) : null;
			String to = units.ancestorAt(after.unitCode(), level).map((unit) -> keyAt.apply(after, unit.code())).orElse(null);
			if (from != null && from.equals(to)) {
				Figures difference = after.figures().minus(before.figures());
				if (!difference.isZero()) {
					differences.add(KeyValue.pair(to, difference));
				}
				continue;
			}
			// A contribution of nothing (a mediator not trained yet, a cancelled course) changes no unit:
			// sending it would only make the unit's figures be written again, as they were.
			if (from != null && !before.figures().isZero()) {
				differences.add(KeyValue.pair(from, before.figures().negated()));
			}
			if (to != null && !after.figures().isZero()) {
				differences.add(KeyValue.pair(to, after.figures()));
			}
		}
		return differences;
	}

	/**
	 * One record's outcome: a change of a thing (its contribution before, null for a new thing, and
	 * after), or a dead letter with the original bytes.
	 */
	record Outcome(@Nullable Contribution before, @Nullable Contribution after, @Nullable String deadLetter,
			byte @Nullable [] original) {
	}

	/**
	 * Marks an output record with the application that wrote it, so the rollup writers store each
	 * generation's records apart ({@link RollupGenerations}).
	 */
	static final class MarkWriter<V> implements FixedKeyProcessor<String, V, V> {

		private @Nullable FixedKeyProcessorContext<String, V> context;

		@Override
		public void init(FixedKeyProcessorContext<String, V> context) {
			this.context = context;
		}

		@Override
		public void process(FixedKeyRecord<String, V> record) {
			FixedKeyProcessorContext<String, V> context = Objects.requireNonNull(this.context);
			RecordHeaders headers = new RecordHeaders(record.headers().toArray());
			headers.remove(RollupGenerations.APPLICATION_HEADER);
			headers.add(RollupGenerations.APPLICATION_HEADER, context.applicationId().getBytes(StandardCharsets.UTF_8));
			context.forward(record.withHeaders(headers));
		}

	}

	/** Reads one record, checks it, keeps the thing's latest contribution and forwards the change. */
	static final class KeepLatest implements FixedKeyProcessor<String, byte[], Outcome> {

		private final Contributions contributions;

		private final String storeName;

		private final String topic;

		private final DeadLetterCounter deadLetters;

		private @Nullable FixedKeyProcessorContext<String, Outcome> context;

		private @Nullable KeyValueStore<String, Contribution> latest;

		KeepLatest(Contributions contributions, String storeName, String topic, DeadLetterCounter deadLetters) {
			this.contributions = contributions;
			this.storeName = storeName;
			this.topic = topic;
			this.deadLetters = deadLetters;
		}

		@Override
		public void init(FixedKeyProcessorContext<String, Outcome> context) {
			this.context = context;
			this.latest = context.getStateStore(this.storeName);
		}

		@Override
		public void process(FixedKeyRecord<String, byte[]> record) {
			Contributions.Keyed keyed;
			try {
				keyed = this.contributions.of(EventCodec.read(record.headers(), record.value()));
			}
			catch (UnreadableEventException ex) {
				deadLetter(record, ex.reasonCode(), String.valueOf(ex.getMessage()));
				return;
			}
			catch (RuntimeException ex) {
				deadLetter(record, "invalid-data", ex.toString());
				return;
			}
			if (!keyed.thingId().equals(record.key())) {
				deadLetter(record, "key-mismatch",
						"the record key '" + record.key() + "' is not the id in the data '" + keyed.thingId() + "'");
				return;
			}
			Contribution after = keyed.contribution();
			Contribution before = this.latest.get(record.key());
			if (before != null && after.version() < before.version()) {
				deadLetter(record, "version-backwards",
						"version " + after.version() + " is older than version " + before.version() + " already counted");
				return;
			}
			if (before != null && after.version() == before.version()) {
				return; // the same version again: a re-delivery, already counted
			}
			this.latest.put(record.key(), after);
			// The rollup's own records carry no event headers but the event's trace context (W3C traceparent)
			// and correlation id, so the unit's figures written from this change join the trace of the request
			// that caused it, and the writer's log lines name it.
			RecordHeaders trace = new RecordHeaders();
			for (String kept : new String[] { TRACEPARENT, CORRELATION_ID }) {
				org.apache.kafka.common.header.Header header = record.headers().lastHeader(kept);
				if (header != null) {
					trace.add(header);
				}
			}
			this.context.forward(record.withValue(new Outcome(before, after, null, null)).withHeaders(trace));
		}

		private void deadLetter(FixedKeyRecord<String, byte[]> record, String reasonCode, String reason) {
			RecordHeaders headers = new RecordHeaders(record.headers().toArray());
			headers.add(DLT_REASON_CODE, reasonCode.getBytes(StandardCharsets.UTF_8));
			headers.add(DLT_REASON, reason.getBytes(StandardCharsets.UTF_8));
			this.deadLetters.deadLettered(this.topic, reasonCode);
			this.context.forward(record.withValue(new Outcome(null, null, reasonCode, record.value())).withHeaders(headers));
		}

	}

}
