package vn.hoagiai.training.course;

/** When a capacity assessment is taken. */
enum AssessmentPhase {

	/** Trước tập huấn: while the course is planned or open. */
	BEFORE,

	/** Sau tập huấn: while the course is open or once it is held. */
	AFTER

}
