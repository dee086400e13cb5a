package vn.hoagiai.reporting.rollup;

import vn.hoagiai.contracts.units.UnitLevel;

/**
 * One unit's figures as the rollup publishes them on {@code reporting.rollup}, keyed by unit code.
 *
 * @param unitCode the unit
 * @param level its tier
 * @param figures its figures, whole: each record replaces the previous one for the unit
 */
public record RollupRecord(String unitCode, UnitLevel level, Figures figures) {
}
