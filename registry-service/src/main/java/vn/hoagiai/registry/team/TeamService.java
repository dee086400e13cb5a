package vn.hoagiai.registry.team;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
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

/** The team use cases: every rule is checked before anything is stored, so nothing partial is. */
@Service
class TeamService {

	/** Mediators are adults: the youngest allowed birth year is this many years ago. */
	static final int MINIMUM_AGE = 18;

	private final TeamRepository teams;

	private final UnitCatalogue units;

	private final Clock clock;

	private final vn.hoagiai.contracts.units.AdministrativeUnits administrativeUnits;

	TeamService(TeamRepository teams, UnitCatalogue units, Clock clock,
			vn.hoagiai.contracts.units.AdministrativeUnits administrativeUnits) {
		this.teams = teams;
		this.units = units;
		this.clock = clock;
		this.administrativeUnits = administrativeUnits;
	}

	MediationTeam register(TeamRequests.RegisterTeam request, Caller caller) {
		List<FieldProblem> problems = problemsOf(request);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		caller.requireWithin(request.communeCode(), TeamController.MANAGERS);
		MediationTeam team = toTeam(request);
		this.teams.add(team);
		return team;
	}

	/** The new team a valid request describes, not stored yet. */
	MediationTeam toTeam(TeamRequests.RegisterTeam request) {
		Instant now = this.clock.instant();
		List<TeamMediator> mediators = request.mediators().stream().map((mediator) -> toMediator(mediator, now)).toList();
		return MediationTeam.register(request.communeCode(), clean(request.villageName()), clean(request.name()),
				request.manyEthnicMinorityResidents(), mediators, now);
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
		long read = team.version();
		Instant now = this.clock.instant();
		team.admit(toMediator(request, now), now);
		this.teams.update(team, read);
		return team;
	}

	MediationTeam dismiss(String teamId, String mediatorId, Caller caller, @Nullable Long ifMatch,
			TeamRequests.Dismiss request) {
		MediationTeam team = current(teamId, caller, ifMatch);
		long read = team.version();
		Instant now = this.clock.instant();
		team.dismiss(mediatorId, new TeamMediator.Dismissal(
				new TeamMediator.Decision(clean(request.decisionNumber()), request.decisionDate()), request.ground(), now),
				now);
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
		return new TeamMediator(UUID.randomUUID().toString(), clean(request.fullName()), request.gender(),
				request.birthYear(), clean(request.ethnicity()), request.leader(), background, recognition, now, null);
	}

	/** Text is stored in NFC with single spaces, whichever form the client sent. */
	static String clean(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
	}

}
