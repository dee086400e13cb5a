package vn.hoagiai.contracts.events;

import java.time.Instant;

/**
 * A mediator reached a material of the library for the first time: opened it through their personal
 * reading link, or was handed it (printed or in a course) as an officer recorded. One record per
 * mediator and material; later openings are not published. Counts mediators who reached the material
 * set (Decision 315: 100% of mediators reach and use the training materials). No names.
 *
 * @param reachId {@code <materialId>:<mediatorId>}, also the Kafka key
 * @param version always 1: a reach, once recorded, does not change
 * @param materialId the material
 * @param mediatorId the registry's id of the mediator
 * @param communeCode official code of the commune of the mediator's team at the time
 * @param channel READING_LINK (opened through a personal link) or HANDOUT (handed over, recorded by an
 * officer)
 * @param reachedAt when the mediator first reached it
 */
public record MaterialReachState(String reachId, long version, String materialId, String mediatorId,
		String communeCode, String channel, Instant reachedAt) {
}
