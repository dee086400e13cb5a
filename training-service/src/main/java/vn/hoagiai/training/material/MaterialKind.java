package vn.hoagiai.training.material;

/** What a material is (the plan's tasks 2c, 3c and 6b). */
enum MaterialKind {

	/** Tài liệu hướng dẫn nghiệp vụ, phương pháp. */
	METHODOLOGY_GUIDE,

	/** Bài giảng mẫu. */
	SAMPLE_LECTURE,

	/** Sổ tay kiến thức pháp luật. */
	LEGAL_HANDBOOK,

	/** Sổ tay kỹ năng hòa giải. */
	SKILLS_HANDBOOK,

	/** Video (phóng sự, bài giảng quay sẵn), held as an https link only: it has no file. */
	VIDEO,

	/** Tài liệu khác. */
	OTHER

}
