package vn.hoagiai.kit.security;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;

import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.kit.problem.ForbiddenException;

/**
 * The person or system behind a request, from their verified token: a role and a unit scope. A unit
 * lies in the caller's scope when the caller's unit is the unit itself or a unit above it (across the
 * 2025 reorganisation: see {@link AdministrativeUnits#covers}).
 */
public final class Caller {

	private final String subject;

	private final @Nullable Role role;

	private final @Nullable String unit;

	private final AdministrativeUnits units;

	Caller(String subject, @Nullable Role role, @Nullable String unit, AdministrativeUnits units) {
		this.subject = subject;
		this.role = role;
		this.unit = unit;
		this.units = units;
	}

	static Caller of(Jwt jwt, AdministrativeUnits units) {
		List<String> roles = jwt.getClaimAsStringList("roles");
		Role role = (roles == null) ? null : roles.stream().map(Role::of).flatMap(java.util.Optional::stream).findFirst()
			.orElse(null);
		return new Caller(jwt.getSubject(), role, jwt.getClaimAsString("unit"), units);
	}

	public String subject() {
		return this.subject;
	}

	public @Nullable Role role() {
		return this.role;
	}

	public @Nullable String unit() {
		return this.unit;
	}

	public boolean is(Role... roles) {
		return this.role != null && Arrays.asList(roles).contains(this.role);
	}

	/**
	 * Whether the unit (or the unit an object is recorded against) lies inside the caller's scope, in
	 * either version of the hierarchy ({@link AdministrativeUnits#covers}).
	 */
	public boolean covers(String unitCode) {
		return this.unit != null && this.units.covers(this.unit, unitCode);
	}

	/**
	 * Refuses (403) unless the caller has one of the roles.
	 * @throws ForbiddenException otherwise
	 */
	public void require(Role... roles) {
		if (!is(roles)) {
			throw new ForbiddenException("Vai trò của bạn không được phép thực hiện thao tác này.");
		}
	}

	/**
	 * Refuses (403) unless the caller has one of the roles and the unit lies in their scope.
	 * @throws ForbiddenException otherwise
	 */
	public void requireWithin(String unitCode, Role... roles) {
		require(roles);
		if (!covers(unitCode)) {
			throw new ForbiddenException("Đơn vị " + unitCode + " nằm ngoài phạm vi quản lý của bạn.");
		}
	}

	@Override
	public String toString() {
		return this.subject + " (" + this.role + " " + this.unit + ")";
	}

}
