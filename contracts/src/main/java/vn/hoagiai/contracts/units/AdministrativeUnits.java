package vn.hoagiai.contracts.units;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One version of the administrative hierarchy, loaded from the official lists shipped in this module.
 * The three-tier hierarchy of 2025-03-01 (province, district, commune) is the baseline; it is in force
 * until the reorganisation of 2025-07-01.
 */
public final class AdministrativeUnits {

	/** The version of the three-tier hierarchy the official list describes. */
	public static final String THREE_TIER_VERSION = "2025-03-01";

	/** The last day before which the three-tier hierarchy stayed in force. */
	public static final LocalDate THREE_TIER_VALID_UNTIL = LocalDate.of(2025, 7, 1);

	private static final String BINH_DINH = "binh-dinh-units-2025-03-01.csv";

	private static final String NATIONAL = "vn-units-2025-03-01.csv";

	private final String version;

	private final Map<String, AdministrativeUnit> byCode;

	private AdministrativeUnits(String version, Map<String, AdministrativeUnit> byCode) {
		this.version = version;
		this.byCode = Collections.unmodifiableMap(byCode);
	}

	/** Which official list to load. */
	public enum Scope {

		/** Bình Định province (code 52): 1 province, 11 districts, 155 communes. */
		BINH_DINH,

		/** The whole country: 63 provinces, 691 districts, 10,047 communes. */
		NATIONAL

	}

	public static AdministrativeUnits load(Scope scope) {
		String file = (scope == Scope.NATIONAL) ? NATIONAL : BINH_DINH;
		try (InputStream in = AdministrativeUnits.class.getResourceAsStream(file)) {
			if (in == null) {
				throw new IllegalStateException("official unit list missing from the class path: " + file);
			}
			return parse(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static AdministrativeUnits parse(InputStream csv) throws IOException {
		Map<String, AdministrativeUnit> units = new LinkedHashMap<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
		String header = reader.readLine();
		if (header == null || !header.startsWith("province_code,")) {
			throw new IllegalStateException("not an official unit list: header is " + header);
		}
		String line;
		int lineNumber = 1;
		while ((line = reader.readLine()) != null) {
			lineNumber++;
			if (line.isBlank()) {
				continue;
			}
			String[] f = line.split(",", -1);
			if (f.length != 9) {
				throw new IllegalStateException("line " + lineNumber + " has " + f.length + " fields, expected 9");
			}
			units.putIfAbsent(f[0], new AdministrativeUnit(f[0], f[1], f[2], UnitLevel.PROVINCE, null));
			units.putIfAbsent(f[3], new AdministrativeUnit(f[3], f[4], f[5], UnitLevel.DISTRICT, f[0]));
			units.put(f[6], new AdministrativeUnit(f[6], f[7], f[8], UnitLevel.COMMUNE, f[3]));
		}
		return new AdministrativeUnits(THREE_TIER_VERSION, units);
	}

	public String version() {
		return this.version;
	}

	public Optional<AdministrativeUnit> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	public Collection<AdministrativeUnit> all() {
		return this.byCode.values();
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
		return this.byCode.values().stream().filter((unit) -> code.equals(unit.parentCode())).toList();
	}

}
