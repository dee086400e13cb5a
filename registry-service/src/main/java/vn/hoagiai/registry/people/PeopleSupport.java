package vn.hoagiai.registry.people;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.contracts.units.UnitLevel;
import vn.hoagiai.kit.security.Role;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.security.Caller;

/** What the people endpoints share: official units and their descendants, clean text, If-Match. */
@Component
class PeopleSupport {

	/** Who manages what belongs to a team (supporters, commendations): the province, and the team's district or commune. */
	static final Role[] TEAM_MANAGERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER };

	/** Who reads it: the managers, and trainers, within their scope. */
	static final Role[] TEAM_READERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER, Role.TRAINER };

	private final AdministrativeUnits units;

	PeopleSupport(AdministrativeUnits units) {
		this.units = units;
	}

	/**
	 * The official unit a list is asked for: the one named, or else the caller's own.
	 * @throws InvalidRequestException (field {@code unit}) when there is none or it is not official
	 */
	AdministrativeUnit unitToList(@Nullable String unit, Caller caller) {
		String code = (unit != null) ? unit : caller.unit();
		if (code == null) {
			throw new InvalidRequestException("unit", "Cần chọn đơn vị hành chính (tham số unit)");
		}
		return this.units.find(code)
			.orElseThrow(() -> new InvalidRequestException("unit", "Không tìm thấy đơn vị hành chính có mã " + code));
	}

	java.util.Optional<AdministrativeUnit> find(String code) {
		return this.units.find(code);
	}

	/** Whether {@code unitCode} is {@code ancestorCode} or lies below it. */
	boolean within(String unitCode, String ancestorCode) {
		return this.units.lineage(unitCode).stream().anyMatch((unit) -> unit.code().equals(ancestorCode));
	}

	/** The unit and every unit below it, down to the given level. */
	List<String> unitsAtOrBelow(String unitCode, UnitLevel lowest) {
		List<String> codes = new ArrayList<>();
		Deque<String> pending = new ArrayDeque<>(List.of(unitCode));
		while (!pending.isEmpty()) {
			String code = pending.pop();
			AdministrativeUnit unit = this.units.find(code).orElseThrow();
			codes.add(code);
			if (unit.level().compareTo(lowest) < 0) {
				this.units.children(code).forEach((child) -> pending.push(child.code()));
			}
		}
		return codes;
	}

	/** The communes at or below a unit. */
	List<String> communesOf(String unitCode) {
		return unitsAtOrBelow(unitCode, UnitLevel.COMMUNE).stream()
			.filter((code) -> this.units.find(code).orElseThrow().level() == UnitLevel.COMMUNE)
			.toList();
	}

	private static final java.time.format.DateTimeFormatter VIETNAMESE_DATE = java.time.format.DateTimeFormatter
		.ofPattern("dd/MM/yyyy");

	/** A date as Vietnamese officials write it, in messages: 02/03/2026. */
	static String date(java.time.LocalDate date) {
		return VIETNAMESE_DATE.format(date);
	}

	/** Text is stored in NFC with single spaces, whichever form the client sent. */
	static String clean(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
	}

	static @Nullable String cleanOrNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : clean(text);
	}

	static String etag(PeopleAggregate thing) {
		return "\"" + thing.version() + "\"";
	}

}
