package vn.hoagiai.reporting.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.contracts.units.Reorganisation;
import vn.hoagiai.contracts.units.UnitLevel;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.reporting.period.ReportingPeriod;
import vn.hoagiai.reporting.web.Problems;

/**
 * The versions of the administrative hierarchy a report can be rolled up by, which one was in force in
 * a period (the default), and how a unit of one version relates to the units of the other: the old
 * communes a new commune was formed from, the new communes an old one went into.
 */
@RestController
@RequestMapping("/api/reporting/hierarchies")
class HierarchyController {

	private final AdministrativeUnits units;

	HierarchyController(AdministrativeUnits units) {
		this.units = units;
	}

	/**
	 * One version of the hierarchy.
	 *
	 * @param version its id, as units of it are suffixed ({@code 2025-07-01})
	 * @param name what people call it
	 * @param validFrom the first day it is in force, null for the baseline
	 * @param validUntil the first day it is no longer in force, null while it is
	 * @param provinces its provinces this deployment serves
	 */
	record Version(String version, String name, @Nullable LocalDate validFrom, @Nullable LocalDate validUntil,
			List<IndicatorValue.UnitRef> provinces) {
	}

	/**
	 * The versions and the one in force.
	 *
	 * @param period the period asked for, null for today
	 * @param inForce the version in force on the period's last day (or today): the default roll-up
	 * @param versions every version, oldest first
	 * @param unresolved rows of the reorganisation mapping that did not resolve
	 */
	record Versions(@Nullable String period, String inForce, List<Version> versions, List<String> unresolved) {
	}

	/**
	 * A unit beside the other version's units.
	 *
	 * @param unit the unit
	 * @param hierarchy its version
	 * @param formedFrom for a unit of the two-tier hierarchy: the old units it was formed from, each with
	 * how many new communes it went into (more than one: it was split and only a share counts here)
	 * @param wentInto for a unit of the three-tier hierarchy: the new units it went into, with that count
	 */
	record Links(IndicatorValue.UnitRef unit, String hierarchy, List<Link> formedFrom, List<Link> wentInto) {
	}

	/**
	 * A unit of the other version.
	 *
	 * @param unit the unit
	 * @param shares into how many new communes the old commune was divided (1: whole); 1 for provinces
	 */
	record Link(IndicatorValue.UnitRef unit, int shares) {
	}

	/** Aggregate reference data: every person may read it. */
	@GetMapping
	Versions versions(Caller caller, @RequestParam(required = false) @Nullable String period) {
		caller.require(IndicatorController.READERS);
		LocalDate day = (period == null || period.isBlank()) ? LocalDate.now()
				: ReportingPeriod.parse(period, "period").lastDay();
		List<Version> versions = List.of(
				new Version(AdministrativeUnits.THREE_TIER_VERSION, "Ba cấp (tỉnh, huyện, xã)", null,
						AdministrativeUnits.THREE_TIER_VALID_UNTIL, provinces(AdministrativeUnits.THREE_TIER_VERSION)),
				new Version(AdministrativeUnits.TWO_TIER_VERSION, "Hai cấp (tỉnh, xã) từ ngày 01/07/2025",
						AdministrativeUnits.THREE_TIER_VALID_UNTIL, null, provinces(AdministrativeUnits.TWO_TIER_VERSION)));
		return new Versions((period == null || period.isBlank()) ? null : period.strip(),
				AdministrativeUnits.inForceOn(day), versions, this.units.reorganisation().unresolved());
	}

	@GetMapping("/units/{unitCode}")
	Links links(Caller caller, @PathVariable String unitCode) {
		caller.require(IndicatorController.READERS);
		AdministrativeUnit unit = this.units.find(unitCode)
			.orElseThrow(() -> Problems.notFound("unit", "Không tìm thấy đơn vị hành chính có mã " + unitCode + "."));
		Reorganisation reorganisation = this.units.reorganisation();
		List<Link> formedFrom = new ArrayList<>();
		List<Link> wentInto = new ArrayList<>();
		if (AdministrativeUnits.THREE_TIER_VERSION.equals(unit.hierarchy())) {
			if (unit.level() == UnitLevel.COMMUNE) {
				reorganisation.successors(unit.code())
					.forEach((successor) -> wentInto.add(link(successor.commune(), successor.shares())));
			}
			else if (unit.level() == UnitLevel.PROVINCE) {
				this.units.inHierarchy(AdministrativeUnits.TWO_TIER_VERSION)
					.stream()
					.filter((province) -> reorganisation.oldProvincesWhollyIn(province.code()).contains(unit.code()))
					.forEach((province) -> wentInto.add(link(province.code(), 1)));
			}
			else {
				Set<String> communes = new LinkedHashSet<>();
				this.units.communesOf(unit.code())
					.forEach((commune) -> reorganisation.successors(commune.code())
						.forEach((successor) -> communes.add(successor.commune())));
				communes.forEach((commune) -> wentInto.add(link(commune, 1)));
			}
		}
		else if (unit.level() == UnitLevel.COMMUNE) {
			reorganisation.predecessors(unit.code())
				.forEach((old) -> formedFrom.add(link(old, reorganisation.successors(old).size())));
		}
		else {
			reorganisation.oldProvincesWhollyIn(unit.code()).forEach((old) -> formedFrom.add(link(old, 1)));
		}
		return new Links(IndicatorValue.UnitRef.of(unit), unit.hierarchy(), formedFrom, wentInto);
	}

	private Link link(String code, int shares) {
		return new Link(IndicatorValue.UnitRef.of(this.units.find(code).orElseThrow()), shares);
	}

	private List<IndicatorValue.UnitRef> provinces(String version) {
		return this.units.inHierarchy(version)
			.stream()
			.filter((unit) -> unit.level() == UnitLevel.PROVINCE)
			.map(IndicatorValue.UnitRef::of)
			.toList();
	}

}
