package vn.hoagiai.contracts.events;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The whole current state of one legal professional's assignment to support a mediation team, carried
 * by every legal-support event: enough to count the teams supported by legal professionals (Decision
 * 315: at least 10%) per commune, district and province. No names or contact details.
 *
 * @param supportId the assignment's id, also the Kafka key
 * @param version increases by one with every change
 * @param teamId the supported team
 * @param communeCode official code of the team's commune
 * @param active false once the assignment ended
 * @param category the supporter's profession (the categories of trainers' sources)
 * @param assignedOn the first day of the assignment
 * @param endedOn the day it ended, null while active
 * @param changedAt when the change was recorded
 */
public record LegalSupportState(String supportId, long version, String teamId, String communeCode, boolean active,
		String category, LocalDate assignedOn, @Nullable LocalDate endedOn, Instant changedAt) {
}
