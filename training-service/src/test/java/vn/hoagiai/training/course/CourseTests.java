package vn.hoagiai.training.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hoagiai.kit.outbox.PendingEvent;
import vn.hoagiai.kit.problem.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The course's own rules, without Spring. */
class CourseTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 20);

	static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

	static Course course(Integer capacity, Integer minimum) {
		return Course.plan(new Course.Plan("540", "Tập huấn", CourseAudience.MEDIATORS, DAY, DAY.plusDays(2), null, null,
				List.of(), List.of(), capacity, minimum,
				List.of(new Course.NewSession(DAY, "1"), new Course.NewSession(DAY.plusDays(1), "2"),
						new Course.NewSession(DAY.plusDays(2), "3"))),
				NOW);
	}

	@Test
	void aCourseMovesOnlyForward() {
		Course course = course(null, null);

		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> course.moveTo(CourseStatus.HELD, DAY, NOW));
		course.moveTo(CourseStatus.OPEN, DAY, NOW);
		assertThatExceptionOfType(InvalidRequestException.class)
			.as("a course with a session still to come is not held")
			.isThrownBy(() -> course.moveTo(CourseStatus.HELD, DAY, NOW));
		course.moveTo(CourseStatus.HELD, DAY.plusDays(2), NOW);
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> course.moveTo(CourseStatus.CANCELLED, DAY, NOW));
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> course.moveTo(CourseStatus.PLANNED, DAY, NOW));
	}

	@Test
	void aCancelledCourseStaysCancelled() {
		Course course = course(null, null);
		course.moveTo(CourseStatus.CANCELLED, DAY, NOW);

		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> course.moveTo(CourseStatus.OPEN, DAY, NOW));
	}

	@Test
	void withoutAMinimumEverySessionIsRequired() {
		Course course = course(null, null);
		course.moveTo(CourseStatus.OPEN, DAY, NOW);
		course.enrol("m-1", "21550", NOW);

		course.record(List.of(new Course.Mark("s1", "m-1"), new Course.Mark("s2", "m-1")), AttendanceMethod.MANUAL, "t",
				DAY.plusDays(2), NOW);
		assertThat(course.enrolment("m-1").orElseThrow().status()).isEqualTo(ParticipationStatus.ENROLLED);

		course.record(List.of(new Course.Mark("s3", "m-1")), AttendanceMethod.MANUAL, "t", DAY.plusDays(2), NOW);
		assertThat(course.enrolment("m-1").orElseThrow().status()).isEqualTo(ParticipationStatus.COMPLETED);
		assertThat(course.enrolment("m-1").orElseThrow().completedOn()).isEqualTo(DAY.plusDays(2));
		assertThat(course.enrolment("m-1").orElseThrow().certificateCode()).as("no certificate before the course is held")
			.isNull();
	}

	@Test
	void theSameMarkTwiceInOneListIsRecordedOnceWithOneEvent() {
		Course course = course(null, 2);
		course.moveTo(CourseStatus.OPEN, DAY, NOW);
		course.enrol("m-1", "21550", NOW);
		int before = course.pendingEvents().size();

		Course.Recorded recorded = course.record(List.of(new Course.Mark("s1", "m-1"), new Course.Mark("s1", "m-1")),
				AttendanceMethod.MANUAL, "t", DAY, NOW);

		assertThat(recorded).isEqualTo(new Course.Recorded(1, 1));
		assertThat(course.attendance()).hasSize(1);
		List<PendingEvent> events = course.pendingEvents().subList(before, course.pendingEvents().size());
		assertThat(events).extracting(PendingEvent::type).containsExactly("vn.hoagiai.training.participant.attended.v1");
	}

	@Test
	void holdingTheCourseIssuesACertificateToEveryoneWhoCompleted() {
		Course course = course(null, 1);
		course.moveTo(CourseStatus.OPEN, DAY, NOW);
		course.enrol("m-1", "21550", NOW);
		course.enrol("m-2", "21550", NOW);
		course.record(List.of(new Course.Mark("s1", "m-1")), AttendanceMethod.MANUAL, "t", DAY, NOW);

		course.moveTo(CourseStatus.HELD, DAY.plusDays(2), NOW);

		assertThat(course.enrolment("m-1").orElseThrow().certificateCode()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(course.enrolment("m-2").orElseThrow().certificateCode()).isNull();
	}

	@Test
	void aFullCourseTakesNoOneMore() {
		Course course = course(1, null);
		course.enrol("m-1", "21550", NOW);

		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> course.enrol("m-2", "21550", NOW))
			.satisfies((ex) -> assertThat(ex.problems().get(0).message()).isEqualTo("Lớp đã đủ 1 học viên, không thể ghi danh thêm"));
		assertThat(course.enrol("m-1", "21550", NOW)).as("enrolling again is no change").isFalse();
	}

	@Test
	void everyWriteIsOneVersionWhateverItChanged() {
		Course course = course(null, null);
		long planned = course.version();
		course.moveTo(CourseStatus.OPEN, DAY, NOW);
		course.enrol("m-1", "21550", NOW);
		course.enrol("m-2", "21550", NOW);

		assertThat(course.version()).isEqualTo(planned + 1);
		assertThat(course.state().version()).as("the course's own events count course changes only").isEqualTo(2);
	}

}
