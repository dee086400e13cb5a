package vn.hoagiai.reporting.indicator;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.hoagiai.contracts.units.UnitLevel;
import vn.hoagiai.reporting.rollup.Figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class IndicatorCatalogueTests {

	@Test
	void theShippedDefinitionsHoldEveryNationalTargetAndEveryFigureOfTheRollup() {
		IndicatorCatalogue catalogue = IndicatorCatalogue.load();

		assertThat(catalogue.all()).map(IndicatorDefinition::id)
			.contains("teamsCompliantShare", "districtTrainersPer80Teams", "provincialTrainersPer100Teams",
					"trainersTrainedShare", "teamsWithLegalSupportShare", "mediatorsReachingMaterialsShare",
					"caseSuccessRate", "pilotCaseSuccessRate")
			.containsAll(Figures.ALL);
		assertThat(catalogue.find("caseSuccessRate").orElseThrow().periodic()).isTrue();
		assertThat(catalogue.find("provincialTrainersPer100Teams").orElseThrow().levels()).containsExactly(UnitLevel.PROVINCE);
		assertThat(catalogue.awaited("trainersDistrict")).as("every target's figures are fed by events now").isEmpty();
	}

	@Test
	void anIndicatorOnAnUnknownFigureStopsTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> parse("""
				{"source": "test", "indicators": [
				  {"id": "x", "name": "X", "numerator": ["teamz"], "measure": "tổ", "periodic": false, "levels": ["COMMUNE"]}
				]}"""))
			.withMessageContaining("x: unknown figure teamz");
	}

	@Test
	void aPeriodicIndicatorOnFiguresNotKeptByMonthStopsTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> parse("""
				{"source": "test", "indicators": [
				  {"id": "x", "name": "X", "numerator": ["teams"], "measure": "tổ", "periodic": true, "levels": ["COMMUNE"]}
				]}"""))
			.withMessageContaining("x: periodic, but teams is not kept by month");
	}

	@Test
	void aRepeatedIdATargetOnACountAndARatioWithoutScaleAreAllListed() {
		assertThatIllegalStateException().isThrownBy(() -> parse("""
				{"source": "test", "indicators": [
				  {"id": "x", "name": "X", "numerator": ["teams"], "measure": "tổ", "periodic": false, "levels": ["COMMUNE"],
				   "target": {"comparison": "AT_LEAST", "value": 1}},
				  {"id": "x", "name": "X", "numerator": ["teams"], "denominator": ["teams"], "measure": "%", "periodic": false,
				   "levels": ["COMMUNE"]}
				]}"""))
			.withMessageContaining("x: a target needs a ratio")
			.withMessageContaining("x: the id is used twice")
			.withMessageContaining("x: a ratio needs a positive scale");
	}

	@Test
	void aMisspeltPropertyIsRefusedRatherThanIgnored() {
		assertThatIllegalStateException().isThrownBy(() -> parse("""
				{"source": "test", "indicators": [
				  {"id": "x", "name": "X", "numerator": ["teams"], "measure": "tổ", "periodic": false, "levels": ["COMMUNE"],
				   "taget": {"comparison": "AT_LEAST", "value": 1}}
				]}"""))
			.withMessageContaining("unreadable");
	}

	private static IndicatorCatalogue parse(String json) {
		return IndicatorCatalogue.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

}
