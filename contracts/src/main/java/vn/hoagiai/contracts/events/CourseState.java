package vn.hoagiai.contracts.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The whole current state of a training course (lớp tập huấn, bồi dưỡng).
 *
 * @param courseId the course's id, also the Kafka key
 * @param version increases by one with every change
 * @param organiserUnitCode official code of the unit that organises the course (province, district or commune)
 * @param title the course title
 * @param audience who the course is for
 * @param startDate first day
 * @param endDate last day
 * @param status planned, open, held or cancelled
 * @param changedAt when the change was recorded
 */
public record CourseState(String courseId, long version, String organiserUnitCode, String title, String audience,
		LocalDate startDate, LocalDate endDate, String status, Instant changedAt) {
}
