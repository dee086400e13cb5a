package vn.hoagiai.training.course;

/** Where a course stands. */
enum CourseStatus {

	PLANNED, OPEN, HELD, CANCELLED

}
