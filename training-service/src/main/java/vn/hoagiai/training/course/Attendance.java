package vn.hoagiai.training.course;

import java.time.Instant;

/**
 * A mediator's presence at one session (điểm danh). A course holds at most one per session and
 * mediator: recording it again merges into the first.
 *
 * @param sessionId the session
 * @param mediatorId the mediator
 * @param method how it was taken
 * @param recordedAt when
 * @param recordedBy who (the token's subject), or {@code qr} for a phone check-in
 */
record Attendance(String sessionId, String mediatorId, AttendanceMethod method, Instant recordedAt,
		String recordedBy) {
}
