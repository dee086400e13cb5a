package vn.hoagiai.training.people;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A mediator as training-service knows them from the registry's events (never by calling the
 * registry): enough to refuse enrolling someone who is unknown or no longer serving.
 *
 * @param mediatorId the registry's id
 * @param teamId the team they serve in (or last served in)
 * @param communeCode the team's commune
 * @param serving whether they serve now
 * @param teamVersion the version of the team event this was learnt from
 */
@Document("known_mediators")
record KnownMediator(@Id String mediatorId, String teamId, String communeCode, boolean serving, long teamVersion) {
}
