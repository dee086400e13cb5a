package vn.hoagiai.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.hoagiai.contracts.units.AdministrativeUnits;

/**
 * reporting-service settings.
 *
 * @param unitScope which official unit list the rollup knows: {@code BINH_DINH} or {@code NATIONAL}
 */
@ConfigurationProperties("hoagiai.reporting")
public record ReportingProperties(@DefaultValue("BINH_DINH") AdministrativeUnits.Scope unitScope) {
}
