package vn.hoagiai.training.course;

/** Where a course stands: PLANNED → OPEN → HELD, or PLANNED/OPEN → CANCELLED. */
enum CourseStatus {

	PLANNED("Đã lên kế hoạch"), OPEN("Đang mở"), HELD("Đã tổ chức"), CANCELLED("Đã hủy");

	private final String label;

	CourseStatus(String label) {
		this.label = label;
	}

	/** The status in Vietnamese, for messages. */
	String label() {
		return this.label;
	}

}
