package vn.hoagiai.training.course;

/** Where a mediator stands in a course. */
enum ParticipationStatus {

	/** Ghi danh: enrolled, criteria not met yet. */
	ENROLLED,

	/** Hoàn thành: attended the sessions the course's criteria require. */
	COMPLETED,

	/** The course was cancelled. */
	CANCELLED

}
