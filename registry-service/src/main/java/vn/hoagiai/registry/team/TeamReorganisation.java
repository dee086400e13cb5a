package vn.hoagiai.registry.team;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.contracts.units.Reorganisation;
import vn.hoagiai.contracts.units.UnitLevel;
import vn.hoagiai.kit.outbox.StaleVersionException;
import vn.hoagiai.kit.problem.FieldProblem;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;
import vn.hoagiai.registry.audit.Actor;
import vn.hoagiai.registry.unit.Villages;

/**
 * The reorganisation of 2025-07-01 in the registry: one audited bulk operation per province re-homes
 * every team of its old communes, with its mediators, to the new commune its village went into, and
 * publishes each team's change. A commune that went whole into one new commune leaves no choice; for a
 * split commune the province says which new commune each team's village went into, and a team it says
 * nothing of goes to the first new commune of the mapping and is reported as assumed, to be checked.
 * <p>
 * Every choice is checked before anything is written, so bad input writes nothing. Each team is one
 * document written with its event; a run that stops half-way (a crash) is run again and moves the
 * teams still in the old communes, so the operation is safe to repeat.
 */
@Service
class TeamReorganisation {

	private final TeamRepository teams;

	private final AdministrativeUnits units;

	private final Villages villages;

	private final MongoTemplate mongo;

	private final Clock clock;

	TeamReorganisation(TeamRepository teams, AdministrativeUnits units, Villages villages, MongoTemplate mongo,
			Clock clock) {
		this.teams = teams;
		this.units = units;
		this.villages = villages;
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * What the province asks.
	 *
	 * @param provinceCode the province of the three-tier hierarchy whose teams are re-homed
	 * @param assignments for teams of split communes: team id to the new commune its village went into
	 * @param dryRun only say what would happen
	 */
	record Request(String provinceCode, @Nullable Map<String, String> assignments, boolean dryRun) {
	}

	/**
	 * One team that went to the first of several new communes because nobody said which.
	 *
	 * @param teamId the team
	 * @param teamName its name
	 * @param fromCommune the old commune
	 * @param toCommune where it went
	 * @param choices the new communes the old one went into
	 */
	record Assumption(String teamId, String teamName, String fromCommune, String toCommune, List<String> choices) {
	}

	/**
	 * The audit record of one run (or what a dry run would do).
	 *
	 * @param id the run's id, also in each re-homed team's history
	 * @param provinceCode the province
	 * @param hierarchy the hierarchy the teams go into
	 * @param by who ran it
	 * @param startedAt when
	 * @param finishedAt when it finished, null while running (or for a dry run)
	 * @param dryRun whether nothing was written
	 * @param teamsToMove how many teams of the old communes were to move
	 * @param teamsMoved how many moved
	 * @param moves how many teams went from each old commune to each new one ({@code 21550>21601@2025-07-01})
	 * @param assumed the teams placed without being told where
	 * @param unresolved what the mapping could not place (a commune with no row) and the mapping's own
	 * rows that do not resolve
	 */
	@Document("reorganisation_runs")
	record Run(@Id String id, String provinceCode, String hierarchy, String by, Instant startedAt,
			@Nullable Instant finishedAt, boolean dryRun, int teamsToMove, int teamsMoved, Map<String, Integer> moves,
			List<Assumption> assumed, List<String> unresolved) {
	}

	private record Move(MediationTeam team, String to) {
	}

	Run rehome(Request request, Caller caller) {
		caller.require(Role.PROVINCE_ADMIN);
		AdministrativeUnit province = this.units.find(request.provinceCode())
			.filter((unit) -> unit.level() == UnitLevel.PROVINCE
					&& AdministrativeUnits.THREE_TIER_VERSION.equals(unit.hierarchy()))
			.orElseThrow(() -> new InvalidRequestException("provinceCode",
					"Không có tỉnh " + request.provinceCode() + " trong danh mục ba cấp (trước ngày 01/07/2025)"));
		caller.requireWithin(province.code(), Role.PROVINCE_ADMIN);
		Reorganisation reorganisation = this.units.reorganisation();
		List<String> communes = this.units.communesOf(province.code()).stream().map(AdministrativeUnit::code).toList();
		List<MediationTeam> found = this.teams.findInCommunes(communes, null, 0, Integer.MAX_VALUE);
		Map<String, String> assignments = (request.assignments() != null) ? request.assignments() : Map.of();
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, MediationTeam> byId = new LinkedHashMap<>();
		found.forEach((team) -> byId.put(team.id(), team));
		assignments.keySet().stream().filter((teamId) -> !byId.containsKey(teamId)).forEach((teamId) -> problems.add(
				new FieldProblem("assignments." + teamId, "Không có tổ hòa giải " + teamId + " ở các xã cũ của tỉnh "
						+ province.name() + " (hoặc tổ đã được chuyển sang xã mới)")));
		List<Move> moves = new ArrayList<>();
		List<Assumption> assumed = new ArrayList<>();
		List<String> unresolved = new ArrayList<>(reorganisation.unresolved());
		for (MediationTeam team : found) {
			List<String> choices = reorganisation.successors(team.communeCode()).stream()
				.map(Reorganisation.Successor::commune)
				.toList();
			String asked = assignments.get(team.id());
			if (choices.isEmpty()) {
				unresolved.add("Tổ " + team.name() + " (" + team.id() + "): xã " + team.communeCode()
						+ " không có trong bảng sắp xếp, tổ giữ nguyên xã cũ");
			}
			else if (asked != null && !choices.contains(asked)) {
				problems.add(new FieldProblem("assignments." + team.id(), "Xã " + team.communeCode()
						+ " được sắp xếp vào " + String.join(", ", choices) + ", không vào " + asked));
			}
			else {
				String to = (asked != null) ? asked : choices.get(0);
				if (asked == null && choices.size() > 1) {
					assumed.add(new Assumption(team.id(), team.name(), team.communeCode(), to, choices));
				}
				moves.add(new Move(team, to));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		Map<String, Integer> counts = new java.util.TreeMap<>();
		moves.forEach((move) -> counts.merge(move.team().communeCode() + ">" + move.to(), 1, Integer::sum));
		Instant started = this.clock.instant();
		Run run = new Run(UUID.randomUUID().toString(), province.code(), AdministrativeUnits.TWO_TIER_VERSION,
				caller.subject(), started, null, request.dryRun(), moves.size(), 0, counts, assumed, unresolved);
		if (request.dryRun()) {
			return run;
		}
		this.mongo.insert(run);
		Actor actor = Actor.of(caller);
		Map<String, List<String>> villagesByCommune = new LinkedHashMap<>();
		int moved = 0;
		for (Move move : moves) {
			if (rehome(move, run.id(), actor)) {
				moved++;
				villagesByCommune.computeIfAbsent(move.to(), (commune) -> new ArrayList<>()).add(move.team().villageName());
			}
		}
		// The villages keep their names under their new commune.
		this.villages.ensure(villagesByCommune, caller.subject());
		Run finished = new Run(run.id(), run.provinceCode(), run.hierarchy(), run.by(), run.startedAt(),
				this.clock.instant(), false, run.teamsToMove(), moved, counts, assumed, unresolved);
		this.mongo.save(finished);
		return finished;
	}

	/** Re-homes one team; false when someone else moved it meanwhile. A concurrent change is retried. */
	private boolean rehome(Move move, String runId, Actor actor) {
		MediationTeam team = move.team();
		for (int attempt = 0; attempt < 5; attempt++) {
			String from = team.communeCode();
			if (!AdministrativeUnits.THREE_TIER_VERSION.equals(AdministrativeUnits.hierarchyOf(from))) {
				return false;
			}
			long read = team.version();
			team.rehome(move.to(), runId, this.clock.instant(), actor);
			try {
				this.teams.rehomed(team, from, read);
				return true;
			}
			catch (StaleVersionException ex) {
				team = this.teams.find(team.id()).orElse(null);
				if (team == null) {
					return false;
				}
			}
		}
		throw new IllegalStateException("team " + move.team().id() + " kept changing while it was re-homed");
	}

	/** The runs, newest first. */
	List<Run> runs() {
		return this.mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "startedAt")), Run.class);
	}

}
