package vn.hoagiai.contracts.units;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The administrative hierarchy in its versions, loaded from the official lists shipped in this module:
 * the three-tier hierarchy of 2025-03-01 (province, district, commune), in force until 2025-06-30, and
 * the two-tier hierarchy of the reorganisation of 2025-07-01 (province, commune), with the mapping from
 * every old commune to the new commune or communes it went into ({@link Reorganisation}).
 * <p>
 * A unit of the three-tier hierarchy is known by its official code ({@code 21550}); a unit of the
 * two-tier hierarchy by its official code and the version ({@code 21553@2025-07-01}), because the
 * reorganisation gave some old codes to other units. Data keeps the unit it was recorded against.
 */
public final class AdministrativeUnits {

	/** The version of the three-tier hierarchy the official list describes. */
	public static final String THREE_TIER_VERSION = "2025-03-01";

	/** The version of the two-tier hierarchy of the 2025 reorganisation: no districts, 34 provinces. */
	public static final String TWO_TIER_VERSION = "2025-07-01";

	/** The last day before which the three-tier hierarchy stayed in force. */
	public static final LocalDate THREE_TIER_VALID_UNTIL = LocalDate.of(2025, 7, 1);

	/** The versions of the hierarchy, oldest first. */
	public static final List<String> VERSIONS = List.of(THREE_TIER_VERSION, TWO_TIER_VERSION);

	private static final String BINH_DINH = "binh-dinh-units-2025-03-01.csv";

	private static final String NATIONAL = "vn-units-2025-03-01.csv";

	private static final String REORGANISATION = "vn-commune-reorganisation-2025-07-01.csv";

	private static final String NEW_PROVINCES = "vn-provinces-2025-07-01.csv";

	private final Map<String, AdministrativeUnit> byCode;

	private final Map<String, List<AdministrativeUnit>> children;

	private final Reorganisation reorganisation;

	private AdministrativeUnits(Map<String, AdministrativeUnit> byCode, Reorganisation reorganisation) {
		this.byCode = Collections.unmodifiableMap(byCode);
		Map<String, List<AdministrativeUnit>> children = new LinkedHashMap<>();
		byCode.values().forEach((unit) -> {
			if (unit.parentCode() != null) {
				children.computeIfAbsent(unit.parentCode(), (parent) -> new ArrayList<>()).add(unit);
			}
		});
		this.children = children;
		this.reorganisation = reorganisation;
	}

	/** Which official list to load. */
	public enum Scope {

		/**
		 * Bình Định province (code 52): 1 province, 11 districts, 155 communes; after the reorganisation,
		 * the 58 communes of the new Gia Lai province they went into.
		 */
		BINH_DINH,

		/** The whole country: 63 provinces, 691 districts, 10,047 communes; 34 provinces, 3,321 communes after. */
		NATIONAL

	}

	public static AdministrativeUnits load(Scope scope) {
		String file = (scope == Scope.NATIONAL) ? NATIONAL : BINH_DINH;
		try (InputStream units = resource(file); InputStream mapping = resource(REORGANISATION);
				InputStream provinces = resource(NEW_PROVINCES)) {
			Map<String, AdministrativeUnit> byCode = parse(units);
			Reorganisation reorganisation = Reorganisation.parse(mapping, provinces, byCode);
			reorganisation.units().forEach((unit) -> byCode.put(unit.code(), unit));
			return new AdministrativeUnits(byCode, reorganisation);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream resource(String file) {
		InputStream in = AdministrativeUnits.class.getResourceAsStream(file);
		if (in == null) {
			throw new IllegalStateException("official unit list missing from the class path: " + file);
		}
		return in;
	}

	static Map<String, AdministrativeUnit> parse(InputStream csv) throws IOException {
		Map<String, AdministrativeUnit> units = new LinkedHashMap<>();
		for (CsvRows.Row row : CsvRows.read(csv, "province_code,", "an official unit list")) {
			String[] f = row.fields();
			if (f.length != 9) {
				throw new IllegalStateException("line " + row.line() + " has " + f.length + " fields, expected 9");
			}
			units.putIfAbsent(f[0], new AdministrativeUnit(f[0], f[1], f[2], UnitLevel.PROVINCE, null));
			units.putIfAbsent(f[3], new AdministrativeUnit(f[3], f[4], f[5], UnitLevel.DISTRICT, f[0]));
			units.put(f[6], new AdministrativeUnit(f[6], f[7], f[8], UnitLevel.COMMUNE, f[3]));
		}
		return units;
	}

	/** The id of a unit with an official code in a version of the hierarchy. */
	public static String id(String officialCode, String hierarchy) {
		return THREE_TIER_VERSION.equals(hierarchy) ? officialCode : officialCode + "@" + hierarchy;
	}

	/** The official code a unit id names. */
	public static String officialCode(String unitId) {
		int at = unitId.indexOf('@');
		return (at < 0) ? unitId : unitId.substring(0, at);
	}

	/** The version of the hierarchy a unit id belongs to. */
	public static String hierarchyOf(String unitId) {
		int at = unitId.indexOf('@');
		return (at < 0) ? THREE_TIER_VERSION : unitId.substring(at + 1);
	}

	/** The version of the hierarchy in force on a day. */
	public static String inForceOn(LocalDate day) {
		return day.isBefore(THREE_TIER_VALID_UNTIL) ? THREE_TIER_VERSION : TWO_TIER_VERSION;
	}

	/** The version of the baseline hierarchy the plan was written for. */
	public String version() {
		return THREE_TIER_VERSION;
	}

	public Optional<AdministrativeUnit> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/** Every unit of every version of the hierarchy. */
	public Collection<AdministrativeUnit> all() {
		return this.byCode.values();
	}

	/** The units of one version of the hierarchy. */
	public List<AdministrativeUnit> inHierarchy(String hierarchy) {
		return this.byCode.values().stream().filter((unit) -> unit.hierarchy().equals(hierarchy)).toList();
	}

	/** The reorganisation of 2025-07-01: which old commune went into which new ones. */
	public Reorganisation reorganisation() {
		return this.reorganisation;
	}

	/** The unit and every unit above it, from the unit itself up to its province. */
	public List<AdministrativeUnit> lineage(String code) {
		List<AdministrativeUnit> lineage = new ArrayList<>(3);
		@Nullable AdministrativeUnit unit = this.byCode.get(code);
		while (unit != null) {
			lineage.add(unit);
			unit = (unit.parentCode() != null) ? this.byCode.get(unit.parentCode()) : null;
		}
		return lineage;
	}

	/** The unit at the given level that contains the given unit (the unit itself if at that level). */
	public Optional<AdministrativeUnit> ancestorAt(String code, UnitLevel level) {
		return lineage(code).stream().filter((unit) -> unit.level() == level).findFirst();
	}

	public List<AdministrativeUnit> children(String code) {
		return this.children.getOrDefault(code, List.of());
	}

	/** The communes of a unit: the unit itself if it is one, else every commune below it. */
	public List<AdministrativeUnit> communesOf(String code) {
		AdministrativeUnit unit = this.byCode.get(code);
		if (unit == null) {
			return List.of();
		}
		if (unit.level() == UnitLevel.COMMUNE) {
			return List.of(unit);
		}
		List<AdministrativeUnit> communes = new ArrayList<>();
		children(code).forEach((child) -> communes.addAll(communesOf(child.code())));
		return communes;
	}

	/**
	 * Whether a unit lies inside a scope (a unit someone is responsible for). In one version of the
	 * hierarchy: the scope is the unit or a unit above it. Across the reorganisation, strictly: a scope
	 * of the old hierarchy covers a new unit only when it covered every old commune the new unit was
	 * formed from, and a scope of the new hierarchy covers an old unit only when every new commune its
	 * communes went into lies inside it. No one gains people they were not responsible for.
	 */
	public boolean covers(String scope, String code) {
		if (!this.byCode.containsKey(scope) || !this.byCode.containsKey(code)) {
			return false;
		}
		if (hierarchyOf(scope).equals(hierarchyOf(code))) {
			return lineage(code).stream().anyMatch((unit) -> unit.code().equals(scope));
		}
		Set<String> footprint = footprint(code);
		if (footprint.isEmpty()) {
			return false;
		}
		if (THREE_TIER_VERSION.equals(hierarchyOf(scope))) {
			return footprint.stream().allMatch((old) -> covers(scope, old));
		}
		return footprint.stream()
			.allMatch((old) -> !this.reorganisation.successors(old).isEmpty() && this.reorganisation.successors(old)
				.stream()
				.allMatch((successor) -> covers(scope, successor.commune())));
	}

	/** The old communes a unit is made of: its communes, or for a new unit those they were formed from. */
	private Set<String> footprint(String code) {
		Set<String> old = new LinkedHashSet<>();
		for (AdministrativeUnit commune : communesOf(code)) {
			if (THREE_TIER_VERSION.equals(commune.hierarchy())) {
				old.add(commune.code());
			}
			else {
				old.addAll(this.reorganisation.predecessors(commune.code()));
			}
		}
		return old;
	}

	static String clean(String text) {
		return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
	}

}
