package vn.hoagiai.contracts.units;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdministrativeUnitsTests {

	@Test
	void binhDinhHasOneProvinceElevenDistrictsAndOneHundredFiftyFiveCommunes() {
		AdministrativeUnits units = AdministrativeUnits.load(AdministrativeUnits.Scope.BINH_DINH);

		assertThat(units.all()).filteredOn((u) -> u.level() == UnitLevel.PROVINCE).hasSize(1);
		assertThat(units.all()).filteredOn((u) -> u.level() == UnitLevel.DISTRICT).hasSize(11);
		assertThat(units.all()).filteredOn((u) -> u.level() == UnitLevel.COMMUNE).hasSize(155);
	}

	@Test
	void aCommuneRollsUpThroughItsDistrictToItsProvince() {
		AdministrativeUnits units = AdministrativeUnits.load(AdministrativeUnits.Scope.BINH_DINH);

		assertThat(units.lineage("21550")).extracting(AdministrativeUnit::name)
			.containsExactly("Phường Nhơn Bình", "Thành phố Quy Nhơn", "Tỉnh Bình Định");
		assertThat(units.ancestorAt("21550", UnitLevel.DISTRICT)).map(AdministrativeUnit::code).contains("540");
		assertThat(units.children("540")).extracting(AdministrativeUnit::level).containsOnly(UnitLevel.COMMUNE);
	}

	@Test
	void theNationalListHoldsEveryCommuneOfTheThreeTierSystem() {
		AdministrativeUnits units = AdministrativeUnits.load(AdministrativeUnits.Scope.NATIONAL);

		assertThat(units.all()).filteredOn((u) -> u.level() == UnitLevel.PROVINCE).hasSize(63);
		assertThat(units.all()).filteredOn((u) -> u.level() == UnitLevel.DISTRICT).hasSize(691);
		assertThat(units.all()).filteredOn((u) -> u.level() == UnitLevel.COMMUNE).hasSize(10_047);
	}

	@Test
	void anUnknownCodeHasNoLineage() {
		AdministrativeUnits units = AdministrativeUnits.load(AdministrativeUnits.Scope.BINH_DINH);

		assertThat(units.find("99999")).isEmpty();
		assertThat(units.lineage("99999")).isEmpty();
	}

}
