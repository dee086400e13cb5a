package vn.hoagiai.registry.people;

import vn.hoagiai.contracts.units.UnitLevel;

/** The level of a trainer: the province's own, or a district's. */
enum TrainerLevel {

	/** Tập huấn viên cấp tỉnh: managed by the Department of Justice, belongs to the province. */
	PROVINCIAL("Tập huấn viên cấp tỉnh", UnitLevel.PROVINCE),

	/** Tập huấn viên cấp huyện: managed by the district, belongs to a district. */
	DISTRICT("Tập huấn viên cấp huyện", UnitLevel.DISTRICT);

	private final String label;

	private final UnitLevel unitLevel;

	TrainerLevel(String label, UnitLevel unitLevel) {
		this.label = label;
		this.unitLevel = unitLevel;
	}

	String label() {
		return this.label;
	}

	/** The level of the unit a trainer of this level belongs to. */
	UnitLevel unitLevel() {
		return this.unitLevel;
	}

}
