package vn.hoagiai.contracts.units;

/** The tiers of the administrative hierarchy, from the top. */
public enum UnitLevel {

	/** Tỉnh, thành phố trực thuộc trung ương. */
	PROVINCE,

	/** Huyện, quận, thị xã, thành phố thuộc tỉnh (abolished on 2025-07-01). */
	DISTRICT,

	/** Xã, phường, thị trấn. */
	COMMUNE

}
