package vn.hoagiai.reporting.rollup;

import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.hoagiai.contracts.units.UnitLevel;

/**
 * A unit's case figures for one month as stored for queries, replaced whole by every record.
 *
 * @param id {@code <unit code>|<yyyy-MM>}
 * @param unitCode the unit
 * @param level its tier
 * @param month {@code 2026-09}
 * @param figures count by figure name
 * @param asOf how fresh the figures are (partition and offset of {@link RollupTopology#BY_MONTH_TOPIC})
 */
@Document("rollupsByMonth")
record MonthlyRollupDocument(@Id String id, String unitCode, UnitLevel level, String month, Map<String, Long> figures,
		RollupDocument.AsOf asOf) {
}
