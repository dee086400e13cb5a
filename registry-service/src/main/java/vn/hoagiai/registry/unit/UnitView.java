package vn.hoagiai.registry.unit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.hoagiai.contracts.units.UnitLevel;

/**
 * An administrative unit as the API shows it.
 *
 * @param code official code
 * @param name full name
 * @param type kind of unit
 * @param level tier
 * @param parentCode the unit above
 * @param hierarchyVersion the version of the hierarchy
 * @param validUntil first day it is no longer in force
 */
public record UnitView(String code, String name, String type, UnitLevel level, @Nullable String parentCode,
		String hierarchyVersion, @Nullable LocalDate validUntil) {

	static UnitView of(UnitDocument document) {
		return new UnitView(document.code(), document.name(), document.type(), document.level(),
				document.parentCode(), document.hierarchyVersion(), document.validUntil());
	}

}
