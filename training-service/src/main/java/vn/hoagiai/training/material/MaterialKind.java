package vn.hoagiai.training.material;

/** What a material is (the plan's tasks 2c and 3c). */
enum MaterialKind {

	/** Tài liệu hướng dẫn nghiệp vụ, phương pháp. */
	METHODOLOGY_GUIDE,

	/** Bài giảng mẫu. */
	SAMPLE_LECTURE,

	/** Sổ tay kiến thức pháp luật. */
	LEGAL_HANDBOOK,

	/** Sổ tay kỹ năng hòa giải. */
	SKILLS_HANDBOOK,

	/** Tài liệu khác. */
	OTHER

}
