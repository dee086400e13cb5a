package vn.hoagiai.registry.team;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;

/**
 * A team as the API shows it.
 *
 * @param id the team's id
 * @param communeCode official code of the commune
 * @param villageName village or residential group
 * @param name team name
 * @param manyEthnicMinorityResidents the commune's flag
 * @param active false once dissolved
 * @param mediators serving mediators
 * @param formerMediators mediators who stopped serving
 * @param compliance Art. 12 compliance with its reasons
 * @param version the version, also the ETag
 * @param changedAt last change
 */
record TeamView(String id, String communeCode, String villageName, String name, boolean manyEthnicMinorityResidents,
		boolean active, List<MediatorView> mediators, List<MediatorView> formerMediators, Compliance compliance,
		long version, Instant changedAt) {

	/**
	 * The team as this caller may see it: birth year and ethnicity (sensitive personal data) only for
	 * the province and the team's own commune; others see them masked (null).
	 */
	static TeamView of(MediationTeam team, Caller caller) {
		boolean personal = mayShowPersonalData(team, caller);
		return new TeamView(team.id(), team.communeCode(), team.villageName(), team.name(),
				team.manyEthnicMinorityResidents(), team.active(),
				team.mediators().stream().filter(TeamMediator::serving).map((m) -> MediatorView.of(m, personal)).toList(),
				team.mediators().stream().filter((m) -> !m.serving()).map((m) -> MediatorView.of(m, personal)).toList(),
				team.compliance(), team.version(), team.changedAt());
	}

	/** For the access log: each team read, with the mediators whose records it showed. */
	static java.util.Map<String, List<String>> peopleOf(java.util.Collection<MediationTeam> teams) {
		java.util.Map<String, List<String>> people = new java.util.LinkedHashMap<>();
		teams.forEach((team) -> people.put(team.id(), team.mediators().stream().map(TeamMediator::id).toList()));
		return people;
	}

	/** Whether the caller may see the team's birth years and ethnicities: the province and the team's own commune. */
	static boolean mayShowPersonalData(MediationTeam team, Caller caller) {
		return caller.is(Role.PROVINCE_ADMIN)
				|| (caller.is(Role.COMMUNE_OFFICER) && team.communeCode().equals(caller.unit()));
	}

	/**
	 * A mediator as the API shows them.
	 *
	 * @param id id
	 * @param fullName full name
	 * @param gender gender
	 * @param birthYear year of birth, masked for callers who may not see it
	 * @param ethnicity ethnic group (sensitive), masked likewise
	 * @param ethnicMinority belongs to an ethnic minority, masked likewise
	 * @param leader team leader
	 * @param background background categories
	 * @param recognitionNumber recognition decision number
	 * @param recognitionDate recognition decision date
	 * @param dismissalGround why the mediator stopped serving, if they did
	 * @param dismissalDate when
	 * @param transferredTo the team they moved to, if they did
	 * @param transferredFrom the team they came from, if they came by transfer
	 */
	record MediatorView(String id, String fullName, Gender gender, @Nullable Integer birthYear,
			@Nullable String ethnicity, @Nullable Boolean ethnicMinority, boolean leader, List<String> background, @Nullable String recognitionNumber,
			@Nullable LocalDate recognitionDate, @Nullable DismissalGround dismissalGround,
			@Nullable LocalDate dismissalDate, @Nullable String transferredTo, @Nullable String transferredFrom) {

		static MediatorView of(TeamMediator m, boolean personal) {
			return new MediatorView(m.id(), m.fullName(), m.gender(), personal ? m.birthYear() : null,
					personal ? m.ethnicity() : null, personal ? m.ethnicMinority() : null, m.leader(), m.background(), (m.recognition() != null) ? m.recognition().number() : null,
					(m.recognition() != null) ? m.recognition().date() : null,
					(m.dismissal() != null) ? m.dismissal().ground() : null,
					(m.dismissal() != null) ? m.dismissal().decision().date() : (m.movedTo() != null) ? m.movedTo().date() : null,
					(m.movedTo() != null) ? m.movedTo().teamId() : null, m.movedFrom());
		}

	}

}
