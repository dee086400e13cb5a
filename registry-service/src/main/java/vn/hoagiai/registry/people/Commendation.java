package vn.hoagiai.registry.people;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A commendation (khen thưởng) of a mediator of a team, or of a whole team: its form, the contest or
 * decision that named them, the date and the awarding unit. Recorded once, never changed.
 *
 * @param id the commendation's id
 * @param teamId the team (of the mediator, or commended itself)
 * @param communeCode the team's commune, for scope and counting
 * @param mediatorId the commended mediator, null when the team is commended
 * @param form the form
 * @param basis the contest or the decision that named them, in words
 * @param decisionNumber the decision's number, if there is one
 * @param awardedOn the date of the award
 * @param awardedYear its year, for listing by year
 * @param awardingUnitCode the unit that awarded it: the commune, its district or the province
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 * @param recordedRole their role
 */
@Document("commendations")
record Commendation(@Id String id, String teamId, String communeCode, @Nullable String mediatorId,
		CommendationForm form, String basis, @Nullable String decisionNumber, LocalDate awardedOn, int awardedYear,
		String awardingUnitCode, Instant recordedAt, String recordedBy, @Nullable String recordedRole) {
}
