package vn.hoagiai.reporting.rollup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which generation of the rollup queries read, and the rebuild under way if any: one document, so
 * that the switch from one generation to the next is one single-document write.
 * <p>
 * A generation is a Kafka Streams application (its own consumer group, state and internal topics)
 * with its own MongoDB collections; generation 0 is the original one ({@code rollups},
 * {@code rollupsByMonth}), generation n has {@code rollups_g<n>} and {@code rollupsByMonth_g<n>}.
 *
 * @param id always {@link #ID}
 * @param current the generation queries read and the service runs
 * @param rebuild the rebuild under way, null when none
 * @param done rebuilds finished, the latest last (at most {@link #HISTORY})
 * @param version one more with every change, guarding every write
 */
@Document("rollupGenerations")
record RollupState(@Id String id, long current, @Nullable Rebuild rebuild, List<Rebuild> done, long version) {

	static final String ID = "rollup";

	static final int HISTORY = 20;

	static RollupState initial() {
		return new RollupState(ID, 0, null, List.of(), 0);
	}

	/** Where a rebuild stands. */
	enum Stage {

		/** The new generation reads every source topic from the beginning up to where they ended when asked. */
		READING_SOURCES,

		/** It works through its internal topics (what its first steps passed on) up to a mark. */
		DRAINING,

		/** The rollup writers store its figures up to a mark in its own collections. */
		WRITING,

		/** Queries read it; the generation before it has stopped. */
		SWITCHED

	}

	/**
	 * One rebuild.
	 *
	 * @param generation the generation it builds
	 * @param stage where it stands
	 * @param requestedBy who asked (the token's subject)
	 * @param requestedAt when
	 * @param marks the offsets to reach in the current stage
	 * @param round for {@link Stage#DRAINING}: which pass over the internal topics (one per step of the topology)
	 * @param switchedAt when queries moved to it
	 */
	record Rebuild(long generation, Stage stage, String requestedBy, Instant requestedAt, List<Mark> marks,
			int round, @Nullable Instant switchedAt) {

		/** The marks by {@code topic:partition}. */
		Map<String, Long> marksByPartition() {
			Map<String, Long> byPartition = new java.util.HashMap<>();
			this.marks.forEach((mark) -> byPartition.put(mark.topic() + ":" + mark.partition(), mark.offset()));
			return byPartition;
		}

		static List<Mark> marks(Map<String, Long> byPartition) {
			return byPartition.entrySet().stream().map((entry) -> {
				int colon = entry.getKey().lastIndexOf(':');
				return new Mark(entry.getKey().substring(0, colon), Integer.parseInt(entry.getKey().substring(colon + 1)),
						entry.getValue());
			}).sorted(java.util.Comparator.comparing(Mark::topic).thenComparing(Mark::partition)).toList();
		}

	}

	/**
	 * An offset to reach (topic names hold dots, which MongoDB field names may not: a list, not a map).
	 *
	 * @param topic topic
	 * @param partition partition
	 * @param offset offset
	 */
	record Mark(String topic, int partition, long offset) {
	}

}
