package vn.hoagiai.registry.unit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.hoagiai.contracts.units.UnitLevel;

/**
 * An administrative unit in one version of the hierarchy (đơn vị hành chính).
 *
 * @param id the hierarchy version and the code, e.g. {@code 2025-03-01:21550}: the same code may name
 * another unit in a later version
 * @param code the official code
 * @param name the full name, e.g. "Phường Nhơn Bình"
 * @param type the kind of unit, e.g. "Phường"
 * @param level the tier
 * @param parentCode the code of the unit above, null for a province
 * @param hierarchyVersion the version of the hierarchy this unit belongs to
 * @param validUntil the first day the unit is no longer in force, null while it is
 * @param searchName the name folded for search without diacritics
 */
@Document("units")
record UnitDocument(@Id String id, String code, String name, String type, UnitLevel level,
		@Nullable String parentCode, String hierarchyVersion, @Nullable LocalDate validUntil, String searchName) {

	static String idOf(String hierarchyVersion, String code) {
		return hierarchyVersion + ":" + code;
	}

}
