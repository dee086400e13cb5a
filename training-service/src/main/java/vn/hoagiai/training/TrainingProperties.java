package vn.hoagiai.training;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.hoagiai.contracts.units.AdministrativeUnits;

/**
 * training-service settings.
 *
 * @param unitScope which official unit list organisers are checked against
 */
@ConfigurationProperties("hoagiai.training")
public record TrainingProperties(@DefaultValue("BINH_DINH") AdministrativeUnits.Scope unitScope) {
}
