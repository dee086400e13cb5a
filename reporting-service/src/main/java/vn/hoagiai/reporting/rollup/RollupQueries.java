package vn.hoagiai.reporting.rollup;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.contracts.units.UnitLevel;

/** The stored figures of units, as they stand or summed over months, for the features that read them. */
@Component
public class RollupQueries {

	private final MongoTemplate mongo;

	private final RollupGenerations generations;

	private final AdministrativeUnits units;

	RollupQueries(MongoTemplate mongo, RollupGenerations generations, AdministrativeUnits units) {
		this.mongo = mongo;
		this.generations = generations;
		this.units = units;
	}

	/**
	 * A unit's figures with their freshness.
	 *
	 * @param figures the figures, none when nothing was counted
	 * @param asOf how fresh: the latest stored record they come from, null when nothing was counted
	 */
	public record Stored(Figures figures, RollupDocument.@Nullable AsOf asOf) {

		static final Stored NOTHING = new Stored(Figures.none(), null);

		/** The sum of both, as fresh as the fresher. */
		Stored plus(Stored other) {
			RollupDocument.AsOf fresher = (this.asOf == null || (other.asOf != null
					&& other.asOf.eventTime().isAfter(this.asOf.eventTime()))) ? other.asOf : this.asOf;
			return new Stored(this.figures.plus(other.figures), fresher);
		}

	}

	/**
	 * The figures of each unit as they stand now (every unit asked for is in the answer). A unit of the
	 * two-tier hierarchy has its own figures and those recorded before the reorganisation against the
	 * old units it was formed from, recast ({@link #recast}).
	 */
	public Map<String, Stored> current(Collection<String> unitCodes) {
		return recast(unitCodes, (ids) -> {
			Map<String, Stored> stored = new HashMap<>();
			this.mongo.find(Query.query(Criteria.where("_id").in(ids)), RollupDocument.class,
					this.generations.currentRollups())
				.forEach((document) -> stored.put(document.unitCode(),
						new Stored(Figures.of(document.figures()), document.asOf())));
			return stored;
		});
	}

	/** One unit's figures as they stand now (recast like {@link #current}), null when nothing was counted. */
	@Nullable RollupDocument document(String unitCode) {
		return documents(List.of(unitCode)).get(unitCode);
	}

	/** The figures of units as they stand now (recast like {@link #current}), by unit; units never counted are absent. */
	Map<String, RollupDocument> documents(Collection<String> unitCodes) {
		Map<String, RollupDocument> found = new HashMap<>();
		current(unitCodes).forEach((code, stored) -> {
			if (stored.asOf() != null) {
				found.put(code, new RollupDocument(code,
						this.units.find(code).map(AdministrativeUnit::level).orElse(UnitLevel.COMMUNE),
						stored.figures().counts(), stored.asOf()));
			}
		});
		return found;
	}

	/**
	 * The case figures of each unit summed over the months (every unit asked for is in the answer),
	 * recast like {@link #current}.
	 */
	public Map<String, Stored> overMonths(Collection<String> unitCodes, List<YearMonth> months) {
		return recast(unitCodes, (ids) -> {
			Map<String, Stored> result = new HashMap<>();
			List<String> keys = ids.stream()
				.flatMap((unit) -> months.stream().map((month) -> MonthlyRollupRecord.key(unit, month.toString())))
				.toList();
			for (MonthlyRollupDocument document : this.mongo.find(Query.query(Criteria.where("_id").in(keys)),
					MonthlyRollupDocument.class, this.generations.currentRollupsByMonth())) {
				result.merge(document.unitCode(), new Stored(Figures.of(document.figures()), document.asOf()),
						Stored::plus);
			}
			return result;
		});
	}

	/**
	 * The figures of units of either hierarchy from the figures stored by unit. The rollup counts every
	 * thing at the unit it is recorded against; a unit of the two-tier hierarchy of 2025-07-01 adds to its
	 * own figures those of what is still recorded against the old units it was formed from, so a period
	 * before the reorganisation (or a team not yet re-homed) can be compared on the new units:
	 * <ul>
	 * <li>a new commune: each old commune it was formed from, whole, or its share if the old commune was
	 * split ({@link vn.hoagiai.contracts.units.Reorganisation#apportion}: whole numbers that add up);</li>
	 * <li>a new province: each old province that went wholly into it, with what was recorded against its
	 * districts and itself (a district's course has no new commune to go to).</li>
	 * </ul>
	 * A unit of the three-tier hierarchy has its own figures only: what is recorded against a new commune
	 * cannot be given back to old communes without a share the mapping does not have.
	 */
	private Map<String, Stored> recast(Collection<String> unitCodes,
			java.util.function.Function<Collection<String>, Map<String, Stored>> read) {
		Map<String, List<String>> parts = new HashMap<>();
		java.util.Set<String> ids = new java.util.LinkedHashSet<>(unitCodes);
		for (String code : unitCodes) {
			List<String> from = from(code);
			parts.put(code, from);
			ids.addAll(from);
		}
		Map<String, Stored> stored = read.apply(ids);
		Map<String, Stored> result = new HashMap<>();
		for (String code : unitCodes) {
			Stored sum = stored.getOrDefault(code, Stored.NOTHING);
			for (String old : parts.get(code)) {
				Stored part = stored.get(old);
				if (part == null) {
					continue;
				}
				sum = sum.plus(this.units.find(code).map(AdministrativeUnit::level).orElse(null) == UnitLevel.COMMUNE
						? new Stored(share(old, code, part.figures()), part.asOf()) : part);
			}
			result.put(code, sum);
		}
		return result;
	}

	/** The old units whose figures a unit of the two-tier hierarchy adds to its own; none for an old unit. */
	private List<String> from(String code) {
		if (AdministrativeUnits.THREE_TIER_VERSION.equals(AdministrativeUnits.hierarchyOf(code))) {
			return List.of();
		}
		AdministrativeUnit unit = this.units.find(code).orElse(null);
		if (unit == null) {
			return List.of();
		}
		return (unit.level() == UnitLevel.COMMUNE) ? this.units.reorganisation().predecessors(code)
				: this.units.reorganisation().oldProvincesWhollyIn(code);
	}

	/** An old commune's figures apportioned to one of the new communes it went into. */
	private Figures share(String oldCommune, String newCommune, Figures figures) {
		Map<String, Long> counts = new java.util.TreeMap<>();
		figures.counts().forEach((name, count) -> counts.put(name,
				this.units.reorganisation().apportion(oldCommune, count).getOrDefault(newCommune, 0L)));
		return Figures.of(counts);
	}

}
