package vn.hoagiai.contracts.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The whole current state of a communication activity (hoạt động truyền thông) a unit carried out to
 * publicise grassroots mediation, exemplary mediators and good models (task 6a of the plan), carried by
 * every communication event: enough to count activities and the people they reached by unit and month.
 * No personal data.
 *
 * @param activityId the activity's id, also the Kafka key
 * @param version increases by one with every change
 * @param kind ARTICLE, BROADCAST, SOCIAL_POST, CONTEST, FORUM or OTHER
 * @param subject what it publicises: MEDIATION, EXEMPLARY_MEDIATOR, GOOD_MODEL or OTHER
 * @param title title, in Vietnamese
 * @param organiserUnitCode official code of the province, district or commune that carried it out
 * @param date the day it ran or was held
 * @param reach an estimate of the people it reached, not negative
 * @param changedAt when the change was recorded
 */
public record CommunicationState(String activityId, long version, String kind, String subject, String title,
		String organiserUnitCode, LocalDate date, long reach, Instant changedAt) {
}
