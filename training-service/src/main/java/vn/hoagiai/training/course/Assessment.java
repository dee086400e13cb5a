package vn.hoagiai.training.course;

import java.time.Instant;

/**
 * A mediator's score in the capacity assessment (khảo sát, đánh giá năng lực) before or after the
 * course. One per mediator and phase: a new score for the same phase replaces the old one (a
 * correction).
 *
 * @param mediatorId the mediator
 * @param phase before or after the training
 * @param score 0 to 100
 * @param recordedAt when
 * @param recordedBy who (the token's subject)
 */
record Assessment(String mediatorId, AssessmentPhase phase, int score, Instant recordedAt, String recordedBy) {
}
