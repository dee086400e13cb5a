package vn.hoagiai.reporting.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.UnitLevel;
import vn.hoagiai.reporting.rollup.Figures;
import vn.hoagiai.reporting.rollup.RollupDocument;
import vn.hoagiai.reporting.rollup.RollupQueries;

/**
 * An indicator for one unit (and period), beside its target: the answer the API gives.
 *
 * @param id the indicator
 * @param name what it is, in Vietnamese
 * @param measure the unit of the value, the target and the gap ({@code %}, {@code tổ}, ...)
 * @param unit the unit it is computed for
 * @param period the period of a periodic indicator asked for one ({@code 2026-Q3}); null: as things stand
 * @param numerator the numerator (a count: the count itself)
 * @param denominator the denominator, null for a count
 * @param value {@code numerator × scale / denominator} rounded to two decimals; for a count the count;
 * null when the denominator is zero (nothing to measure)
 * @param target the national target, null for a plain count
 * @param comparison whether the value must reach the target ({@code AT_LEAST}) or stay under it
 * @param gap value minus target, in the measure: negative when short of an "at least" target; null
 * without a value or a target
 * @param met whether the target is met; null without a value or a target
 * @param previous the same indicator for the period before (same kind), null without a period
 * @param asOf how fresh the figures are: the latest rollup record they come from, null when nothing
 * was ever counted
 */
public record IndicatorValue(String id, String name, String measure, UnitRef unit, @Nullable String period, long numerator,
		@Nullable Long denominator, @Nullable BigDecimal value, @Nullable BigDecimal target,
		IndicatorDefinition.@Nullable Comparison comparison, @Nullable BigDecimal gap, @Nullable Boolean met,
		@Nullable Trend previous, RollupDocument.@Nullable AsOf asOf) {

	/** Values are shown with two decimals. */
	static final int DECIMALS = 2;

	/**
	 * The same indicator for the period before.
	 *
	 * @param period e.g. {@code 2026-Q2} beside {@code 2026-Q3}
	 * @param numerator its numerator
	 * @param denominator its denominator, null for a count
	 * @param value its value, null without one
	 * @param change this period's value minus that one, null unless both have a value
	 */
	public record Trend(String period, long numerator, @Nullable Long denominator, @Nullable BigDecimal value,
			@Nullable BigDecimal change) {
	}

	/**
	 * A unit as the indicators name it.
	 *
	 * @param code official code
	 * @param name full name
	 * @param level tier
	 * @param parentCode the unit above
	 */
	public record UnitRef(String code, String name, UnitLevel level, @Nullable String parentCode) {

		public static UnitRef of(AdministrativeUnit unit) {
			return new UnitRef(unit.code(), unit.name(), unit.level(), unit.parentCode());
		}

	}

	/** The indicator computed from a unit's figures, with those of the period before when there is one. */
	static IndicatorValue compute(IndicatorDefinition indicator, AdministrativeUnit unit, @Nullable String period,
			RollupQueries.Stored current, @Nullable String previousPeriod, RollupQueries.@Nullable Stored previous) {
		long numerator = sum(indicator.numerator(), current.figures());
		Long denominator = indicator.isRatio() ? sum(indicator.denominator(), current.figures()) : null;
		BigDecimal value = value(indicator, numerator, denominator);
		IndicatorDefinition.Target target = indicator.target();
		BigDecimal gap = (value != null && target != null) ? value.subtract(target.value()).setScale(DECIMALS,
				RoundingMode.HALF_UP) : null;
		Boolean met = (value != null && target != null) ? target.metBy(value) : null;
		Trend trend = null;
		if (previousPeriod != null && previous != null) {
			long before = sum(indicator.numerator(), previous.figures());
			Long beforeDenominator = indicator.isRatio() ? sum(indicator.denominator(), previous.figures()) : null;
			BigDecimal beforeValue = value(indicator, before, beforeDenominator);
			trend = new Trend(previousPeriod, before, beforeDenominator, beforeValue,
					(value != null && beforeValue != null) ? value.subtract(beforeValue) : null);
		}
		return new IndicatorValue(indicator.id(), indicator.nameIn(unit.hierarchy()), indicator.measure(), UnitRef.of(unit), period,
				numerator, denominator, value, (target != null) ? target.value() : null,
				(target != null) ? target.comparison() : null, gap, met, trend, current.asOf());
	}

	private static @Nullable BigDecimal value(IndicatorDefinition indicator, long numerator, @Nullable Long denominator) {
		if (denominator == null) {
			return BigDecimal.valueOf(numerator);
		}
		if (denominator == 0) {
			return null;
		}
		BigDecimal scale = (indicator.scale() != null) ? indicator.scale() : BigDecimal.ONE;
		return BigDecimal.valueOf(numerator).multiply(scale).divide(BigDecimal.valueOf(denominator), DECIMALS,
				RoundingMode.HALF_UP);
	}

	private static long sum(java.util.List<String> names, Figures figures) {
		return names.stream().mapToLong(figures::get).sum();
	}

}
