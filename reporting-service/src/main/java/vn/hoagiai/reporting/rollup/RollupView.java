package vn.hoagiai.reporting.rollup;

import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.UnitLevel;

/**
 * A unit's figures as the API shows them.
 *
 * @param unit the unit
 * @param figures count by figure name; every known figure is present, zero when nothing counts
 * @param asOf how fresh the figures are, null when nothing was ever counted for the unit
 */
record RollupView(UnitRef unit, Map<String, Long> figures, RollupDocument.@Nullable AsOf asOf) {

	static RollupView of(AdministrativeUnit unit, @Nullable RollupDocument document) {
		Map<String, Long> figures = new TreeMap<>();
		Figures.ALL.forEach((name) -> figures.put(name, 0L));
		if (document != null) {
			figures.putAll(document.figures());
		}
		return new RollupView(UnitRef.of(unit), figures, (document != null) ? document.asOf() : null);
	}

	/**
	 * @param code official code
	 * @param name full name
	 * @param level tier
	 * @param parentCode the unit above
	 */
	record UnitRef(String code, String name, UnitLevel level, @Nullable String parentCode) {

		static UnitRef of(AdministrativeUnit unit) {
			return new UnitRef(unit.code(), unit.name(), unit.level(), unit.parentCode());
		}

	}

	/**
	 * One change on the feed.
	 *
	 * @param unitCode the unit whose figures changed
	 * @param figures its new figures
	 * @param asOf how fresh
	 */
	record Change(String unitCode, Map<String, Long> figures, RollupDocument.AsOf asOf) {

		static Change of(RollupDocument document) {
			return new Change(document.unitCode(), document.figures(), document.asOf());
		}

	}

}
