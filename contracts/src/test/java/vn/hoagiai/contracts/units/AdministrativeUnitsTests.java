package vn.hoagiai.contracts.units;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdministrativeUnitsTests {

	@Test
	void binhDinhHasOneProvinceElevenDistrictsAndOneHundredFiftyFiveCommunes() {
		AdministrativeUnits units = AdministrativeUnits.load(AdministrativeUnits.Scope.BINH_DINH);

		assertThat(units.inHierarchy(AdministrativeUnits.THREE_TIER_VERSION)).filteredOn((u) -> u.level() == UnitLevel.PROVINCE).hasSize(1);
		assertThat(units.inHierarchy(AdministrativeUnits.THREE_TIER_VERSION)).filteredOn((u) -> u.level() == UnitLevel.DISTRICT).hasSize(11);
		assertThat(units.inHierarchy(AdministrativeUnits.THREE_TIER_VERSION)).filteredOn((u) -> u.level() == UnitLevel.COMMUNE).hasSize(155);
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

		assertThat(units.inHierarchy(AdministrativeUnits.THREE_TIER_VERSION)).filteredOn((u) -> u.level() == UnitLevel.PROVINCE).hasSize(63);
		assertThat(units.inHierarchy(AdministrativeUnits.THREE_TIER_VERSION)).filteredOn((u) -> u.level() == UnitLevel.DISTRICT).hasSize(691);
		assertThat(units.inHierarchy(AdministrativeUnits.THREE_TIER_VERSION)).filteredOn((u) -> u.level() == UnitLevel.COMMUNE).hasSize(10_047);
	}

	@Test
	void anUnknownCodeHasNoLineage() {
		AdministrativeUnits units = AdministrativeUnits.load(AdministrativeUnits.Scope.BINH_DINH);

		assertThat(units.find("99999")).isEmpty();
		assertThat(units.lineage("99999")).isEmpty();
	}


	@Test
	void binhDinhsOneHundredFiftyFiveCommunesWentIntoFiftyEightCommunesOfTheNewGiaLai() {
		AdministrativeUnits units = AdministrativeUnits.load(AdministrativeUnits.Scope.BINH_DINH);

		assertThat(units.inHierarchy(AdministrativeUnits.TWO_TIER_VERSION)).filteredOn((u) -> u.level() == UnitLevel.COMMUNE)
			.hasSize(58)
			.allSatisfy((commune) -> assertThat(commune.parentCode()).isEqualTo("52@2025-07-01"));
		assertThat(units.find("52@2025-07-01")).map(AdministrativeUnit::name).contains("Tỉnh Gia Lai");
		assertThat(units.inHierarchy(AdministrativeUnits.TWO_TIER_VERSION)).noneMatch((u) -> u.level() == UnitLevel.DISTRICT);
		assertThat(units.reorganisation().unresolved()).isEmpty();
		assertThat(units.reorganisation().oldCommunes()).hasSize(155);
		assertThat(units.reorganisation().oldProvincesWhollyIn("52@2025-07-01")).containsExactly("52");
	}

	@Test
	void anOldCodeGivenToAnotherUnitIsTwoUnitsOneInEachHierarchy() {
		AdministrativeUnits units = AdministrativeUnits.load(AdministrativeUnits.Scope.BINH_DINH);

		assertThat(units.find("21553")).map(AdministrativeUnit::name).contains("Phường Nhơn Phú");
		assertThat(units.find("21553@2025-07-01")).map(AdministrativeUnit::name).contains("Phường Quy Nhơn Bắc");
		assertThat(units.lineage("21553@2025-07-01")).extracting(AdministrativeUnit::name)
			.containsExactly("Phường Quy Nhơn Bắc", "Tỉnh Gia Lai");
		assertThat(units.find("21553@2025-07-01")).map(AdministrativeUnit::officialCode).contains("21553");
		assertThat(units.reorganisation().predecessors("21553@2025-07-01")).contains("21553", "21559");
	}

	@Test
	void aSplitCommunesCountIsApportionedInWholeNumbersThatAddUpToIt() {
		Reorganisation reorganisation = AdministrativeUnits.load(AdministrativeUnits.Scope.BINH_DINH).reorganisation();

		// 21727 went into three new communes: 7 teams give 3, 2 and 2, in the mapping's order.
		assertThat(reorganisation.successors("21727")).hasSize(3);
		assertThat(reorganisation.apportion("21727", 7).values()).containsExactly(3L, 2L, 2L);
		assertThat(reorganisation.apportion("21727", -7).values()).containsExactly(-3L, -2L, -2L);
		assertThat(reorganisation.apportion("21550", 5).values()).containsExactly(5L);
	}

	@Test
	void aScopeCoversUnitsOfTheOtherHierarchyOnlyWhenItCoveredAllTheyAreMadeOf() {
		AdministrativeUnits units = AdministrativeUnits.load(AdministrativeUnits.Scope.BINH_DINH);

		// The province covers every new commune formed from its communes, and the new province.
		assertThat(units.covers("52", "21553@2025-07-01")).isTrue();
		assertThat(units.covers("52", "52@2025-07-01")).isTrue();
		// Phường Quy Nhơn Bắc was formed from Nhơn Phú and Trần Quang Diệu: Quy Nhơn city covered both,
		// Nhơn Phú alone did not.
		assertThat(units.covers("540", "21553@2025-07-01")).isTrue();
		assertThat(units.covers("21553", "21553@2025-07-01")).isFalse();
		// The new commune covers the old communes that went wholly into it.
		assertThat(units.covers("21553@2025-07-01", "21559")).isTrue();
		assertThat(units.covers("21553@2025-07-01", "540")).isFalse();
		assertThat(units.covers("52@2025-07-01", "52")).isTrue();
	}

	@Test
	void theNationalMappingReportsTheRowsThatDoNotResolveAndKeepsTheRest() {
		AdministrativeUnits units = AdministrativeUnits.load(AdministrativeUnits.Scope.NATIONAL);

		assertThat(units.inHierarchy(AdministrativeUnits.TWO_TIER_VERSION)).filteredOn((u) -> u.level() == UnitLevel.PROVINCE)
			.hasSize(34);
		// The compiled mapping puts new commune 30259 in two provinces: the second row is reported.
		assertThat(units.reorganisation().unresolved()).anyMatch((row) -> row.contains("30259"));
		assertThat(units.reorganisation().oldCommunes()).hasSizeGreaterThan(10_000);
	}

}
