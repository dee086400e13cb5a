package vn.hoagiai.reporting.indicator;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.reporting.rollup.Figures;
import vn.hoagiai.reporting.rollup.RollupQueries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every indicator of {@code indicators.json} on a small Bình Định scenario, with the expected value
 * worked out by hand in each test. Quy Nhơn (540) has two wards with teams: Nhơn Bình (21550) with
 * 3 teams, 2 of them meeting Art. 12, and Nhơn Phú (21553) with 2 teams, both meeting it.
 */
class IndicatorValueTests {

	private static final AdministrativeUnits UNITS = AdministrativeUnits.load(AdministrativeUnits.Scope.BINH_DINH);

	private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.load();

	private static final AdministrativeUnit BINH_DINH = UNITS.find("52").orElseThrow();

	private static final AdministrativeUnit QUY_NHON = UNITS.find("540").orElseThrow();

	private static final AdministrativeUnit NHON_BINH = UNITS.find("21550").orElseThrow();

	private static final AdministrativeUnit NHON_PHU = UNITS.find("21553").orElseThrow();

	@Test
	void teamsCompliantShareIsFourOfFiveTeamsInQuyNhonSoTwentyPointsShortOfAllTeams() {
		// 21550: 2 of 3 compliant; 21553: 2 of 2; Quy Nhơn: 4 of 5 = 80 %, target 100 %: gap -20.
		IndicatorValue district = value("teamsCompliantShare", QUY_NHON, Map.of("teams", 5L, "teamsCompliant", 4L));

		assertThat(district.numerator()).isEqualTo(4);
		assertThat(district.denominator()).isEqualTo(5);
		assertThat(district.value()).isEqualByComparingTo("80");
		assertThat(district.target()).isEqualByComparingTo("100");
		assertThat(district.gap()).isEqualByComparingTo("-20");
		assertThat(district.met()).isFalse();
		assertThat(district.measure()).isEqualTo("%");
	}

	@Test
	void teamsCompliantShareOfAWardWithTwoThirdsIsRoundedToTwoDecimalsAndAWardWithAllMeetsIt() {
		IndicatorValue nhonBinh = value("teamsCompliantShare", NHON_BINH, Map.of("teams", 3L, "teamsCompliant", 2L));
		IndicatorValue nhonPhu = value("teamsCompliantShare", NHON_PHU, Map.of("teams", 2L, "teamsCompliant", 2L));

		// 2 / 3 = 66.666... % -> 66.67; gap 66.67 - 100 = -33.33.
		assertThat(nhonBinh.value()).isEqualByComparingTo("66.67");
		assertThat(nhonBinh.gap()).isEqualByComparingTo("-33.33");
		assertThat(nhonBinh.met()).isFalse();
		assertThat(nhonPhu.value()).isEqualByComparingTo("100");
		assertThat(nhonPhu.gap()).isEqualByComparingTo("0");
		assertThat(nhonPhu.met()).isTrue();
	}

	@Test
	void districtTrainersPer80TeamsIsZeroWhileNoTrainerIsFedAndNotMet() {
		// No event feeds trainers yet: 0 trainers for 5 teams = 0 per 80 teams, target at least 1: gap -1.
		IndicatorValue district = value("districtTrainersPer80Teams", QUY_NHON, Map.of("teams", 5L));

		assertThat(district.numerator()).isZero();
		assertThat(district.value()).isEqualByComparingTo("0");
		assertThat(district.gap()).isEqualByComparingTo("-1");
		assertThat(district.met()).isFalse();
	}

	@Test
	void theDistrictTrainerTargetReadsAsTrainersBelowTheProvinceForTheNewGiaLaiWithTheSameArithmetic() {
		// Two-tier: no district level; the new province counts the trainers below it. 2 x 80 / 320 = 0.5: short by 0.5.
		AdministrativeUnit giaLai = UNITS.find("52@2025-07-01").orElseThrow();
		IndicatorValue province = value("districtTrainersPer80Teams", giaLai, Map.of("teams", 320L, "trainersDistrict", 2L));

		assertThat(province.name()).isEqualTo("Số tập huấn viên dưới cấp tỉnh (thay cấp huyện) trên 80 tổ hòa giải");
		assertThat(province.value()).isEqualByComparingTo("0.5");
		assertThat(province.gap()).isEqualByComparingTo("-0.5");
		assertThat(value("districtTrainersPer80Teams", BINH_DINH, Map.of("teams", 1L)).name())
			.isEqualTo("Số tập huấn viên cấp huyện trên 80 tổ hòa giải");
		assertThat(definition("districtTrainersPer80Teams").appliesTo(vn.hoagiai.contracts.units.UnitLevel.COMMUNE)).isFalse();
	}

	@Test
	void districtTrainersPer80TeamsOfThreeTrainersFor160TeamsIsOneAndAHalfAndMet() {
		// 3 trainers x 80 / 160 teams = 1.5 trainers per 80 teams, target 1: gap +0.5.
		IndicatorValue province = value("districtTrainersPer80Teams", BINH_DINH,
				Map.of("teams", 160L, "trainersDistrict", 3L));

		assertThat(province.value()).isEqualByComparingTo("1.5");
		assertThat(province.gap()).isEqualByComparingTo("0.5");
		assertThat(province.met()).isTrue();
		assertThat(province.measure()).isEqualTo("tập huấn viên/80 tổ");
	}

	@Test
	void provincialTrainersPer100TeamsOfTwoTrainersFor250TeamsIsShortOfOne() {
		// 2 x 100 / 250 = 0.8 per 100 teams, target 1: gap -0.2.
		IndicatorValue province = value("provincialTrainersPer100Teams", BINH_DINH,
				Map.of("teams", 250L, "trainersProvincial", 2L));

		assertThat(province.value()).isEqualByComparingTo("0.8");
		assertThat(province.gap()).isEqualByComparingTo("-0.2");
		assertThat(province.met()).isFalse();
	}

	@Test
	void trainersTrainedShareOfNineOfTwelveIsSeventyFivePercent() {
		IndicatorValue province = value("trainersTrainedShare", BINH_DINH, Map.of("trainers", 12L, "trainersTrained", 9L));

		assertThat(province.value()).isEqualByComparingTo("75");
		assertThat(province.gap()).isEqualByComparingTo("-25");
		assertThat(province.met()).isFalse();
	}

	@Test
	void teamsWithLegalSupportShareOfFiveOfFortyTeamsPassesTheTenPercentTarget() {
		// 5 / 40 = 12.5 %, target at least 10 %: gap +2.5.
		IndicatorValue district = value("teamsWithLegalSupportShare", QUY_NHON,
				Map.of("teams", 40L, "teamsWithLegalSupport", 5L));

		assertThat(district.value()).isEqualByComparingTo("12.5");
		assertThat(district.target()).isEqualByComparingTo("10");
		assertThat(district.gap()).isEqualByComparingTo("2.5");
		assertThat(district.met()).isTrue();
	}

	@Test
	void mediatorsReachingMaterialsShareIsZeroOfFourteenMediatorsWhileNoMaterialUseIsFed() {
		IndicatorValue ward = value("mediatorsReachingMaterialsShare", NHON_BINH, Map.of("mediators", 14L));

		assertThat(ward.numerator()).isZero();
		assertThat(ward.denominator()).isEqualTo(14);
		assertThat(ward.value()).isEqualByComparingTo("0");
		assertThat(ward.gap()).isEqualByComparingTo("-100");
		assertThat(ward.met()).isFalse();
	}

	@Test
	void caseSuccessRateCountsSuccessfulOverClosedWithAnOutcomeAndShowsTheQuarterBefore() {
		// Q3: 17 successful, 3 unsuccessful (open and withdrawn cases are left out): 17 / 20 = 85 %, met.
		// Q2: 6 successful, 4 unsuccessful: 60 %; the change is +25 points.
		IndicatorValue district = IndicatorValue.compute(definition("caseSuccessRate"), QUY_NHON, "2026-Q3",
				stored(Map.of("casesSuccessful", 17L, "casesUnsuccessful", 3L, "casesOpen", 4L, "casesWithdrawn", 2L,
						"casesReceived", 26L)),
				"2026-Q2", stored(Map.of("casesSuccessful", 6L, "casesUnsuccessful", 4L)));

		assertThat(district.numerator()).isEqualTo(17);
		assertThat(district.denominator()).isEqualTo(20);
		assertThat(district.value()).isEqualByComparingTo("85");
		assertThat(district.gap()).isEqualByComparingTo("0");
		assertThat(district.met()).isTrue();
		assertThat(district.period()).isEqualTo("2026-Q3");
		assertThat(district.previous().period()).isEqualTo("2026-Q2");
		assertThat(district.previous().value()).isEqualByComparingTo("60");
		assertThat(district.previous().change()).isEqualByComparingTo("25");
	}

	@Test
	void aRatioWithNothingToMeasureHasNoValueRatherThanZero() {
		IndicatorValue ward = value("caseSuccessRate", NHON_PHU, Map.of("casesOpen", 2L));

		assertThat(ward.denominator()).isZero();
		assertThat(ward.value()).isNull();
		assertThat(ward.gap()).isNull();
		assertThat(ward.met()).isNull();
		assertThat(ward.target()).isEqualByComparingTo("85");
	}

	@Test
	void eachPlainCountIsItsFigureWithoutATarget() {
		// every figure a different number: 1, 2, 3, ...
		Map<String, Long> figures = new java.util.HashMap<>();
		for (String figure : Figures.ALL) {
			figures.put(figure, figures.size() + 1L);
		}
		for (String figure : Figures.ALL) {
			IndicatorValue count = value(figure, QUY_NHON, figures);

			assertThat(count.value()).as(figure).isEqualByComparingTo(BigDecimal.valueOf(figures.get(figure)));
			assertThat(count.denominator()).as(figure).isNull();
			assertThat(count.target()).as(figure).isNull();
			assertThat(count.met()).as(figure).isNull();
		}
	}

	@Test
	void aCountShowsItsChangeFromThePeriodBefore() {
		// 26 cases received in September, 20 in August: +6.
		IndicatorValue received = IndicatorValue.compute(definition("casesReceived"), QUY_NHON, "2026-09",
				stored(Map.of("casesReceived", 26L)), "2026-08", stored(Map.of("casesReceived", 20L)));

		assertThat(received.value()).isEqualByComparingTo("26");
		assertThat(received.previous().value()).isEqualByComparingTo("20");
		assertThat(received.previous().change()).isEqualByComparingTo("6");
	}

	private static IndicatorValue value(String id, AdministrativeUnit unit, Map<String, Long> figures) {
		return IndicatorValue.compute(definition(id), unit, null, stored(figures), null, null);
	}

	private static IndicatorDefinition definition(String id) {
		return CATALOGUE.find(id).orElseThrow(() -> new AssertionError("no indicator " + id));
	}

	private static RollupQueries.Stored stored(Map<String, Long> figures) {
		return new RollupQueries.Stored(Figures.of(figures), null);
	}

}
