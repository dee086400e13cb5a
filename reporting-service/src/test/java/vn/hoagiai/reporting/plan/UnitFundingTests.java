package vn.hoagiai.reporting.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitFundingTests {

	private static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");

	@Test
	void aUnitWithoutFundingHasEverySourceAtZeroAndIsNotStored() {
		UnitFunding none = UnitFunding.none("550", List.of("550", "52"), 2026);

		assertThat(none.id()).isEqualTo("550|2026");
		assertThat(none.version()).isZero();
		assertThat(none.sources()).extracting(UnitFunding.Amounts::source)
			.containsExactly(FundingSource.REGULAR_BUDGET, FundingSource.INTEGRATED_PROGRAMMES, FundingSource.MOBILISED);
		assertThat(none.planned()).isZero();
		assertThat(none.spent()).isZero();
	}

	@Test
	void recordingReplacesEverySourceAndASourceLeftOutHasNothing() {
		UnitFunding first = UnitFunding.none("550", List.of("550", "52"), 2026)
			.record(Map.of(FundingSource.REGULAR_BUDGET,
					new UnitFunding.Amounts(FundingSource.REGULAR_BUDGET, 80_000_000, 75_500_000),
					FundingSource.MOBILISED, new UnitFunding.Amounts(FundingSource.MOBILISED, 10_000_000, 12_000_000)),
					"Dự toán đầu năm", "officer-550", AT)
			.withVersion(1);
		UnitFunding second = first.record(Map.of(FundingSource.INTEGRATED_PROGRAMMES,
				new UnitFunding.Amounts(FundingSource.INTEGRATED_PROGRAMMES, 5, 5)), null, "admin-52", AT);

		assertThat(first.planned()).isEqualTo(90_000_000);
		assertThat(first.spent()).isEqualTo(87_500_000);
		assertThat(first.of(FundingSource.MOBILISED).overspent()).isTrue();
		assertThat(first.of(FundingSource.REGULAR_BUDGET).overspent()).isFalse();
		assertThat(second.planned()).isEqualTo(5);
		assertThat(second.of(FundingSource.REGULAR_BUDGET).planned()).isZero();
		assertThat(second.version()).as("the store raises it").isEqualTo(1);
		assertThat(second.updatedBy()).isEqualTo("admin-52");
	}

	@Test
	void amountsAreWrittenAsVietnameseWriteThem() {
		assertThat(PlanFunding.dong(12_500_000)).isEqualTo("12.500.000 đồng");
		assertThat(PlanFunding.dong(0)).isEqualTo("0 đồng");
	}

}
