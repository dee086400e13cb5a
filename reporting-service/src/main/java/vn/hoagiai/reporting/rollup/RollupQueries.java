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

/** The stored figures of units, as they stand or summed over months, for the features that read them. */
@Component
public class RollupQueries {

	private final MongoTemplate mongo;

	private final RollupGenerations generations;

	RollupQueries(MongoTemplate mongo, RollupGenerations generations) {
		this.mongo = mongo;
		this.generations = generations;
	}

	/**
	 * A unit's figures with their freshness.
	 *
	 * @param figures the figures, none when nothing was counted
	 * @param asOf how fresh: the latest stored record they come from, null when nothing was counted
	 */
	public record Stored(Figures figures, RollupDocument.@Nullable AsOf asOf) {

		static final Stored NOTHING = new Stored(Figures.none(), null);

	}

	/** The figures of each unit as they stand now (every unit asked for is in the answer). */
	public Map<String, Stored> current(Collection<String> unitCodes) {
		Map<String, Stored> result = new HashMap<>();
		unitCodes.forEach((code) -> result.put(code, Stored.NOTHING));
		this.mongo.find(Query.query(Criteria.where("_id").in(unitCodes)), RollupDocument.class,
				this.generations.currentRollups())
			.forEach((document) -> result.put(document.unitCode(),
					new Stored(Figures.of(document.figures()), document.asOf())));
		return result;
	}

	/** One unit's figures as they stand now, null when nothing was ever counted there. */
	@Nullable RollupDocument document(String unitCode) {
		return this.mongo.findById(unitCode, RollupDocument.class, this.generations.currentRollups());
	}

	/** The figures of units as they stand now, by unit code; units never counted are absent. */
	Map<String, RollupDocument> documents(Collection<String> unitCodes) {
		Map<String, RollupDocument> found = new HashMap<>();
		this.mongo.find(Query.query(Criteria.where("_id").in(unitCodes)), RollupDocument.class,
				this.generations.currentRollups())
			.forEach((document) -> found.put(document.unitCode(), document));
		return found;
	}

	/** The case figures of each unit summed over the months (every unit asked for is in the answer). */
	public Map<String, Stored> overMonths(Collection<String> unitCodes, List<YearMonth> months) {
		Map<String, Stored> result = new HashMap<>();
		unitCodes.forEach((code) -> result.put(code, Stored.NOTHING));
		List<String> ids = unitCodes.stream()
			.flatMap((unit) -> months.stream().map((month) -> MonthlyRollupRecord.key(unit, month.toString())))
			.toList();
		for (MonthlyRollupDocument document : this.mongo.find(Query.query(Criteria.where("_id").in(ids)),
				MonthlyRollupDocument.class, this.generations.currentRollupsByMonth())) {
			Stored sum = result.get(document.unitCode());
			RollupDocument.AsOf asOf = (sum.asOf() == null
					|| document.asOf().eventTime().isAfter(sum.asOf().eventTime())) ? document.asOf() : sum.asOf();
			result.put(document.unitCode(), new Stored(sum.figures().plus(Figures.of(document.figures())), asOf));
		}
		return result;
	}

}
