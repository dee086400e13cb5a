package vn.hoagiai.reporting.rollup;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.hoagiai.contracts.units.UnitLevel;

/**
 * A unit's figures as stored for queries, replaced whole by every rollup record.
 *
 * @param unitCode the unit
 * @param level its tier
 * @param figures count by figure name
 * @param asOf how fresh the figures are
 */
@Document("rollups")
public record RollupDocument(@Id String unitCode, UnitLevel level, Map<String, Long> figures, AsOf asOf) {

	/**
	 * Freshness: when the last event that changed these figures happened, and where the figures stand
	 * in the rollup topic.
	 *
	 * @param eventTime time of the latest event counted
	 * @param appliedAt when the figures were stored
	 * @param partition partition of {@code reporting.rollup}
	 * @param offset offset in that partition
	 */
	public record AsOf(Instant eventTime, Instant appliedAt, int partition, long offset) {
	}

}
