package vn.hoagiai.training.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.hoagiai.contracts.events.CourseState;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.kit.outbox.RecordsEvents;

/** A training course (lớp tập huấn, bồi dưỡng) organised by a unit for one audience. */
@Document("courses")
class Course extends RecordsEvents {

	@Id
	private final String id;

	private final String organiserUnitCode;

	private final String title;

	private final CourseAudience audience;

	private final LocalDate startDate;

	private final LocalDate endDate;

	private CourseStatus status;

	private long version;

	private Instant changedAt;


	@PersistenceCreator
	Course(String id, String organiserUnitCode, String title, CourseAudience audience, LocalDate startDate,
			LocalDate endDate, CourseStatus status, long version, Instant changedAt) {
		this.id = id;
		this.organiserUnitCode = organiserUnitCode;
		this.title = title;
		this.audience = audience;
		this.startDate = startDate;
		this.endDate = endDate;
		this.status = status;
		this.version = version;
		this.changedAt = changedAt;
	}

	static Course plan(String organiserUnitCode, String title, CourseAudience audience, LocalDate startDate,
			LocalDate endDate, Instant now) {
		Course course = new Course(UUID.randomUUID().toString(), organiserUnitCode, title, audience, startDate, endDate,
				CourseStatus.PLANNED, 1, now);
		course.record(EventType.COURSE_SCHEDULED);
		return course;
	}

	CourseState state() {
		return new CourseState(this.id, this.version, this.organiserUnitCode, this.title, this.audience.name(),
				this.startDate, this.endDate, this.status.name(), this.changedAt);
	}


	String id() {
		return this.id;
	}

	Instant changedAt() {
		return this.changedAt;
	}

	CourseView view() {
		return new CourseView(this.id, this.organiserUnitCode, this.title, this.audience, this.startDate, this.endDate,
				this.status, this.version);
	}

	/**
	 * A course as the API shows it.
	 *
	 * @param id id
	 * @param organiserUnitCode organising unit
	 * @param title title
	 * @param audience audience
	 * @param startDate first day
	 * @param endDate last day
	 * @param status status
	 * @param version version
	 */
	record CourseView(String id, String organiserUnitCode, String title, CourseAudience audience, LocalDate startDate,
			LocalDate endDate, CourseStatus status, long version) {
	}

}
