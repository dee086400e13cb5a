package vn.hoagiai.training.material;

/** Who a material is written for. */
enum MaterialAudience {

	/** Tập huấn viên. */
	TRAINERS,

	/** Hòa giải viên ở cơ sở. */
	MEDIATORS,

	/** Lãnh đạo UBND cấp xã và công chức Tư pháp - Hộ tịch. */
	COMMUNE_LEADERS_AND_JUSTICE_OFFICIALS,

	/** Mọi đối tượng. */
	EVERYONE

}
