package vn.hoagiai.reporting.indicator;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hoagiai.contracts.units.UnitLevel;

/**
 * One indicator (chỉ tiêu) as {@code indicators.json} defines it: figures of the rollup summed into a
 * numerator and, for a ratio, a denominator; the value is {@code numerator × scale / denominator}
 * (a percentage with scale 100, trainers per 80 teams with scale 80), a plain count without one.
 *
 * @param id the indicator's name in the API, e.g. {@code caseSuccessRate}
 * @param name what it is, in Vietnamese
 * @param basis the target's legal source and how it is counted, in Vietnamese
 * @param numerator figures summed into the numerator
 * @param denominator figures summed into the denominator; empty for a count
 * @param scale what the ratio is multiplied by (100 for a percentage); null for a count
 * @param measure the unit the value and the gap are in, e.g. {@code %}, {@code tổ}
 * @param target the national target, null for a plain count
 * @param periodic whether it can be asked for a year, quarter or month (case and communication figures only)
 * @param levels the tiers it is computed for
 * @param twoTier how a target written for the three-tier hierarchy reads in the two-tier hierarchy of
 * 2025-07-01 (a district-level target), null when it reads the same
 */
record IndicatorDefinition(String id, String name, @Nullable String basis, List<String> numerator,
		@Nullable List<String> denominator, @Nullable BigDecimal scale, String measure, @Nullable Target target,
		boolean periodic, List<UnitLevel> levels, @Nullable TwoTier twoTier) {

	/**
	 * The reinterpretation of an indicator for the units of the two-tier hierarchy.
	 *
	 * @param name its name there
	 * @param basis why and how it is counted there, in Vietnamese
	 */
	record TwoTier(String name, String basis) {
	}

	/** The name the indicator has for a unit of the given version of the hierarchy. */
	String nameIn(String hierarchy) {
		return (this.twoTier != null && vn.hoagiai.contracts.units.AdministrativeUnits.TWO_TIER_VERSION.equals(hierarchy))
				? this.twoTier.name() : this.name;
	}

	IndicatorDefinition {
		numerator = List.copyOf(numerator);
		denominator = (denominator != null) ? List.copyOf(denominator) : List.of();
		levels = List.copyOf(levels);
	}

	boolean isRatio() {
		return !this.denominator.isEmpty();
	}

	boolean appliesTo(UnitLevel level) {
		return this.levels.contains(level);
	}

	/**
	 * A national target.
	 *
	 * @param comparison whether the value must reach it or stay under it
	 * @param value the target, in the indicator's measure
	 */
	record Target(Comparison comparison, BigDecimal value) {

		boolean metBy(BigDecimal actual) {
			int order = actual.compareTo(this.value);
			return (this.comparison == Comparison.AT_LEAST) ? order >= 0 : order <= 0;
		}

	}

	/** How a value is held against its target. */
	public enum Comparison {

		/** Tối thiểu: the value must reach the target. */
		AT_LEAST("Tối thiểu"),

		/** Tối đa: the value must not exceed the target. */
		AT_MOST("Tối đa");

		private final String label;

		Comparison(String label) {
			this.label = label;
		}

		/** In Vietnamese, for exports. */
		public String label() {
			return this.label;
		}

	}

}
