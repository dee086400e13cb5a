package vn.hoagiai.training.course;

/** How an attendance was taken. */
enum AttendanceMethod {

	/** Entered by hand by the organiser or trainer. */
	MANUAL,

	/** The mediator's phone posted the session's signed QR token. */
	QR_CODE,

	/** Imported from a sign-in sheet (CSV or Excel). */
	SIGN_IN_SHEET

}
