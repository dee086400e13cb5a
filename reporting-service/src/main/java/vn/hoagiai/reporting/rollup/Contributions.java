package vn.hoagiai.reporting.rollup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.hoagiai.contracts.events.CaseState;
import vn.hoagiai.contracts.events.CaseStatus;
import vn.hoagiai.contracts.events.CommunicationState;
import vn.hoagiai.contracts.events.CourseState;
import vn.hoagiai.contracts.events.EventCodec.ReceivedEvent;
import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.contracts.events.LegalSupportState;
import vn.hoagiai.contracts.events.MaterialReachState;
import vn.hoagiai.contracts.events.MaterialState;
import vn.hoagiai.contracts.events.ParticipationState;
import vn.hoagiai.contracts.events.PilotCommuneState;
import vn.hoagiai.contracts.events.TeamState;
import vn.hoagiai.contracts.events.TrainerState;
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

	/**
	 * A thing's contribution with its id, which must be the record's key.
	 *
	 * @param thingId the id of the team, course or case
	 * @param contribution what it contributes
	 */
	record Keyed(String thingId, Contribution contribution) {
	}

	Keyed of(ReceivedEvent event) {
		return switch (event.type()) {
			case TEAM_REGISTERED, TEAM_CHANGED -> team(event.dataAs(TeamState.class), event.hierarchy());
			case TRAINER_REGISTERED, TRAINER_CHANGED -> trainer(event.dataAs(TrainerState.class), event.hierarchy());
			case LEGAL_SUPPORT_CHANGED -> legalSupport(event.dataAs(LegalSupportState.class), event.hierarchy());
			case PILOT_COMMUNE_CHANGED -> pilotCommune(event.dataAs(PilotCommuneState.class), event.hierarchy());
			case COURSE_SCHEDULED, COURSE_CHANGED -> course(event.dataAs(CourseState.class), event.hierarchy());
			case PARTICIPANT_ENROLLED, PARTICIPANT_ATTENDED, PARTICIPANT_COMPLETED, PARTICIPANT_CHANGED ->
				participation(event.dataAs(ParticipationState.class), event.hierarchy());
			case MATERIAL_PUBLISHED, MATERIAL_CHANGED -> material(event.dataAs(MaterialState.class), event.hierarchy());
			case MATERIAL_REACHED -> reach(event.dataAs(MaterialReachState.class), event.hierarchy());
			case COMMUNICATION_RECORDED, COMMUNICATION_CHANGED -> communication(event.dataAs(CommunicationState.class), event.hierarchy());
			case CASE_RECEIVED, CASE_CLOSED, CASE_SENT_FOR_COURT_RECOGNITION, CASE_GIVEN_LEGAL_SUPPORT ->
				mediationCase(event.dataAs(CaseState.class), event.hierarchy());
			// A type the contract gains later (the build keeps compiling) is not counted: dead-lettered.
			default -> throw new UnreadableEventException("unknown-type",
					"events of type " + event.type().type() + " are not counted by the rollup");
		};
	}

	private Keyed team(TeamState team, String hierarchy) {
		String unit = knownUnit(team.communeCode(), hierarchy);
		Figures figures = Figures.none();
		if (team.active()) {
			long women = team.members().stream().filter((m) -> m.gender() == Gender.FEMALE).count();
			long minority = team.members().stream().filter(TeamState.Member::ethnicMinority).count();
			figures = Figures.of(Map.of(Figures.TEAMS, 1L, Figures.TEAMS_COMPLIANT, team.compliant() ? 1L : 0L,
					Figures.MEDIATORS, (long) team.members().size(), Figures.MEDIATORS_WOMEN, women,
					Figures.MEDIATORS_ETHNIC_MINORITY, minority));
		}
		List<Contribution.Link> links = new ArrayList<>();
		links.add(new Contribution.Link(Subjects.TEAM + team.teamId(), Subjects.ACTIVE_TEAM, team.active()));
		for (TeamState.Member member : team.members()) {
			links.add(new Contribution.Link(Subjects.MEDIATOR + member.mediatorId(), Subjects.MEMBER, team.active()));
		}
		return new Keyed(team.teamId(), new Contribution(unit, team.version(), figures, null, links));
	}

	private Keyed trainer(TrainerState trainer, String hierarchy) {
		String unit = knownUnit(trainer.unitCode(), hierarchy);
		Figures figures = Figures.none();
		if (trainer.active()) {
			boolean provincial = "PROVINCIAL".equals(trainer.level());
			figures = Figures.of(Map.of(Figures.TRAINERS, 1L, Figures.TRAINERS_PROVINCIAL, provincial ? 1L : 0L,
					Figures.TRAINERS_DISTRICT, provincial ? 0L : 1L,
					// Decision 315 counts trainers "trained and given materials": both.
					Figures.TRAINERS_TRAINED, (trainer.trained() && trainer.materialsGiven()) ? 1L : 0L,
					Figures.TRAINERS_WOMEN, (trainer.gender() == Gender.FEMALE) ? 1L : 0L,
					Figures.trainersFrom(trainer.source()), 1L));
		}
		return new Keyed(trainer.trainerId(), new Contribution(unit, trainer.version(), figures));
	}

	private Keyed legalSupport(LegalSupportState support, String hierarchy) {
		String unit = knownUnit(support.communeCode(), hierarchy);
		Figures figures = Figures.of(Map.of(Figures.LEGAL_SUPPORT_ASSIGNMENTS, support.active() ? 1L : 0L));
		List<Contribution.Link> links = List
			.of(new Contribution.Link(Subjects.TEAM + support.teamId(), Subjects.SUPPORT, support.active()));
		return new Keyed(support.supportId(), new Contribution(unit, support.version(), figures, null, links));
	}

	private Keyed pilotCommune(PilotCommuneState pilot, String hierarchy) {
		String unit = knownUnit(pilot.communeCode(), hierarchy);
		Figures figures = Figures.of(Map.of(Figures.PILOT_COMMUNES, pilot.active() ? 1L : 0L));
		List<Contribution.Link> links = List
			.of(new Contribution.Link(Subjects.PILOT + unit, Subjects.DESIGNATED, pilot.active()));
		return new Keyed(unit, new Contribution(unit, pilot.version(), figures, null, links));
	}

	private Keyed participation(ParticipationState participation, String hierarchy) {
		String unit = knownUnit(participation.communeCode(), hierarchy);
		boolean cancelled = "CANCELLED".equals(participation.status());
		boolean completed = "COMPLETED".equals(participation.status());
		Figures figures = cancelled ? Figures.none()
				: Figures.of(Map.of(Figures.PARTICIPANTS, 1L, Figures.PARTICIPANTS_ATTENDED,
						(participation.sessionsAttended() > 0) ? 1L : 0L, Figures.PARTICIPANTS_COMPLETED,
						completed ? 1L : 0L));
		List<Contribution.Link> links = List.of(
				new Contribution.Link(Subjects.MEDIATOR + participation.mediatorId(), Subjects.TRAINED, completed));
		return new Keyed(participation.participationId(),
				new Contribution(unit, participation.version(), figures, null, links));
	}

	private Keyed material(MaterialState material, String hierarchy) {
		String unit = knownUnit(material.publisherUnitCode(), hierarchy);
		Figures figures = material.withdrawn() ? Figures.none()
				: Figures.of(Map.of(Figures.MATERIALS, 1L, Figures.MATERIALS_DIGITISED, material.digitised() ? 1L : 0L));
		return new Keyed(material.materialId(), new Contribution(unit, material.version(), figures));
	}

	private Keyed reach(MaterialReachState reach, String hierarchy) {
		String unit = knownUnit(reach.communeCode(), hierarchy);
		List<Contribution.Link> links = List
			.of(new Contribution.Link(Subjects.MEDIATOR + reach.mediatorId(), Subjects.REACHED, true));
		return new Keyed(reach.reachId(), new Contribution(unit, reach.version(),
				Figures.of(Map.of(Figures.MATERIAL_REACHES, 1L)), null, links));
	}

	private Keyed course(CourseState course, String hierarchy) {
		String unit = knownUnit(course.organiserUnitCode(), hierarchy);
		Figures figures = "CANCELLED".equals(course.status()) ? Figures.none()
				: Figures.of(Map.of(Figures.COURSES, 1L));
		return new Keyed(course.courseId(), new Contribution(unit, course.version(), figures));
	}

	private Keyed mediationCase(CaseState c, String hierarchy) {
		String unit = knownUnit(c.communeCode(), hierarchy);
		Map<String, Long> counts = new HashMap<>();
		counts.put(Figures.CASES_RECEIVED, 1L);
		counts.put(Figures.CASES_OPEN, (c.status() == CaseStatus.RECEIVED) ? 1L : 0L);
		counts.put(Figures.CASES_SUCCESSFUL, (c.status() == CaseStatus.SUCCESSFUL) ? 1L : 0L);
		counts.put(Figures.CASES_UNSUCCESSFUL, (c.status() == CaseStatus.UNSUCCESSFUL) ? 1L : 0L);
		counts.put(Figures.CASES_WITHDRAWN, (c.status() == CaseStatus.WITHDRAWN) ? 1L : 0L);
		counts.put(Figures.CASES_SENT_FOR_COURT_RECOGNITION, (c.courtRecognitionRequestedOn() != null) ? 1L : 0L);
		counts.put(Figures.CASES_WITH_LEGAL_SUPPORT, (c.legalSupportGivenOn() != null) ? 1L : 0L);
		counts.put(Figures.casesInField(c.field().name()), 1L);
		// A case counts for the month it was received in: the figures of a period are the cases received
		// in it, as they stand now (a case received in March and closed in May is March's success).
		// Whether its commune is a pilot commune is not the case's to know: it tells the commune's subject.
		List<Contribution.Link> links = List
			.of(new Contribution.Link(Subjects.PILOT + unit, Subjects.CASE, true, c.status().name()));
		return new Keyed(c.caseId(), new Contribution(unit, c.version(), Figures.of(counts),
				java.time.YearMonth.from(c.receivedOn()).toString(), links));
	}

	private Keyed communication(CommunicationState activity, String hierarchy) {
		String unit = knownUnit(activity.organiserUnitCode(), hierarchy);
		// An activity counts for the month it was held, like a case for the month it was received.
		return new Keyed(activity.activityId(), new Contribution(unit, activity.version(),
				Figures.of(Map.of(Figures.COMMUNICATION_ACTIVITIES, 1L, Figures.COMMUNICATION_REACH, activity.reach())),
				java.time.YearMonth.from(activity.date()).toString()));
	}

	/** The id of the unit an event names by its official code in its version of the hierarchy. */
	private String knownUnit(String code, String hierarchy) {
		String id = AdministrativeUnits.id(code, hierarchy);
		if (this.units.find(id).isEmpty()) {
			throw new UnreadableEventException("unknown-unit", "unknown administrative unit code '" + code + "'"
					+ (AdministrativeUnits.THREE_TIER_VERSION.equals(hierarchy) ? "" : " in the hierarchy of " + hierarchy));
		}
		return id;
	}

}
