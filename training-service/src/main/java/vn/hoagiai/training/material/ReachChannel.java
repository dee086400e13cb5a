package vn.hoagiai.training.material;

/** How a mediator first reached a material. */
enum ReachChannel {

	/** Opened it through their personal reading link. */
	READING_LINK,

	/** Was handed it, printed or at a course, as an officer recorded (phát tài liệu). */
	HANDOUT

}
