package vn.hoagiai.registry.people;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.kit.outbox.StaleVersionException;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.problem.NotFoundException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;
import vn.hoagiai.registry.audit.Actor;

/** Assigning legal professionals to support mediation teams, and ending their support. */
@Service
class LegalSupportService {



	private final PeopleStore store;

	private final TeamLookup teams;

	private final PeopleSupport support;

	private final Clock clock;

	LegalSupportService(PeopleStore store, TeamLookup teams, PeopleSupport support, Clock clock) {
		this.store = store;
		this.teams = teams;
		this.support = support;
		this.clock = clock;
	}

	LegalSupport assign(PeopleRequests.AssignSupporter request, Caller caller) {
		caller.require(PeopleSupport.TEAM_MANAGERS);
		TeamLookup.TeamRef team = this.teams.managed(request.teamId(), caller);
		if (!team.active()) {
			throw new InvalidRequestException("teamId", "Tổ hòa giải " + team.id() + " không còn hoạt động");
		}
		LegalSupport assigned = LegalSupport.assign(team.id(), team.communeCode(), PeopleSupport.clean(request.fullName()),
				request.category(), PeopleSupport.cleanOrNull(request.organisation()), request.assignedOn(),
				PeopleSupport.cleanOrNull(request.decisionNumber()), this.clock.instant(), Actor.of(caller));
		this.store.add(assigned);
		return assigned;
	}

	LegalSupport end(String id, PeopleRequests.EndSupport request, @Nullable Long ifMatch, Caller caller) {
		LegalSupport assigned = find(id, caller, PeopleSupport.TEAM_MANAGERS);
		if (ifMatch != null && ifMatch != assigned.version()) {
			throw new StaleVersionException(id, ifMatch);
		}
		long read = assigned.version();
		assigned.finish(request.endedOn(), PeopleSupport.cleanOrNull(request.reason()), this.clock.instant(),
				Actor.of(caller));
		this.store.update(assigned, read);
		return assigned;
	}

	/** The assignments of the teams of a unit (the caller's own unless named), or of one of its teams. */
	Page list(@Nullable String unit, @Nullable String teamId, int page, int size, Caller caller) {
		caller.require(PeopleSupport.TEAM_READERS);
		AdministrativeUnit listed = this.support.unitToList(unit, caller);
		caller.requireWithin(listed.code(), PeopleSupport.TEAM_READERS);
		List<String> communes = this.support.communesOf(listed.code());
		return new Page(this.store.supports(communes, teamId, page, size), this.store.countSupports(communes, teamId));
	}

	/** A page of assignments and how many there are in all. */
	record Page(List<LegalSupport> supports, long total) {
	}

	LegalSupport find(String id, Caller caller, Role... roles) {
		caller.require(roles);
		LegalSupport assigned = this.store.find(id, LegalSupport.class)
			.filter((s) -> caller.covers(s.communeCode()))
			.orElseThrow(() -> new NotFoundException("Không tìm thấy người hỗ trợ pháp lý " + id));
		return assigned;
	}

}
