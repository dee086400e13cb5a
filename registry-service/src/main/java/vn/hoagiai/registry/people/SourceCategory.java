package vn.hoagiai.registry.people;

/**
 * Where a trainer or a legal supporter comes from (task 2a and task 7 of the plan), with the words of
 * the plan.
 */
enum SourceCategory {

	JUDGE("Thẩm phán"),

	PROSECUTOR("Kiểm sát viên"),

	PEOPLES_ASSESSOR("Hội thẩm nhân dân"),

	JURIST("Luật gia"),

	LAWYER("Luật sư"),

	POLICE("Công an nhân dân"),

	BORDER_GUARD("Bộ đội Biên phòng"),

	LEGAL_OFFICIAL("Cán bộ, công chức, viên chức công tác trong lĩnh vực pháp luật"),

	FORMER_JUDGE_PROSECUTOR_INVESTIGATOR("Người đã từng là Thẩm phán, Kiểm sát viên, Điều tra viên"),

	OTHER("Khác");

	private final String label;

	SourceCategory(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

}
