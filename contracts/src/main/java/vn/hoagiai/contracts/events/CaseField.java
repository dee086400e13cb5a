package vn.hoagiai.contracts.events;

/** The field a mediation case belongs to (lĩnh vực). */
public enum CaseField {

	/** Đất đai. */
	LAND,

	/** Hôn nhân và gia đình. */
	MARRIAGE_AND_FAMILY,

	/** Mâu thuẫn, tranh chấp giữa hàng xóm, láng giềng. */
	NEIGHBOURS,

	/** Tranh chấp dân sự khác (tài sản, hợp đồng, ...). */
	CIVIL,

	/** Vi phạm pháp luật chưa đến mức xử lý hành chính, hình sự. */
	MINOR_OFFENCE,

	/** Lĩnh vực khác. */
	OTHER

}
