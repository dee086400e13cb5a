package vn.hoagiai.kit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.hoagiai.contracts.units.AdministrativeUnits;

/**
 * Which official unit list a service knows.
 *
 * @param scope {@code BINH_DINH} (the default) or {@code NATIONAL}
 */
@ConfigurationProperties("hoagiai.units")
public record UnitsProperties(@DefaultValue("BINH_DINH") AdministrativeUnits.Scope scope) {
}
