package vn.hoagiai.contracts.events;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The whole current state of a trainer (tập huấn viên, báo cáo viên) of the province or a district,
 * carried by every trainer event: enough to count trainers by unit, level and source against the
 * Decision 315 targets (1 district trainer per 80 teams, 1 provincial trainer per 100 teams, 100%
 * trained and given materials). No names or contact details.
 *
 * @param trainerId the trainer's id, also the Kafka key
 * @param version increases by one with every change
 * @param unitCode official code of the province (provincial trainers) or district (district trainers)
 * @param level PROVINCIAL or DISTRICT
 * @param source where the trainer comes from: JUDGE, PROSECUTOR, PEOPLES_ASSESSOR, JURIST, LAWYER,
 * POLICE, BORDER_GUARD, LEGAL_OFFICIAL, FORMER_JUDGE_PROSECUTOR_INVESTIGATOR or OTHER
 * @param gender gender
 * @param active false once the trainer retired
 * @param trained whether the trainer has been trained
 * @param materialsGiven whether the trainer has been given the material set
 * @param appointedOn date of the appointment decision
 * @param retiredOn date the trainer stopped, null while active
 * @param trainedOn date the trainer was trained, null if not yet
 * @param materialsGivenOn date the material set was given, null if not yet
 * @param changedAt when the change was recorded
 */
public record TrainerState(String trainerId, long version, String unitCode, String level, String source,
		Gender gender, boolean active, boolean trained, boolean materialsGiven, LocalDate appointedOn,
		@Nullable LocalDate retiredOn, @Nullable LocalDate trainedOn, @Nullable LocalDate materialsGivenOn,
		Instant changedAt) {
}
