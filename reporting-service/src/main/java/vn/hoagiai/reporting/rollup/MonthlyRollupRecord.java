package vn.hoagiai.reporting.rollup;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.contracts.units.UnitLevel;

/**
 * One unit's case figures for one month, as the rollup publishes them on
 * {@link RollupTopology#BY_MONTH_TOPIC}, keyed {@code <unit code>|<yyyy-MM>}.
 *
 * @param unitCode the unit
 * @param level its tier
 * @param month the month, {@code 2026-09}
 * @param figures the figures of the cases received in that month, as they stand now; whole
 */
public record MonthlyRollupRecord(String unitCode, UnitLevel level, String month, Figures figures) {

	static final char SEPARATOR = '|';

	static String key(String unitCode, String month) {
		return unitCode + SEPARATOR + month;
	}

	static MonthlyRollupRecord of(String key, AdministrativeUnits units, Figures figures) {
		int at = key.indexOf(SEPARATOR);
		String unit = key.substring(0, at);
		return new MonthlyRollupRecord(unit,
				units.find(unit).map(AdministrativeUnit::level).orElse(UnitLevel.COMMUNE), key.substring(at + 1),
				figures);
	}

}
