package vn.hoagiai.contracts.units;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reorganisation of 2025-07-01: the districts were abolished, 63 provinces became 34 and every old
 * commune went into one new commune, or into several when it was split. Loaded from the compiled
 * mapping shipped in this module ({@code vn-commune-reorganisation-2025-07-01.csv}, one row per old and
 * new commune pair) as it is: a row that does not resolve (its old commune is not in the official list,
 * its new province is unknown, it gives a new commune a second province) is reported in
 * {@link #unresolved()} and left out, never fatal.
 * <p>
 * <b>Apportioning.</b> The mapping says which new communes a split commune went into, not in what
 * proportion, so each new commune carries an equal share. When the counts of an old commune are recast
 * onto the new hierarchy, each count is divided by largest remainder: every successor gets the whole
 * part of its share and the units left over go one each to the successors in the mapping's order. The
 * recast counts are whole numbers and add up exactly to the old commune's, so the totals of a province
 * are the same in both hierarchies.
 */
public final class Reorganisation {

	private final Map<String, List<Successor>> successors;

	private final Map<String, List<String>> predecessors;

	private final List<AdministrativeUnit> units;

	private final List<String> unresolved;

	private final Map<String, List<String>> oldProvinces;

	private Reorganisation(Map<String, List<Successor>> successors, Map<String, List<String>> predecessors,
			List<AdministrativeUnit> units, List<String> unresolved, Map<String, AdministrativeUnit> old) {
		this.successors = successors;
		this.predecessors = predecessors;
		this.units = units;
		this.unresolved = List.copyOf(unresolved);
		// An old province is wholly in a new one when every one of its communes went into that province.
		Map<String, Set<String>> into = new LinkedHashMap<>();
		Map<String, String> newProvinceOf = new LinkedHashMap<>();
		units.forEach((unit) -> {
			if (unit.level() == UnitLevel.COMMUNE) {
				newProvinceOf.put(unit.code(), unit.parentCode());
			}
		});
		for (AdministrativeUnit commune : old.values()) {
			if (commune.level() != UnitLevel.COMMUNE) {
				continue;
			}
			String province = provinceOf(commune, old);
			Set<String> provinces = into.computeIfAbsent(province, (code) -> new LinkedHashSet<>());
			List<Successor> went = successors.getOrDefault(commune.code(), List.of());
			if (went.isEmpty()) {
				provinces.add("");
			}
			went.forEach((successor) -> provinces.add(newProvinceOf.get(successor.commune())));
		}
		Map<String, List<String>> oldProvinces = new LinkedHashMap<>();
		into.forEach((oldProvince, provinces) -> {
			if (provinces.size() == 1 && !provinces.contains("")) {
				oldProvinces.computeIfAbsent(provinces.iterator().next(), (code) -> new ArrayList<>()).add(oldProvince);
			}
		});
		this.oldProvinces = oldProvinces;
	}

	private static String provinceOf(AdministrativeUnit unit, Map<String, AdministrativeUnit> units) {
		AdministrativeUnit current = unit;
		while (current.parentCode() != null && units.containsKey(current.parentCode())) {
			current = units.get(current.parentCode());
		}
		return current.code();
	}

	/**
	 * The old provinces that went wholly into a new province (Bình Định and Gia Lai into the new Gia
	 * Lai): their figures, those recorded against their districts and the province itself included,
	 * are the new province's for the time before.
	 */
	public List<String> oldProvincesWhollyIn(String newProvince) {
		return this.oldProvinces.getOrDefault(newProvince, List.of());
	}

	/**
	 * A new commune an old commune went into.
	 *
	 * @param commune the new commune's id ({@code 21553@2025-07-01})
	 * @param shares how many new communes the old one went into: this one carries 1/shares of it
	 */
	public record Successor(String commune, int shares) {
	}

	/**
	 * Reads the mapping for the old communes of the official list (the rows of other provinces are not
	 * this deployment's and are skipped).
	 */
	static Reorganisation parse(InputStream mapping, InputStream provinceNames, Map<String, AdministrativeUnit> old)
			throws IOException {
		Map<String, String[]> provinces = new LinkedHashMap<>();
		for (CsvRows.Row row : CsvRows.read(provinceNames, "province_code,", "the list of provinces")) {
			String[] f = row.fields();
			if (f.length == 3) {
				provinces.put(f[0].strip(), new String[] { AdministrativeUnits.clean(f[1]), AdministrativeUnits.clean(f[2]) });
			}
		}
		Map<String, List<String>> newCommunes = new LinkedHashMap<>();
		Map<String, AdministrativeUnit> units = new LinkedHashMap<>();
		Map<String, List<String>> predecessors = new LinkedHashMap<>();
		List<String> unresolved = new ArrayList<>();
		for (CsvRows.Row row : CsvRows.read(mapping, "old_province_code,", "the reorganisation mapping")) {
			int lineNumber = row.line();
			String[] f = row.fields();
			if (f.length != 7) {
				unresolved.add("line " + lineNumber + ": " + f.length + " fields, expected 7");
				continue;
			}
			String oldProvince = f[0].strip();
			String newProvince = f[2].strip();
			String oldCommune = f[3].strip();
			String newCode = f[5].strip();
			String newName = AdministrativeUnits.clean(f[6]);
			if (!old.containsKey(oldProvince)) {
				continue; // another province's row: not in the units this deployment serves
			}
			AdministrativeUnit oldUnit = old.get(oldCommune);
			if (oldUnit == null || oldUnit.level() != UnitLevel.COMMUNE) {
				unresolved.add("line " + lineNumber + ": old commune " + oldCommune + " is not in the official list");
				continue;
			}
			String[] province = provinces.get(newProvince);
			if (province == null) {
				unresolved.add("line " + lineNumber + ": new province " + newProvince + " is unknown");
				continue;
			}
			if (!newCode.matches("\\d{5}") || newName.isEmpty()) {
				unresolved.add("line " + lineNumber + ": new commune '" + newCode + "' '" + newName + "' is not a code and a name");
				continue;
			}
			String provinceId = AdministrativeUnits.id(newProvince, AdministrativeUnits.TWO_TIER_VERSION);
			String communeId = AdministrativeUnits.id(newCode, AdministrativeUnits.TWO_TIER_VERSION);
			AdministrativeUnit known = units.get(communeId);
			if (known != null && !provinceId.equals(known.parentCode())) {
				unresolved.add("line " + lineNumber + ": new commune " + newCode + " is already in province "
						+ AdministrativeUnits.officialCode(known.parentCode() == null ? "" : known.parentCode())
						+ ", not " + newProvince);
				continue;
			}
			units.putIfAbsent(provinceId,
					new AdministrativeUnit(provinceId, province[0], province[1], UnitLevel.PROVINCE, null));
			units.putIfAbsent(communeId, new AdministrativeUnit(communeId, newName, typeOf(newName), UnitLevel.COMMUNE,
					provinceId));
			List<String> into = newCommunes.computeIfAbsent(oldCommune, (code) -> new ArrayList<>());
			if (!into.contains(communeId)) {
				into.add(communeId);
				predecessors.computeIfAbsent(communeId, (code) -> new ArrayList<>()).add(oldCommune);
			}
		}
		for (AdministrativeUnit unit : old.values()) {
			if (unit.level() == UnitLevel.COMMUNE && !newCommunes.containsKey(unit.code())) {
				unresolved.add("old commune " + unit.code() + " (" + unit.name() + ") is in no row");
			}
		}
		Map<String, List<Successor>> successors = new LinkedHashMap<>();
		newCommunes.forEach((oldCommune, into) -> successors.put(oldCommune,
				into.stream().map((commune) -> new Successor(commune, into.size())).toList()));
		return new Reorganisation(successors, predecessors, new ArrayList<>(units.values()), unresolved, old);
	}

	/** The kind of unit a new commune's name begins with: "Phường", "Xã" or "Đặc khu". */
	static String typeOf(String name) {
		if (name.startsWith("Đặc khu")) {
			return "Đặc khu";
		}
		String first = name.split(" ", 2)[0];
		return first.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + first.substring(1);
	}

	/** The day it took effect. */
	public java.time.LocalDate effectiveOn() {
		return AdministrativeUnits.THREE_TIER_VALID_UNTIL;
	}

	/** The new communes an old commune went into, in the mapping's order; empty if unknown. */
	public List<Successor> successors(String oldCommune) {
		return this.successors.getOrDefault(oldCommune, List.of());
	}

	/** The old communes a new commune was formed from, in the mapping's order. */
	public List<String> predecessors(String newCommune) {
		return this.predecessors.getOrDefault(newCommune, List.of());
	}

	/** Every old commune the mapping resolves. */
	public Set<String> oldCommunes() {
		return new LinkedHashSet<>(this.successors.keySet());
	}

	/** The rows that did not resolve, each with its line and why. */
	public List<String> unresolved() {
		return this.unresolved;
	}

	Collection<AdministrativeUnit> units() {
		return this.units;
	}

	/**
	 * An old commune's count divided among the new communes it went into by largest remainder (see the
	 * class comment): whole numbers that add up to the count.
	 */
	public Map<String, Long> apportion(String oldCommune, long count) {
		List<Successor> into = successors(oldCommune);
		Map<String, Long> shares = new LinkedHashMap<>();
		if (into.isEmpty()) {
			return shares;
		}
		long whole = count / into.size();
		long left = count % into.size();
		for (int i = 0; i < into.size(); i++) {
			// A negative count (a difference) is divided the same way, its remainder to the first ones.
			long extra = (left > 0 && i < left) ? 1 : (left < 0 && i < -left) ? -1 : 0;
			shares.put(into.get(i).commune(), whole + extra);
		}
		return shares;
	}

}
