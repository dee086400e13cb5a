package vn.hoagiai.reporting.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.CaseField;
import vn.hoagiai.contracts.events.CaseState;
import vn.hoagiai.contracts.events.CaseStatus;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.contracts.events.LegalSupportState;
import vn.hoagiai.contracts.events.MaterialReachState;
import vn.hoagiai.contracts.events.ParticipationState;
import vn.hoagiai.contracts.events.PilotCommuneState;
import vn.hoagiai.contracts.events.TeamState;
import vn.hoagiai.contracts.events.TrainerState;
import vn.hoagiai.contracts.units.UnitLevel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rebuild's promise: counting again from the topics gives the numbers the live rollup shows. A long
 * random history of a small Bình Định world (teams registered, changed, moved to another commune and
 * dissolved; mediators joining and dismissed; participations, material reaches, legal support, trainers
 * and cases; every kind of event sometimes delivered twice or late with an older version) is counted
 * live; then the same topics, as compaction leaves them (the last record of every key) and read in
 * another interleaving, are counted by a fresh topology. Both must equal the figures computed directly
 * from the final state of every thing.
 */
class RebuildEqualsLiveTests {

	/** Two communes in each of three districts: Quy Nhơn (540), An Lão (542), Hoài Nhơn (543). */
	private static final List<String> COMMUNES = List.of("21550", "21553", "21609", "21610", "21637", "21640");

	private static final List<String> DISTRICTS = List.of("540", "542", "543");

	@ParameterizedTest(name = "history {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })
	void theRollupCountedAgainFromTheCompactedTopicsEqualsTheLiveRollupAndTheTruth(long seed) {
		Random random = new Random(seed);
		History history = new History(random);
		for (int i = 0; i < 600; i++) {
			history.step();
		}
		history.settle();
		Map<String, Map<String, Long>> truth = history.truth();
		Map<String, Map<String, Long>> live;
		try (RollupDriver driver = new RollupDriver()) {
			history.published.forEach((event) -> driver.publish(event.type(), event.key(), event.data()));
			live = figuresOfEveryUnit(driver);
		}
		Map<String, Map<String, Long>> rebuilt;
		try (RollupDriver driver = new RollupDriver()) {
			history.compactedAndInterleaved(random).forEach((event) -> driver.publish(event.type(), event.key(), event.data()));
			rebuilt = figuresOfEveryUnit(driver);
		}
		assertThat(live).as("live rollup against the figures of the final state (seed %d)", seed).isEqualTo(truth);
		assertThat(rebuilt).as("rebuilt rollup against the live one (seed %d)", seed).isEqualTo(live);
	}

	private static Map<String, Map<String, Long>> figuresOfEveryUnit(RollupDriver driver) {
		Map<String, Map<String, Long>> figures = new TreeMap<>();
		List<String> units = new ArrayList<>(COMMUNES);
		units.addAll(DISTRICTS);
		units.add("52");
		for (String unit : units) {
			Map<String, Long> counts = new TreeMap<>(driver.figures(unit));
			if (!counts.isEmpty()) {
				figures.put(unit, counts);
			}
		}
		return figures;
	}

	/** One event as published: its type, its key and its data. */
	record Published(EventType type, String key, Object data) {
	}

	/** A random history and the final state of every thing in it. */
	static final class History {

		private final Random random;

		final List<Published> published = new ArrayList<>();

		private final Map<String, TeamState> teams = new LinkedHashMap<>();

		private final Map<String, ParticipationState> participations = new LinkedHashMap<>();

		private final Map<String, MaterialReachState> reaches = new LinkedHashMap<>();

		private final Map<String, LegalSupportState> supports = new LinkedHashMap<>();

		private final Map<String, TrainerState> trainers = new LinkedHashMap<>();

		private final Map<String, CaseState> cases = new LinkedHashMap<>();

		private final Map<String, PilotCommuneState> pilots = new LinkedHashMap<>();

		/** Every version published of every key, to deliver an older one again. */
		private final Map<String, List<Published>> versions = new HashMap<>();

		/** Things whose older version was delivered after a newer one, until they publish their latest again. */
		private final List<List<Published>> stale = new ArrayList<>();

		History(Random random) {
			this.random = random;
		}

		void step() {
			int dice = this.random.nextInt(100);
			if (dice < 25) {
				changeTeam();
			}
			else if (dice < 45) {
				changeParticipation();
			}
			else if (dice < 55) {
				reach();
			}
			else if (dice < 65) {
				changeSupport();
			}
			else if (dice < 70) {
				changeTrainer();
			}
			else if (dice < 72) {
				changePilot();
			}
			else if (dice < 90) {
				changeCase();
			}
			else if (dice < 95 && !this.versions.isEmpty()) {
				// the latest version of something delivered twice
				List<List<Published>> all = new ArrayList<>(this.versions.values());
				List<Published> versionsOfOne = all.get(this.random.nextInt(all.size()));
				this.published.add(versionsOfOne.get(versionsOfOne.size() - 1));
			}
			else if (!this.versions.isEmpty()) {
				// delivered late: an older version of something that has a newer one (dead-lettered)
				List<List<Published>> changed = this.versions.values().stream().filter((v) -> v.size() > 1).toList();
				if (!changed.isEmpty()) {
					List<Published> all = changed.get(this.random.nextInt(changed.size()));
					this.published.add(all.get(this.random.nextInt(all.size() - 1)));
					this.stale.add(all);
				}
			}
			// A producer told by the dead letter that it went back republishes its latest state, later.
			if (!this.stale.isEmpty() && this.random.nextInt(4) == 0) {
				List<Published> all = this.stale.remove(this.random.nextInt(this.stale.size()));
				this.published.add(all.get(all.size() - 1));
			}
		}

		/** Every producer that went back has republished its latest state. */
		void settle() {
			this.stale.forEach((all) -> this.published.add(all.get(all.size() - 1)));
			this.stale.clear();
		}

		private void changeTeam() {
			String id = "t" + this.random.nextInt(8);
			TeamState before = this.teams.get(id);
			if (before != null && !before.active()) {
				return; // a dissolved team stays dissolved
			}
			long version = (before == null) ? 1 : before.version() + 1;
			String commune = (before == null || this.random.nextInt(6) == 0) ? pick(COMMUNES) : before.communeCode();
			boolean active = before == null || this.random.nextInt(12) != 0;
			List<TeamState.Member> members = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				if (this.random.nextInt(3) != 0) {
					// each team has its own pool of mediators: nobody serves in two teams
					members.add(new TeamState.Member(id + "-m" + i, this.random.nextBoolean() ? Gender.FEMALE : Gender.MALE,
							this.random.nextInt(4) == 0, i == 0));
				}
			}
			boolean compliant = members.size() >= 3;
			TeamState team = new TeamState(id, version, commune, "Thôn " + id, false, active, members, compliant,
					compliant ? List.of() : List.of("Thiếu hòa giải viên"), Instant.EPOCH);
			this.teams.put(id, team);
			publish(EventType.TEAM_CHANGED, id, team);
		}

		private void changeParticipation() {
			String course = "c" + this.random.nextInt(4);
			String team = "t" + this.random.nextInt(8);
			String mediator = team + "-m" + this.random.nextInt(6);
			String id = course + ":" + mediator;
			ParticipationState before = this.participations.get(id);
			long version = (before == null) ? 1 : before.version() + 1;
			String commune = (before != null) ? before.communeCode()
					: (this.teams.containsKey(team) ? this.teams.get(team).communeCode() : pick(COMMUNES));
			String status = List.of("ENROLLED", "ENROLLED", "COMPLETED", "CANCELLED").get(this.random.nextInt(4));
			int attended = this.random.nextInt(3);
			ParticipationState participation = new ParticipationState(id, version, course, mediator, commune, "52",
					"MEDIATORS", status, attended, 2, "COMPLETED".equals(status) ? LocalDate.of(2026, 4, 1) : null,
					Instant.EPOCH);
			this.participations.put(id, participation);
			publish(EventType.PARTICIPANT_CHANGED, id, participation);
		}

		private void reach() {
			String material = "doc-" + this.random.nextInt(3);
			String team = "t" + this.random.nextInt(8);
			String mediator = team + "-m" + this.random.nextInt(6);
			String id = material + ":" + mediator;
			if (this.reaches.containsKey(id)) {
				return; // a reach is published once
			}
			String commune = this.teams.containsKey(team) ? this.teams.get(team).communeCode() : pick(COMMUNES);
			MaterialReachState reach = new MaterialReachState(id, 1, material, mediator, commune, "HANDOUT",
					Instant.EPOCH);
			this.reaches.put(id, reach);
			publish(EventType.MATERIAL_REACHED, id, reach);
		}

		private void changeSupport() {
			String id = "s" + this.random.nextInt(6);
			LegalSupportState before = this.supports.get(id);
			long version = (before == null) ? 1 : before.version() + 1;
			String team = (before != null) ? before.teamId() : "t" + this.random.nextInt(8);
			String commune = this.teams.containsKey(team) ? this.teams.get(team).communeCode() : pick(COMMUNES);
			boolean active = this.random.nextInt(3) != 0;
			LegalSupportState support = new LegalSupportState(id, version, team, commune, active, "LAWYER",
					LocalDate.of(2026, 1, 1), active ? null : LocalDate.of(2026, 6, 1), Instant.EPOCH);
			this.supports.put(id, support);
			publish(EventType.LEGAL_SUPPORT_CHANGED, id, support);
		}

		private void changeTrainer() {
			String id = "tr" + this.random.nextInt(5);
			TrainerState before = this.trainers.get(id);
			long version = (before == null) ? 1 : before.version() + 1;
			boolean provincial = (before != null) ? "PROVINCIAL".equals(before.level()) : this.random.nextBoolean();
			String unit = provincial ? "52" : pick(DISTRICTS);
			boolean active = this.random.nextInt(5) != 0;
			boolean trained = this.random.nextBoolean();
			boolean given = this.random.nextBoolean();
			TrainerState trainer = new TrainerState(id, version, unit, provincial ? "PROVINCIAL" : "DISTRICT", "LAWYER",
					this.random.nextBoolean() ? Gender.FEMALE : Gender.MALE, active, trained, given,
					LocalDate.of(2025, 1, 1), active ? null : LocalDate.of(2026, 1, 1),
					trained ? LocalDate.of(2025, 2, 1) : null, given ? LocalDate.of(2025, 2, 2) : null, Instant.EPOCH);
			this.trainers.put(id, trainer);
			publish(EventType.TRAINER_CHANGED, id, trainer);
		}

		private void changePilot() {
			String commune = pick(COMMUNES);
			PilotCommuneState before = this.pilots.get(commune);
			long version = (before == null) ? 1 : before.version() + 1;
			boolean active = this.random.nextInt(3) != 0;
			PilotCommuneState pilot = new PilotCommuneState(commune, version, LocalDate.of(2025, 1, 1),
					active ? null : LocalDate.of(2026, 6, 30), active, Instant.EPOCH);
			this.pilots.put(commune, pilot);
			publish(EventType.PILOT_COMMUNE_CHANGED, commune, pilot);
		}

		private void changeCase() {
			String id = "case-" + this.random.nextInt(40);
			CaseState before = this.cases.get(id);
			long version = (before == null) ? 1 : before.version() + 1;
			String commune = (before != null && this.random.nextInt(8) != 0) ? before.communeCode() : pick(COMMUNES);
			LocalDate received = (before != null) ? before.receivedOn() : LocalDate.of(2026, 1 + this.random.nextInt(9), 3);
			CaseStatus status = CaseStatus.values()[this.random.nextInt(CaseStatus.values().length)];
			LocalDate closed = (status == CaseStatus.RECEIVED) ? null : received.plusDays(10);
			LocalDate recognition = (status == CaseStatus.SUCCESSFUL && this.random.nextBoolean()) ? received.plusDays(20)
					: null;
			CaseField field = CaseField.values()[this.random.nextInt(CaseField.values().length)]; // may be corrected
			CaseState mediationCase = new CaseState(id, version, commune, field, received, status, closed, recognition,
					this.random.nextInt(4) == 0 ? received.plusDays(1) : null);
			this.cases.put(id, mediationCase);
			publish((status == CaseStatus.RECEIVED) ? EventType.CASE_RECEIVED : EventType.CASE_CLOSED, id, mediationCase);
		}

		private void publish(EventType type, String key, Object data) {
			Published event = new Published(type, key, data);
			this.published.add(event);
			this.versions.computeIfAbsent(type.topic() + "/" + key, (k) -> new ArrayList<>()).add(event);
		}

		private String pick(List<String> values) {
			return values.get(this.random.nextInt(values.size()));
		}

		/**
		 * What a rebuild reads: on each topic, what compaction leaves, the last record of every key at the
		 * place of its offset; the topics interleaved at random, as a rebuild reading them all at once
		 * would.
		 */
		List<Published> compactedAndInterleaved(Random random) {
			Map<Topic, List<Published>> byTopic = new LinkedHashMap<>();
			Map<String, Published> latest = new LinkedHashMap<>();
			for (Published event : this.published) {
				String key = event.type().topic() + "/" + event.key();
				latest.remove(key); // its place is its last offset
				latest.put(key, event);
			}
			latest.values().forEach((event) -> byTopic.computeIfAbsent(event.type().topic(), (t) -> new ArrayList<>()).add(event));
			List<Published> interleaved = new ArrayList<>();
			List<List<Published>> queues = new ArrayList<>(byTopic.values());
			int[] next = new int[queues.size()];
			while (true) {
				List<Integer> open = new ArrayList<>();
				for (int i = 0; i < queues.size(); i++) {
					if (next[i] < queues.get(i).size()) {
						open.add(i);
					}
				}
				if (open.isEmpty()) {
					return interleaved;
				}
				int topic = open.get(random.nextInt(open.size()));
				interleaved.add(queues.get(topic).get(next[topic]++));
			}
		}

		/** The figures of every unit, computed directly from the final state of every thing. */
		Map<String, Map<String, Long>> truth() {
			Map<String, Map<String, Long>> figures = new TreeMap<>();
			BiConsumer<String, Map<String, Long>> add = (unit, counts) -> {
				for (UnitLevel level : UnitLevel.values()) {
					RollupDriver.UNITS.ancestorAt(unit, level).ifPresent((ancestor) -> counts.forEach((name, count) -> {
						if (count != 0) {
							figures.computeIfAbsent(ancestor.code(), (u) -> new TreeMap<>()).merge(name, count, Long::sum);
						}
					}));
				}
			};
			Map<String, String> servingIn = new HashMap<>();
			for (TeamState team : this.teams.values()) {
				if (!team.active()) {
					continue;
				}
				add.accept(team.communeCode(), Map.of("teams", 1L, "teamsCompliant", team.compliant() ? 1L : 0L,
						"mediators", (long) team.members().size(), "mediatorsWomen",
						team.members().stream().filter((m) -> m.gender() == Gender.FEMALE).count(),
						"mediatorsEthnicMinority", team.members().stream().filter(TeamState.Member::ethnicMinority).count()));
				team.members().forEach((m) -> servingIn.put(m.mediatorId(), team.communeCode()));
				boolean supported = this.supports.values().stream()
					.anyMatch((s) -> s.active() && s.teamId().equals(team.teamId()));
				add.accept(team.communeCode(), Map.of("teamsWithLegalSupport", supported ? 1L : 0L));
			}
			servingIn.forEach((mediator, commune) -> add.accept(commune, Map.of("mediatorsTrained",
					this.participations.values().stream()
						.anyMatch((p) -> p.mediatorId().equals(mediator) && "COMPLETED".equals(p.status())) ? 1L : 0L,
					"mediatorsReachingMaterials",
					this.reaches.values().stream().anyMatch((r) -> r.mediatorId().equals(mediator)) ? 1L : 0L)));
			for (ParticipationState p : this.participations.values()) {
				if (!"CANCELLED".equals(p.status())) {
					add.accept(p.communeCode(), Map.of("participants", 1L, "participantsAttended",
							(p.sessionsAttended() > 0) ? 1L : 0L, "participantsCompleted",
							"COMPLETED".equals(p.status()) ? 1L : 0L));
				}
			}
			this.reaches.values().forEach((r) -> add.accept(r.communeCode(), Map.of("materialReaches", 1L)));
			this.supports.values()
				.forEach((s) -> add.accept(s.communeCode(), Map.of("legalSupportAssignments", s.active() ? 1L : 0L)));
			for (TrainerState t : this.trainers.values()) {
				if (t.active()) {
					boolean provincial = "PROVINCIAL".equals(t.level());
					add.accept(t.unitCode(), Map.of("trainers", 1L, "trainersProvincial", provincial ? 1L : 0L,
							"trainersDistrict", provincial ? 0L : 1L, "trainersTrained",
							(t.trained() && t.materialsGiven()) ? 1L : 0L, "trainersWomen",
							(t.gender() == Gender.FEMALE) ? 1L : 0L, Figures.trainersFrom(t.source()), 1L));
				}
			}
			for (PilotCommuneState pilot : this.pilots.values()) {
				if (pilot.active()) {
					add.accept(pilot.communeCode(), Map.of("pilotCommunes", 1L, "casesSuccessfulInPilot",
							this.cases.values().stream().filter((c) -> c.communeCode().equals(pilot.communeCode())
									&& c.status() == CaseStatus.SUCCESSFUL).count(),
							"casesUnsuccessfulInPilot", this.cases.values().stream()
								.filter((c) -> c.communeCode().equals(pilot.communeCode())
										&& c.status() == CaseStatus.UNSUCCESSFUL)
								.count()));
				}
			}
			for (CaseState c : this.cases.values()) {
				Map<String, Long> counts = new HashMap<>();
				counts.put("casesReceived", 1L);
				counts.put("casesOpen", (c.status() == CaseStatus.RECEIVED) ? 1L : 0L);
				counts.put("casesSuccessful", (c.status() == CaseStatus.SUCCESSFUL) ? 1L : 0L);
				counts.put("casesUnsuccessful", (c.status() == CaseStatus.UNSUCCESSFUL) ? 1L : 0L);
				counts.put("casesWithdrawn", (c.status() == CaseStatus.WITHDRAWN) ? 1L : 0L);
				counts.put("casesSentForCourtRecognition", (c.courtRecognitionRequestedOn() != null) ? 1L : 0L);
				counts.put("casesWithLegalSupport", (c.legalSupportGivenOn() != null) ? 1L : 0L);
				counts.put(Figures.casesInField(c.field().name()), 1L);
				add.accept(c.communeCode(), counts);
			}
			return figures;
		}

	}


}
