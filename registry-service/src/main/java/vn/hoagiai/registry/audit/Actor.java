package vn.hoagiai.registry.audit;

import org.jspecify.annotations.Nullable;

import vn.hoagiai.kit.security.Caller;

/**
 * Who makes a change.
 *
 * @param subject the token's subject (or the import that made it)
 * @param role their role
 */
public record Actor(String subject, @Nullable String role) {

	public static Actor of(Caller caller) {
		return new Actor(caller.subject(), (caller.role() == null) ? null : caller.role().name());
	}

}
