package vn.hoagiai.contracts.units;

import org.jspecify.annotations.Nullable;

/**
 * One official administrative unit in one version of the hierarchy.
 *
 * @param code the official code (2 digits for a province, 3 for a district, 5 for a commune)
 * @param name the full name with its type, e.g. "Phường Nhơn Bình"
 * @param type the kind of unit in Vietnamese, e.g. "Phường", "Huyện", "Tỉnh"
 * @param level the tier
 * @param parentCode the code of the unit above, null for a province
 */
public record AdministrativeUnit(String code, String name, String type, UnitLevel level, @Nullable String parentCode) {
}
