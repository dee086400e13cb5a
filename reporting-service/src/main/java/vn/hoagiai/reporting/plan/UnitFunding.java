package vn.hoagiai.reporting.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A unit's funding of the plan in one year (kinh phí thực hiện, section IV of the plan): for each
 * source, the amount planned (dự toán, kế hoạch) and the amount spent (đã chi), in whole đồng. The
 * latest record replaces the one before, so each (unit, year) has one document.
 *
 * @param id {@code <unit code>|<year>}, e.g. {@code 550|2026}
 * @param unitCode the unit (province, district or commune) whose money it is
 * @param lineage the unit and the units above it, so a district's total takes in its communes'
 * @param year the budget year
 * @param sources every source, in the order of {@link FundingSource}, each with its amounts
 * @param note what the unit adds (what the money went to, where the mobilised money came from)
 * @param updatedBy who recorded this version (null: never recorded)
 * @param updatedAt when
 * @param version increases with every change; the ETag (0: never recorded, not stored)
 */
@Document("planFunding")
record UnitFunding(@Id String id, String unitCode, List<String> lineage, int year, List<Amounts> sources,
		@Nullable String note, @Nullable String updatedBy, @Nullable Instant updatedAt, long version) {

	UnitFunding {
		lineage = List.copyOf(lineage);
		sources = List.copyOf(sources);
	}

	/**
	 * What one source brought in a year.
	 *
	 * @param source the source
	 * @param planned planned, in đồng
	 * @param spent spent, in đồng; may exceed the planned amount, which the answers flag
	 */
	record Amounts(FundingSource source, long planned, long spent) {

		boolean overspent() {
			return this.spent > this.planned;
		}

	}

	static String idOf(String unitCode, int year) {
		return unitCode + "|" + year;
	}

	/** The funding of a unit that has recorded none (not stored: version 0, every amount 0). */
	static UnitFunding none(String unitCode, List<String> lineage, int year) {
		return new UnitFunding(idOf(unitCode, year), unitCode, lineage, year, complete(Map.of()), null, null, null, 0);
	}

	/**
	 * The unit records its amounts for the year; a source it leaves out has nothing planned or spent.
	 * The version stays the one read: the store raises it when it writes.
	 */
	UnitFunding record(Map<FundingSource, Amounts> amounts, @Nullable String note, String by, Instant at) {
		return new UnitFunding(this.id, this.unitCode, this.lineage, this.year, complete(amounts), note, by, at,
				this.version);
	}

	UnitFunding withVersion(long version) {
		return new UnitFunding(this.id, this.unitCode, this.lineage, this.year, this.sources, this.note, this.updatedBy,
				this.updatedAt, version);
	}

	long planned() {
		return this.sources.stream().mapToLong(Amounts::planned).sum();
	}

	long spent() {
		return this.sources.stream().mapToLong(Amounts::spent).sum();
	}

	/** The amounts of one source (zero when the document predates the source). */
	Amounts of(FundingSource source) {
		return this.sources.stream()
			.filter((amounts) -> amounts.source() == source)
			.findFirst()
			.orElse(new Amounts(source, 0, 0));
	}

	private static List<Amounts> complete(Map<FundingSource, Amounts> amounts) {
		Map<FundingSource, Amounts> all = new EnumMap<>(FundingSource.class);
		for (FundingSource source : FundingSource.values()) {
			all.put(source, amounts.getOrDefault(source, new Amounts(source, 0, 0)));
		}
		return new ArrayList<>(all.values());
	}

}
