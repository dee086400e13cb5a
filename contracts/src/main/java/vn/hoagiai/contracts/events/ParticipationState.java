package vn.hoagiai.contracts.events;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The whole current state of one mediator's participation in one training course: enrolled, how many
 * sessions attended, completed or not. Enough for the rollup to count trained mediators per unit and
 * audience; no names, birth years or contact details.
 *
 * @param participationId {@code <courseId>:<mediatorId>}, also the Kafka key
 * @param version increases by one with every change of the participation
 * @param courseId the course
 * @param mediatorId the registry's id of the mediator
 * @param communeCode official code of the commune of the mediator's team when enrolled (the unit the
 * participation counts for)
 * @param organiserUnitCode official code of the unit that organises the course
 * @param audience the course's audience (as in CourseState)
 * @param status ENROLLED, COMPLETED (the course's criteria are met) or CANCELLED (the course was cancelled)
 * @param sessionsAttended distinct sessions of the course the mediator attended
 * @param sessionsRequired sessions the course's completion criteria require
 * @param completedOn the day the criteria were met, present when COMPLETED
 * @param changedAt when the change was recorded
 */
public record ParticipationState(String participationId, long version, String courseId, String mediatorId,
		String communeCode, String organiserUnitCode, String audience, String status, int sessionsAttended,
		int sessionsRequired, @Nullable LocalDate completedOn, Instant changedAt) {
}
