package vn.hoagiai.reporting.rollup;

import java.util.Map;

import vn.hoagiai.contracts.events.CourseState;
import vn.hoagiai.contracts.events.EventCodec.ReceivedEvent;
import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.contracts.events.TeamState;
import vn.hoagiai.contracts.events.UnreadableEventException;
import vn.hoagiai.contracts.units.AdministrativeUnits;

/**
 * Turns the contract's events into contributions: which unit a thing counts for and what it counts.
 * The rules of what is counted live here and nowhere else.
 */
final class Contributions {

	private final AdministrativeUnits units;

	Contributions(AdministrativeUnits units) {
		this.units = units;
	}

	/** The key of the thing in the rollup's table of latest states, e.g. {@code team:<id>}. */
	record Keyed(String thingKey, Contribution contribution) {
	}

	Keyed of(ReceivedEvent event) {
		return switch (event.type()) {
			case TEAM_REGISTERED, TEAM_CHANGED -> team(event.dataAs(TeamState.class));
			case COURSE_SCHEDULED, COURSE_CHANGED -> course(event.dataAs(CourseState.class));
		};
	}

	private Keyed team(TeamState team) {
		require(team.teamId() != null && !team.teamId().isBlank(), "teamId is missing");
		require(team.version() >= 1, "version must be at least 1");
		String unit = knownUnit(team.communeCode());
		Figures figures = Figures.none();
		if (team.active()) {
			long women = team.members().stream().filter((m) -> m.gender() == Gender.FEMALE).count();
			long minority = team.members().stream().filter(TeamState.Member::ethnicMinority).count();
			figures = Figures.of(Map.of(Figures.TEAMS, 1L, Figures.TEAMS_COMPLIANT, team.compliant() ? 1L : 0L,
					Figures.MEDIATORS, (long) team.members().size(), Figures.MEDIATORS_WOMEN, women,
					Figures.MEDIATORS_ETHNIC_MINORITY, minority));
		}
		return new Keyed("team:" + team.teamId(), new Contribution(unit, team.version(), figures));
	}

	private Keyed course(CourseState course) {
		require(course.courseId() != null && !course.courseId().isBlank(), "courseId is missing");
		require(course.version() >= 1, "version must be at least 1");
		String unit = knownUnit(course.organiserUnitCode());
		Figures figures = "CANCELLED".equals(course.status()) ? Figures.none()
				: Figures.of(Map.of(Figures.COURSES, 1L));
		return new Keyed("course:" + course.courseId(), new Contribution(unit, course.version(), figures));
	}

	private String knownUnit(String code) {
		if (code == null || this.units.find(code).isEmpty()) {
			throw new UnreadableEventException("unknown-unit", "unknown administrative unit code '" + code + "'");
		}
		return code;
	}

	private static void require(boolean condition, String reason) {
		if (!condition) {
			throw new UnreadableEventException("invalid-data", reason);
		}
	}

}
