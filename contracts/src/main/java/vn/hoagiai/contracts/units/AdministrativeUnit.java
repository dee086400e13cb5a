package vn.hoagiai.contracts.units;

import org.jspecify.annotations.Nullable;

/**
 * One official administrative unit in one version of the hierarchy.
 *
 * @param code the unit's id: the official code (2 digits for a province, 3 for a district, 5 for a
 * commune) in the three-tier hierarchy of 2025-03-01, and the official code with the version for a unit
 * of a later hierarchy ({@code 21553@2025-07-01}), because the reorganisation gave some old codes to
 * other units (21553 was Phường Nhơn Phú, it is now Phường Quy Nhơn Bắc)
 * @param name the full name with its type, e.g. "Phường Nhơn Bình"
 * @param type the kind of unit in Vietnamese, e.g. "Phường", "Huyện", "Tỉnh"
 * @param level the tier
 * @param parentCode the id of the unit above, null for a province
 */
public record AdministrativeUnit(String code, String name, String type, UnitLevel level, @Nullable String parentCode) {

	/** The official code, without the hierarchy version. */
	public String officialCode() {
		return AdministrativeUnits.officialCode(this.code);
	}

	/** The version of the hierarchy the unit belongs to. */
	public String hierarchy() {
		return AdministrativeUnits.hierarchyOf(this.code);
	}

}
