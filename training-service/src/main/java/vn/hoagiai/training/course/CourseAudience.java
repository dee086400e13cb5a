package vn.hoagiai.training.course;

/** Who a course is for (the plan's tasks 2b, 3b, 4 and 8). */
enum CourseAudience {

	/** Tập huấn viên cấp huyện. */
	DISTRICT_TRAINERS,

	/** Hòa giải viên ở cơ sở. */
	MEDIATORS,

	/** Lãnh đạo UBND cấp xã và công chức Tư pháp - Hộ tịch. */
	COMMUNE_LEADERS_AND_JUSTICE_OFFICIALS,

	/** Diễn đàn, giao lưu, trao đổi kinh nghiệm. */
	FORUM,

	/** Trao đổi kinh nghiệm quốc tế. */
	INTERNATIONAL_EXCHANGE

}
