package vn.hoagiai.registry.unit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.hoagiai.contracts.units.AdministrativeUnits;

/**
 * Which official unit list the registry loads.
 *
 * @param scope {@code BINH_DINH} (the default) or {@code NATIONAL}
 */
@ConfigurationProperties("hoagiai.units")
public record UnitProperties(@DefaultValue("BINH_DINH") AdministrativeUnits.Scope scope) {
}
