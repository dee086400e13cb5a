package vn.hoagiai.contracts.events;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The province's designation of a commune as a pilot commune (xã điểm) for a period, carried by every
 * pilot-commune event, so mediation results in pilot communes can be told apart (Decision 315: over 90%
 * successful there).
 *
 * @param communeCode official code of the commune, also the Kafka key
 * @param version increases by one with every change
 * @param from first day of the pilot period
 * @param until last day of the pilot period, null when open-ended
 * @param active false once the designation was withdrawn
 * @param changedAt when the change was recorded
 */
public record PilotCommuneState(String communeCode, long version, LocalDate from, @Nullable LocalDate until,
		boolean active, Instant changedAt) {
}
