package vn.hoagiai.reporting.rollup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * Subjects are what must be counted once however many things speak of them: a mediator is trained once
 * however many courses they completed, and counts where they serve now, not where they were trained; a
 * team is supported by a legal professional once however many are assigned to it, and only while it is
 * active. Things say what they know of a subject by {@linkplain Contribution.Link links}; the links are
 * re-keyed by subject (a repartition), and one store per subject keeps, for every thing that spoke of it,
 * the latest statement of that thing. The subject's own contribution follows from those statements, and
 * its changes are counted like any thing's.
 * <p>
 * Every statement is kept by the thing's version, so a repeated or older statement changes nothing,
 * and statements of different things are independent, so the order in which they meet on the
 * subject's partition does not change the result: a rebuild from the topics gives the same counts.
 * <p>
 * A pilot commune hears from every case of the commune, without end: its cases' statements are kept
 * one record each in a store of their own ({@link #CASES}) and the subject keeps only how many are on
 * with each outcome, so no record grows with the commune's history (a subject holding every case's
 * statement reached Kafka's 1 MB record limit after about 14,000 cases in one commune, and the stream
 * thread died on it: RELIABILITY.md).
 */
final class Subjects {

	static final String MEDIATOR = "mediator:";

	static final String TEAM = "team:";

	/** A commune, as far as it is a pilot commune (xã điểm) and its cases count for the pilot target. */
	static final String PILOT = "pilot:";

	/** A team says a mediator serves in it (on) or no longer does (off, or the team is dissolved). */
	static final String MEMBER = "member";

	/** A participation says its mediator completed the course. */
	static final String TRAINED = "trained";

	/** A material reach says its mediator reached a material of the library. */
	static final String REACHED = "reached";

	/** A team says it is active; its unit is the team's commune. */
	static final String ACTIVE_TEAM = "active-team";

	/** A legal support assignment says it supports the team now. */
	static final String SUPPORT = "support";

	/** The province's designation says the commune is a pilot commune now. */
	static final String DESIGNATED = "designated";

	/** A case says it was received in the commune, with its outcome as detail. */
	static final String CASE = "case";

	static final String STORE = "subjects";

	/** The statements of cases about pilot communes, keyed {@code <subject>|<case id>}. */
	static final String CASES = "subject-cases";

	private Subjects() {
	}

	/**
	 * One thing's statement about a subject at one version of the thing.
	 *
	 * @param subject {@code mediator:<id>} or {@code team:<id>}
	 * @param thing the id of the thing that states it
	 * @param role what the thing is to the subject
	 * @param version the thing's version
	 * @param unitCode the unit the thing is recorded against
	 * @param on whether it holds
	 */
	record Fact(String subject, String thing, String role, long version, String unitCode, boolean on,
			@Nullable String detail) {
	}

	/**
	 * The latest statement of one thing about the subject.
	 *
	 * @param role what the thing is to the subject
	 * @param version the thing's version
	 * @param unitCode the thing's unit
	 * @param on whether it holds
	 * @param detail what more it says (a case's outcome), if anything
	 */
	record Statement(String role, long version, String unitCode, boolean on, @Nullable String detail) {
	}

	/**
	 * What the rollup knows of one subject.
	 *
	 * @param version increases by one every time the subject's contribution changes
	 * @param statements the latest statement of every thing but cases, keyed {@code <role>|<thing id>}
	 * (states stored before cases were kept apart may still hold cases' statements here; they count, and
	 * move to {@link #CASES} when their case next changes)
	 * @param counted the contribution counted now, null before the first
	 * @param cases how many cases' latest statements are on, by outcome (absent in older states: none)
	 */
	record State(long version, SortedMap<String, Statement> statements, @Nullable Contribution counted,
			@Nullable SortedMap<String, Long> cases) {

		State {
			statements = new TreeMap<>(statements);
			cases = (cases != null) ? new TreeMap<>(cases) : new TreeMap<>();
		}

		static State empty() {
			return new State(0, new TreeMap<>(), null, null);
		}

	}

	/** The statements a change of a thing makes: its links now, and the links it no longer has, as off. */
	static List<KeyValue<String, Fact>> facts(String thingId, @Nullable Contribution before, Contribution after) {
		Map<String, Contribution.Link> now = new HashMap<>();
		after.links().forEach((link) -> now.put(link.subject(), link));
		List<KeyValue<String, Fact>> facts = new ArrayList<>(now.size());
		for (Contribution.Link link : after.links()) {
			facts.add(KeyValue.pair(link.subject(),
					new Fact(link.subject(), thingId, link.role(), after.version(), after.unitCode(), link.on(),
							link.detail())));
		}
		if (before != null) {
			for (Contribution.Link link : before.links()) {
				if (!now.containsKey(link.subject())) {
					facts.add(KeyValue.pair(link.subject(),
							new Fact(link.subject(), thingId, link.role(), after.version(), before.unitCode(), false,
									null)));
				}
			}
		}
		return facts;
	}

	/**
	 * A subject's contribution from the statements about it and the outcomes of the cases that are on;
	 * null while nothing places it in a unit.
	 */
	static @Nullable Contribution contribution(String subject, long version, Map<String, Statement> statements,
			Map<String, Long> cases) {
		if (subject.startsWith(MEDIATOR)) {
			// A mediator counts where they serve now; trained or reached stays true when they move.
			Statement serving = first(statements, MEMBER, true);
			if (serving == null) {
				return placedNowhere(version, statements);
			}
			return new Contribution(serving.unitCode(), version,
					Figures.of(Map.of(Figures.MEDIATORS_TRAINED, any(statements, TRAINED) ? 1L : 0L,
							Figures.MEDIATORS_REACHING_MATERIALS, any(statements, REACHED) ? 1L : 0L)));
		}
		if (subject.startsWith(PILOT)) {
			// The cases of a pilot commune, as they stand, while it is designated (Decision 315: over 90%
			// of cases successful in pilot communes).
			Statement designated = first(statements, DESIGNATED, true);
			if (designated == null) {
				return placedNowhere(version, statements);
			}
			return new Contribution(designated.unitCode(), version,
					Figures.of(Map.of(Figures.CASES_SUCCESSFUL_IN_PILOT, outcomes(statements, cases, "SUCCESSFUL"),
							Figures.CASES_UNSUCCESSFUL_IN_PILOT, outcomes(statements, cases, "UNSUCCESSFUL"))));
		}
		Statement active = first(statements, ACTIVE_TEAM, true);
		if (active == null) {
			return placedNowhere(version, statements);
		}
		return new Contribution(active.unitCode(), version,
				Figures.of(Map.of(Figures.TEAMS_WITH_LEGAL_SUPPORT, any(statements, SUPPORT) ? 1L : 0L)));
	}

	/** Counts nothing, at the unit of any statement (so a change back has a unit to take from). */
	private static @Nullable Contribution placedNowhere(long version, Map<String, Statement> statements) {
		return statements.values().stream().findFirst()
			.map((statement) -> new Contribution(statement.unitCode(), version, Figures.none()))
			.orElse(null);
	}

	private static @Nullable Statement first(Map<String, Statement> statements, String role, boolean on) {
		return statements.values().stream()
			.filter((statement) -> statement.role().equals(role) && statement.on() == on)
			.findFirst()
			.orElse(null);
	}

	private static long outcomes(Map<String, Statement> statements, Map<String, Long> cases, String outcome) {
		return cases.getOrDefault(outcome, 0L) + statements.values()
			.stream()
			.filter((statement) -> statement.role().equals(CASE) && statement.on() && outcome.equals(statement.detail()))
			.count();
	}

	private static boolean any(Map<String, Statement> statements, String role) {
		return first(statements, role, true) != null;
	}

	/** Keeps every subject's statements and forwards the changes of its contribution. */
	static final class Count implements FixedKeyProcessor<String, Fact, RollupTopology.Outcome> {

		private @Nullable FixedKeyProcessorContext<String, RollupTopology.Outcome> context;

		private @Nullable KeyValueStore<String, State> store;

		private @Nullable KeyValueStore<String, Statement> caseStatements;

		@Override
		public void init(FixedKeyProcessorContext<String, RollupTopology.Outcome> context) {
			this.context = context;
			this.store = context.getStateStore(STORE);
			this.caseStatements = context.getStateStore(CASES);
		}

		@Override
		public void process(FixedKeyRecord<String, Fact> record) {
			Fact fact = record.value();
			KeyValueStore<String, State> subjects = Objects.requireNonNull(this.store);
			State state = subjects.get(record.key());
			if (state == null) {
				state = State.empty();
			}
			Statement statement = new Statement(fact.role(), fact.version(), fact.unitCode(), fact.on(), fact.detail());
			String key = fact.role() + "|" + fact.thing();
			SortedMap<String, Statement> statements = new TreeMap<>(state.statements());
			SortedMap<String, Long> cases = new TreeMap<>(Objects.requireNonNull(state.cases()));
			if (fact.role().equals(CASE)) {
				KeyValueStore<String, Statement> apart = Objects.requireNonNull(this.caseStatements);
				String caseKey = record.key() + "|" + fact.thing();
				Statement known = apart.get(caseKey);
				Statement kept = (known == null) ? statements.remove(key) : null;
				Statement previous = (known != null) ? known : kept;
				if (previous != null && previous.version() >= fact.version()) {
					return; // the case said this already, or something newer
				}
				if (known != null && known.on() && known.detail() != null) {
					cases.merge(known.detail(), -1L, Long::sum);
					cases.remove(known.detail(), 0L);
				}
				if (fact.on() && fact.detail() != null) {
					cases.merge(fact.detail(), 1L, Long::sum);
				}
				apart.put(caseKey, statement);
			}
			else {
				Statement known = statements.get(key);
				if (known != null && known.version() >= fact.version()) {
					return; // the thing said this already, or something newer
				}
				statements.put(key, statement);
			}
			Contribution before = state.counted();
			Contribution after = contribution(record.key(), state.version() + 1, statements, cases);
			boolean changed = after != null && (before == null || !before.unitCode().equals(after.unitCode())
					|| !after.figures().minus(before.figures()).isZero());
			if (!changed) {
				subjects.put(record.key(), new State(state.version(), statements, before, cases));
				return;
			}
			subjects.put(record.key(), new State(after.version(), statements, after, cases));
			Objects.requireNonNull(this.context)
				.forward(record.withValue(new RollupTopology.Outcome(before, after, null, null)));
		}

	}

}
