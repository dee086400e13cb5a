package vn.hoagiai.reporting.indicator;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.reporting.period.ReportingPeriod;
import vn.hoagiai.reporting.rollup.RollupDocument;
import vn.hoagiai.reporting.rollup.RollupQueries;
import vn.hoagiai.reporting.web.Problems;

/**
 * Computes the indicators of units from the stored rollup: figures as they stand for the indicators
 * of things (teams, mediators), figures by month summed over the period asked for the indicators of
 * cases, beside the period before.
 */
@Component
public class Indicators {

	private final IndicatorCatalogue catalogue;

	private final AdministrativeUnits units;

	private final RollupQueries rollups;

	Indicators(IndicatorCatalogue catalogue, AdministrativeUnits units, RollupQueries rollups) {
		this.catalogue = catalogue;
		this.units = units;
		this.rollups = rollups;
	}

	/**
	 * Every indicator of a unit.
	 *
	 * @param unit the unit
	 * @param period the period asked for, null for figures as they stand
	 * @param asOf the freshest of the figures used
	 * @param indicators the indicators that apply to the unit's level, in the order they are defined
	 */
	public record UnitIndicators(IndicatorValue.UnitRef unit, @Nullable String period, RollupDocument.@Nullable AsOf asOf,
			List<IndicatorValue> indicators) {
	}

	/**
	 * One indicator of a unit and of each unit below it.
	 *
	 * @param indicator the indicator's id
	 * @param period the period asked for, null for figures as they stand
	 * @param asOf the freshest of the figures used
	 * @param parent the indicator for the unit itself
	 * @param children the indicator for each unit directly below, in the official order
	 */
	record DrillDown(String indicator, @Nullable String period, RollupDocument.@Nullable AsOf asOf,
			IndicatorValue parent, List<IndicatorValue> children) {
	}

	public UnitIndicators of(String unitCode, @Nullable String periodText) {
		AdministrativeUnit unit = unit(unitCode);
		ReportingPeriod period = period(periodText);
		List<IndicatorDefinition> applicable = this.catalogue.all()
			.stream()
			.filter((indicator) -> indicator.appliesTo(unit.level()))
			.toList();
		FiguresRead figures = figures(List.of(unit), period);
		List<IndicatorValue> values = applicable.stream().map((indicator) -> figures.value(indicator, unit)).toList();
		return new UnitIndicators(IndicatorValue.UnitRef.of(unit), (period != null) ? period.toString() : null,
				latest(values), values);
	}

	DrillDown children(String unitCode, String indicatorId, @Nullable String periodText) {
		AdministrativeUnit unit = unit(unitCode);
		IndicatorDefinition indicator = this.catalogue.find(indicatorId)
			.orElseThrow(() -> Problems.notFound("indicator", "Không có chỉ tiêu " + indicatorId + "."));
		ReportingPeriod period = period(periodText);
		if (!indicator.appliesTo(unit.level())) {
			throw Problems.badRequest("indicator", "Chỉ tiêu " + indicatorId + " không tính cho " + levelName(unit) + ".");
		}
		List<AdministrativeUnit> children = this.units.children(unit.code())
			.stream()
			.filter((child) -> indicator.appliesTo(child.level()))
			.sorted(Comparator.comparing(AdministrativeUnit::code))
			.toList();
		List<AdministrativeUnit> all = new java.util.ArrayList<>(children);
		all.add(unit);
		FiguresRead figures = figures(all, period);
		IndicatorValue parent = figures.value(indicator, unit);
		List<IndicatorValue> values = children.stream().map((child) -> figures.value(indicator, child)).toList();
		List<IndicatorValue> everything = new java.util.ArrayList<>(values);
		everything.add(parent);
		return new DrillDown(indicator.id(), (period != null && indicator.periodic()) ? period.toString() : null,
				latest(everything), parent, values);
	}

	List<IndicatorDefinition> definitions() {
		return this.catalogue.all();
	}

	private FiguresRead figures(List<AdministrativeUnit> units, @Nullable ReportingPeriod period) {
		List<String> codes = units.stream().map(AdministrativeUnit::code).toList();
		Map<String, RollupQueries.Stored> current = this.rollups.current(codes);
		if (period == null) {
			return new FiguresRead(null, current, null, null);
		}
		return new FiguresRead(period, current, this.rollups.overMonths(codes, period.months()),
				this.rollups.overMonths(codes, period.previous().months()));
	}

	/** The figures read for a set of units, and which ones an indicator takes. */
	private record FiguresRead(@Nullable ReportingPeriod period, Map<String, RollupQueries.Stored> current,
			@Nullable Map<String, RollupQueries.Stored> inPeriod, @Nullable Map<String, RollupQueries.Stored> before) {

		IndicatorValue value(IndicatorDefinition indicator, AdministrativeUnit unit) {
			if (indicator.periodic() && this.period != null) {
				return IndicatorValue.compute(indicator, unit, this.period.toString(),
						Objects.requireNonNull(this.inPeriod).get(unit.code()), this.period.previous().toString(),
						Objects.requireNonNull(this.before).get(unit.code()));
			}
			return IndicatorValue.compute(indicator, unit, null, this.current.get(unit.code()), null, null);
		}

	}

	private static RollupDocument.@Nullable AsOf latest(List<IndicatorValue> values) {
		return values.stream()
			.map(IndicatorValue::asOf)
			.filter(Objects::nonNull)
			.max(Comparator.comparing(RollupDocument.AsOf::eventTime))
			.orElse(null);
	}

	private AdministrativeUnit unit(String code) {
		return this.units.find(code)
			.orElseThrow(() -> Problems.notFound("unit", "Không tìm thấy đơn vị hành chính có mã " + code + "."));
	}

	private static @Nullable ReportingPeriod period(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : ReportingPeriod.parse(text, "period");
	}

	private static String levelName(AdministrativeUnit unit) {
		return switch (unit.level()) {
			case PROVINCE -> "cấp tỉnh";
			case DISTRICT -> "cấp huyện";
			case COMMUNE -> "cấp xã";
		};
	}

}
