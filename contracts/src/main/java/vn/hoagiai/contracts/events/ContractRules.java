package vn.hoagiai.contracts.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the contract that a JSON Schema cannot say: dates in order and not in the future, and
 * an event type that agrees with the state it carries. Checked by every consumer after the schema.
 */
public final class ContractRules {

	/** How far ahead of the consumer's clock a date may be, for clocks that differ. */
	static final int DAYS_OF_CLOCK_SKEW = 1;

	/** No mediation case in the system is older than the Law on Grassroots Mediation's predecessor. */
	static final LocalDate EARLIEST = LocalDate.of(1998, 1, 1);

	private ContractRules() {
	}

	/**
	 * What is wrong with an event, empty when nothing is.
	 * @param type the event's type
	 * @param data its data, already valid against the schema
	 * @param today the consumer's today
	 */
	public static List<String> problems(EventType type, Object data, LocalDate today) {
		List<String> problems = new ArrayList<>();
		LocalDate latest = today.plusDays(DAYS_OF_CLOCK_SKEW);
		if (data instanceof CaseState c) {
			notInFuture("receivedOn", c.receivedOn(), latest, problems);
			notInFuture("closedOn", c.closedOn(), latest, problems);
			notInFuture("courtRecognitionRequestedOn", c.courtRecognitionRequestedOn(), latest, problems);
			notInFuture("legalSupportGivenOn", c.legalSupportGivenOn(), latest, problems);
			if (c.receivedOn().isBefore(EARLIEST)) {
				problems.add("receivedOn " + c.receivedOn() + " is before " + EARLIEST);
			}
			notBefore("closedOn", c.closedOn(), "receivedOn", c.receivedOn(), problems);
			notBefore("courtRecognitionRequestedOn", c.courtRecognitionRequestedOn(), "closedOn", c.closedOn(), problems);
			notBefore("legalSupportGivenOn", c.legalSupportGivenOn(), "receivedOn", c.receivedOn(), problems);
			switch (type) {
				case CASE_RECEIVED -> agree(c.status() == CaseStatus.RECEIVED, type, "status RECEIVED", problems);
				case CASE_CLOSED -> agree(c.status().closed(), type, "a closed status", problems);
				case CASE_SENT_FOR_COURT_RECOGNITION -> agree(c.courtRecognitionRequestedOn() != null, type,
						"courtRecognitionRequestedOn", problems);
				case CASE_GIVEN_LEGAL_SUPPORT -> agree(c.legalSupportGivenOn() != null, type, "legalSupportGivenOn",
						problems);
				default -> problems.add(type.type() + " does not carry a case");
			}
		}
		else if (data instanceof CourseState course) {
			notBefore("endDate", course.endDate(), "startDate", course.startDate(), problems);
		}
		else if (data instanceof ParticipationState p) {
			if (!p.participationId().equals(p.courseId() + ":" + p.mediatorId())) {
				problems.add("participationId " + p.participationId() + " is not courseId:mediatorId");
			}
			notInFuture("completedOn", p.completedOn(), latest, problems);
			if (type == EventType.PARTICIPANT_COMPLETED) {
				agree("COMPLETED".equals(p.status()), type, "status COMPLETED", problems);
			}
		}
		else if (data instanceof TrainerState trainer) {
			notChangedInFuture(trainer.changedAt(), latest, problems);
			notInFuture("appointedOn", trainer.appointedOn(), latest, problems);
			notInFuture("retiredOn", trainer.retiredOn(), latest, problems);
			notInFuture("trainedOn", trainer.trainedOn(), latest, problems);
			notInFuture("materialsGivenOn", trainer.materialsGivenOn(), latest, problems);
			notBefore("retiredOn", trainer.retiredOn(), "appointedOn", trainer.appointedOn(), problems);
			agreeWithDate("active", trainer.active(), "retiredOn", trainer.retiredOn() == null, problems);
			agreeWithDate("trained", trainer.trained(), "trainedOn", trainer.trainedOn() != null, problems);
			agreeWithDate("materialsGiven", trainer.materialsGiven(), "materialsGivenOn",
					trainer.materialsGivenOn() != null, problems);
		}
		else if (data instanceof LegalSupportState support) {
			notChangedInFuture(support.changedAt(), latest, problems);
			notInFuture("assignedOn", support.assignedOn(), latest, problems);
			notInFuture("endedOn", support.endedOn(), latest, problems);
			notBefore("endedOn", support.endedOn(), "assignedOn", support.assignedOn(), problems);
			agreeWithDate("active", support.active(), "endedOn", support.endedOn() == null, problems);
		}
		else if (data instanceof PilotCommuneState pilot) {
			notChangedInFuture(pilot.changedAt(), latest, problems);
			notBefore("until", pilot.until(), "from", pilot.from(), problems);
		}
		else if (data instanceof TeamState team) {
			if (team.changedAt().isAfter(latest.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plus(java.time.Duration.ofDays(1)))) {
				problems.add("changedAt " + team.changedAt() + " is in the future");
			}
		}
		return problems;
	}

	private static void notInFuture(String field, java.time.@org.jspecify.annotations.Nullable LocalDate date,
			LocalDate latest, List<String> problems) {
		if (date != null && date.isAfter(latest)) {
			problems.add(field + " " + date + " is in the future");
		}
	}

	private static void notBefore(String field, java.time.@org.jspecify.annotations.Nullable LocalDate date,
			String otherField, java.time.@org.jspecify.annotations.Nullable LocalDate other, List<String> problems) {
		if (date != null && other != null && date.isBefore(other)) {
			problems.add(field + " " + date + " is before " + otherField + " " + other);
		}
	}

	private static void notChangedInFuture(java.time.Instant changedAt, LocalDate latest, List<String> problems) {
		if (changedAt.isAfter(latest.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())) {
			problems.add("changedAt " + changedAt + " is in the future");
		}
	}

	/** A flag that must say the same as a date's presence (active exactly while retiredOn is absent). */
	private static void agreeWithDate(String flag, boolean value, String dateField, boolean expected,
			List<String> problems) {
		if (value != expected) {
			problems.add(flag + " " + value + " disagrees with " + dateField);
		}
	}

	private static void agree(boolean agrees, EventType type, String what, List<String> problems) {
		if (!agrees) {
			problems.add(type.type() + " requires " + what);
		}
	}

}
