package vn.hoagiai.registry.team;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import vn.hoagiai.kit.outbox.StaleVersionException;
import vn.hoagiai.kit.problem.FieldProblem;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.problem.NotFoundException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;
import vn.hoagiai.registry.unit.UnitCatalogue;
import vn.hoagiai.registry.audit.Actor;

/** The team use cases: every rule is checked before anything is stored, so nothing partial is. */
@Service
class TeamService {

	/** Mediators are adults: the youngest allowed birth year is this many years ago. */
	static final int MINIMUM_AGE = 18;

	private final TeamRepository teams;

	private final UnitCatalogue units;

	private final Clock clock;

	private final vn.hoagiai.contracts.units.AdministrativeUnits administrativeUnits;

	private final vn.hoagiai.registry.unit.Villages villages;

	TeamService(TeamRepository teams, UnitCatalogue units, Clock clock,
			vn.hoagiai.contracts.units.AdministrativeUnits administrativeUnits,
			vn.hoagiai.registry.unit.Villages villages) {
		this.villages = villages;
		this.teams = teams;
		this.units = units;
		this.clock = clock;
		this.administrativeUnits = administrativeUnits;
	}

	MediationTeam register(TeamRequests.RegisterTeam request, Caller caller) {
		List<FieldProblem> problems = problemsOf(request);
		if (problems.isEmpty()) {
			problems = recognitionProblemsOf(request, recognitionNumbersIn(request.communeCode(), null));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		caller.requireWithin(request.communeCode(), TeamController.MANAGERS);
		MediationTeam team = toTeam(request, Actor.of(caller));
		this.villages.ensure(Map.of(team.communeCode(), List.of(team.villageName())), caller.subject());
		this.teams.add(team);
		return team;
	}

	/** The new team a valid request describes, not stored yet. */
	MediationTeam toTeam(TeamRequests.RegisterTeam request, Actor actor) {
		Instant now = this.clock.instant();
		List<TeamMediator> mediators = request.mediators().stream().map((mediator) -> toMediator(mediator, now)).toList();
		return MediationTeam.register(request.communeCode(), clean(request.villageName()), clean(request.name()),
				request.manyEthnicMinorityResidents(), mediators, now, actor);
	}

	/**
	 * What breaks the registry's rules in a (well-formed) request to register a team, by field; empty
	 * when it may be registered. The caller's scope is not among them.
	 */
	List<FieldProblem> problemsOf(TeamRequests.RegisterTeam request) {
		List<FieldProblem> problems = new ArrayList<>();
		if (this.units.commune(request.communeCode()).isEmpty()) {
			problems.add(new FieldProblem("communeCode",
					"Không tìm thấy đơn vị hành chính cấp xã có mã " + request.communeCode()));
		}
		for (int i = 0; i < request.mediators().size(); i++) {
			Integer birthYear = request.mediators().get(i).birthYear();
			if (birthYear != null) {
				checkBirthYear("mediators[" + i + "].birthYear", birthYear, problems);
			}
		}
		if (request.mediators().stream().filter(TeamRequests.NewMediator::leader).count() > 1) {
			problems.add(new FieldProblem("mediators", "Mỗi tổ hòa giải chỉ có một tổ trưởng"));
		}
		return problems;
	}

	/**
	 * The recognition numbers of a new team that another team of the commune used already.
	 *
	 * @param used the numbers in use, as {@link #recognitionNumbersIn} gives them; the team's own are added
	 */
	static List<FieldProblem> recognitionProblemsOf(TeamRequests.RegisterTeam request, Map<String, String> used) {
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < request.mediators().size(); i++) {
			checkRecognitionNumber("mediators[" + i + "].recognitionNumber",
					request.mediators().get(i).recognitionNumber(), used, problems);
		}
		String team = request.name() + " (" + request.villageName() + ")";
		request.mediators()
			.stream()
			.filter((m) -> m.recognitionNumber() != null && !m.recognitionNumber().isBlank())
			.forEach((m) -> used.putIfAbsent(decisionKey(m.recognitionNumber()), team));
		return problems;
	}

	/**
	 * The recognition decision numbers used in a commune's teams (other than {@code except}), folded,
	 * with the team that used each. A decision recognises the mediators one team elected, so a number
	 * may recur within a team but not in another team of the commune.
	 */
	Map<String, String> recognitionNumbersIn(String communeCode, @Nullable String except) {
		Map<String, String> used = new java.util.HashMap<>();
		for (MediationTeam team : this.teams.findInCommunes(List.of(communeCode), null, 0, Integer.MAX_VALUE)) {
			if (team.id().equals(except)) {
				continue;
			}
			for (TeamMediator mediator : team.mediators()) {
				if (mediator.recognition() != null) {
					used.putIfAbsent(decisionKey(mediator.recognition().number()),
							team.name() + " (" + team.villageName() + ")");
				}
			}
		}
		return used;
	}

	static void checkRecognitionNumber(String field, @Nullable String number, Map<String, String> used,
			List<FieldProblem> problems) {
		if (number == null || number.isBlank()) {
			return;
		}
		String other = used.get(decisionKey(number));
		if (other != null) {
			problems.add(new FieldProblem(field, "Số quyết định công nhận " + clean(number)
					+ " đã dùng cho hòa giải viên của " + other + " trong cùng xã"));
		}
	}

	/** A decision number as compared: no case, no spaces, no diacritics ("12/QĐ-UBND" = "12/qd-ubnd"). */
	static String decisionKey(String number) {
		return vn.hoagiai.registry.unit.Folding.fold(number).replace(" ", "");
	}

	MediationTeam find(String id) {
		return this.teams.find(id).orElseThrow(() -> notFound(id));
	}

	/** The team if the caller may see it; one outside their scope is not found, so it does not leak. */
	MediationTeam find(String id, Caller caller, Role... roles) {
		caller.require(roles);
		MediationTeam team = find(id);
		if (!caller.covers(team.communeCode())) {
			throw notFound(id);
		}
		return team;
	}

	private static NotFoundException notFound(String id) {
		return new NotFoundException("Không tìm thấy tổ hòa giải " + id);
	}

	/** A page of teams and how many there are in all. */
	record Page(List<MediationTeam> teams, long total) {
	}

	/**
	 * The teams of a unit at any level.
	 * @throws InvalidRequestException when the unit is not an official unit
	 */
	Page list(String unitCode, @Nullable Boolean compliant, int page, int size, Caller caller) {
		caller.require(TeamController.READERS);
		if (this.administrativeUnits.find(unitCode).isEmpty()) {
			throw new InvalidRequestException("unit", "Không tìm thấy đơn vị hành chính có mã " + unitCode);
		}
		caller.requireWithin(unitCode, TeamController.READERS);
		List<String> communes = communesOf(unitCode);
		return new Page(this.teams.findInCommunes(communes, compliant, page, size),
				this.teams.countInCommunes(communes, compliant));
	}

	/** A page of mediators and how many match in all. */
	record MediatorPage(List<MediatorList.Entry> entries, long total) {
	}

	/**
	 * The mediators of a unit at any level, filtered and sorted. Filtering on ethnicity is for those who
	 * may see it (the province, and a commune for its own teams): anyone else could learn it from the
	 * answers' count.
	 */
	MediatorPage mediators(String unitCode, MediatorList.Filter filter, int page, int size, Caller caller) {
		caller.require(TeamController.READERS);
		if (this.administrativeUnits.find(unitCode).isEmpty()) {
			throw new InvalidRequestException("unit", "Không tìm thấy đơn vị hành chính có mã " + unitCode);
		}
		caller.requireWithin(unitCode, TeamController.READERS);
		if (filter.sensitive() && !(caller.is(Role.PROVINCE_ADMIN)
				|| (caller.is(Role.COMMUNE_OFFICER) && unitCode.equals(caller.unit())))) {
			throw new vn.hoagiai.kit.problem.ForbiddenException(
					"Chỉ Sở Tư pháp và xã quản lý tổ hòa giải được lọc theo dân tộc (dữ liệu cá nhân nhạy cảm).");
		}
		List<MediatorList.Entry> all = MediatorList
			.of(this.teams.findInCommunes(communesOf(unitCode), null, 0, Integer.MAX_VALUE), filter);
		int from = (int) Math.min(all.size(), (long) page * size);
		return new MediatorPage(all.subList(from, Math.min(all.size(), from + size)), all.size());
	}

	/** Lists the villages of these teams that their communes have not listed yet. */
	void listVillagesOf(List<MediationTeam> teams, String by) {
		Map<String, java.util.Set<String>> names = new java.util.LinkedHashMap<>();
		teams.forEach((team) -> names.computeIfAbsent(team.communeCode(), (c) -> new java.util.LinkedHashSet<>())
			.add(team.villageName()));
		this.villages.ensure(names, by);
	}

	/** The communes at or below a unit, by code. */
	List<String> communesOf(String unitCode) {
		List<String> communes = new ArrayList<>();
		java.util.Deque<String> pending = new java.util.ArrayDeque<>(List.of(unitCode));
		while (!pending.isEmpty()) {
			String code = pending.pop();
			vn.hoagiai.contracts.units.AdministrativeUnit unit = this.administrativeUnits.find(code).orElseThrow();
			if (unit.level() == vn.hoagiai.contracts.units.UnitLevel.COMMUNE) {
				communes.add(code);
			}
			else {
				this.administrativeUnits.children(code).forEach((child) -> pending.push(child.code()));
			}
		}
		return communes;
	}

	MediationTeam admit(String teamId, Caller caller, @Nullable Long ifMatch, TeamRequests.NewMediator request) {
		List<FieldProblem> problems = new ArrayList<>();
		checkBirthYear("birthYear", request.birthYear(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		MediationTeam team = current(teamId, caller, ifMatch);
		checkRecognitionNumber("recognitionNumber", request.recognitionNumber(),
				recognitionNumbersIn(team.communeCode(), team.id()), problems);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		long read = team.version();
		Instant now = this.clock.instant();
		team.admit(toMediator(request, now), now, Actor.of(caller));
		this.teams.update(team, read);
		return team;
	}

	/** Corrects a serving mediator's details (a typo in a name, a recognition decision recorded late). */
	MediationTeam correct(String teamId, String mediatorId, Caller caller, @Nullable Long ifMatch,
			TeamRequests.NewMediator request) {
		List<FieldProblem> problems = new ArrayList<>();
		checkBirthYear("birthYear", request.birthYear(), problems);
		MediationTeam team = current(teamId, caller, ifMatch);
		checkRecognitionNumber("recognitionNumber", request.recognitionNumber(),
				recognitionNumbersIn(team.communeCode(), team.id()), problems);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		TeamMediator current = team.mediator(mediatorId)
			.filter(TeamMediator::serving)
			.orElseThrow(() -> new NotFoundException(
					"Không tìm thấy hòa giải viên " + mediatorId + " đang hoạt động trong tổ hòa giải này"));
		TeamMediator proposed = toMediator(request, current.joinedAt());
		long read = team.version();
		team.correct(mediatorId, current.corrected(proposed.fullName(), proposed.gender(), proposed.birthYear(),
				proposed.ethnicity(), proposed.leader(), proposed.background(), proposed.recognition()),
				this.clock.instant(), Actor.of(caller));
		if (team.version() != read) {
			this.teams.update(team, read);
		}
		return team;
	}

	/**
	 * Moves a mediator to another team of the same commune: they leave this team, then join the other;
	 * never in two teams at once. If the second step is interrupted, {@link #completeTransfers()} does it.
	 */
	MediationTeam transfer(String teamId, String mediatorId, Caller caller, @Nullable Long ifMatch,
			TeamRequests.Transfer request) {
		MediationTeam from = current(teamId, caller, ifMatch);
		if (!from.hasServing(mediatorId)) {
			throw new NotFoundException("Không tìm thấy hòa giải viên " + mediatorId + " đang hoạt động trong tổ hòa giải này");
		}
		MediationTeam to = this.teams.find(request.toTeamId())
			.filter((team) -> caller.covers(team.communeCode()))
			.orElseThrow(() -> new InvalidRequestException("toTeamId",
					"Không tìm thấy tổ hòa giải " + request.toTeamId()));
		if (to.id().equals(from.id())) {
			throw new InvalidRequestException("toTeamId", "Hòa giải viên đang ở chính tổ hòa giải này");
		}
		if (!to.communeCode().equals(from.communeCode())) {
			throw new InvalidRequestException("toTeamId", "Chỉ chuyển được giữa các tổ hòa giải của cùng một xã");
		}
		if (!to.active()) {
			throw new InvalidRequestException("toTeamId", "Tổ hòa giải chuyển đến không còn hoạt động");
		}
		Instant now = this.clock.instant();
		TeamMediator.Decision decision = (request.decisionNumber() == null || request.decisionNumber().isBlank()) ? null
				: new TeamMediator.Decision(clean(request.decisionNumber()), request.date());
		long read = from.version();
		Actor actor = Actor.of(caller);
		this.teams.moveStarting(from.id(), mediatorId, now);
		TeamMediator leaving = from.moveOut(mediatorId,
				new TeamMediator.Move(to.id(), request.date(), decision, now, caller.subject(), false), now, actor);
		this.teams.update(from, read);
		arrive(to.id(), leaving, from.id(), actor);
		this.teams.markMoveCompleted(from.id(), mediatorId);
		return this.teams.find(from.id()).orElse(from);
	}

	/** The transferred mediator joins the other team, retrying if that team changed meanwhile. */
	private void arrive(String toTeamId, TeamMediator mediator, String fromTeamId, Actor actor) {
		for (int attempt = 0;; attempt++) {
			MediationTeam to = find(toTeamId);
			if (to.hasArrived(mediator.id(), fromTeamId)) {
				return;
			}
			long read = to.version();
			to.moveIn(mediator, fromTeamId, this.clock.instant(), actor);
			try {
				this.teams.update(to, read);
				return;
			}
			catch (StaleVersionException ex) {
				if (attempt >= 5) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Completes the transfers whose second step did not happen (the process stopped between the two
	 * writes): the mediator has left one team and joins the other now.
	 */
	@org.springframework.scheduling.annotation.Scheduled(initialDelay = 10_000, fixedDelay = 30_000)
	void completeTransfers() {
		Instant before = this.clock.instant().minusSeconds(30);
		for (MediationTeam from : this.teams.withIncompleteMoves(before)) {
			for (TeamMediator left : from.mediators()) {
				TeamMediator.Move move = left.movedTo();
				if (move != null && !move.completed()) {
					arrive(move.teamId(), left, from.id(), new Actor(move.by(), null));
					this.teams.markMoveCompleted(from.id(), left.id());
				}
			}
		}
	}

	/** The history of a team and its people, for the province. */
	List<TeamChange> history(String teamId, Caller caller) {
		caller.require(Role.PROVINCE_ADMIN);
		return find(teamId).history();
	}

	MediationTeam dismiss(String teamId, String mediatorId, Caller caller, @Nullable Long ifMatch,
			TeamRequests.Dismiss request) {
		MediationTeam team = current(teamId, caller, ifMatch);
		long read = team.version();
		Instant now = this.clock.instant();
		team.dismiss(mediatorId, new TeamMediator.Dismissal(
				new TeamMediator.Decision(clean(request.decisionNumber()), request.decisionDate()), request.ground(), now),
				now, Actor.of(caller));
		this.teams.update(team, read);
		return team;
	}

	private MediationTeam current(String teamId, Caller caller, @Nullable Long ifMatch) {
		MediationTeam team = find(teamId, caller, TeamController.MANAGERS);
		if (ifMatch != null && ifMatch != team.version()) {
			throw new StaleVersionException(teamId, ifMatch);
		}
		return team;
	}

	private void checkBirthYear(String field, int birthYear, List<FieldProblem> problems) {
		int youngest = Year.now(this.clock).getValue() - MINIMUM_AGE;
		if (birthYear < 1900 || birthYear > youngest) {
			problems.add(new FieldProblem(field, "Năm sinh phải từ 1900 đến " + youngest));
		}
	}

	private static TeamMediator toMediator(TeamRequests.NewMediator request, Instant now) {
		TeamMediator.Decision recognition = (request.recognitionNumber() != null && request.recognitionDate() != null)
				? new TeamMediator.Decision(clean(request.recognitionNumber()), request.recognitionDate()) : null;
		List<String> background = (request.background() != null)
				? request.background().stream().map(TeamService::clean).toList() : List.of();
		return TeamMediator.recognised(UUID.randomUUID().toString(), clean(request.fullName()), request.gender(),
				request.birthYear(), clean(request.ethnicity()), request.leader(), background, recognition, now);
	}

	/** Text is stored in NFC with single spaces, whichever form the client sent. */
	static String clean(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
	}

}
