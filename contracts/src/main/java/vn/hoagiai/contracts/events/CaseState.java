package vn.hoagiai.contracts.events;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The whole current state of a mediation case (vụ việc hòa giải) as a district system reports it. It
 * never carries the parties or the story of the dispute: only what is counted.
 *
 * @param caseId the district system's id of the case, also the Kafka key
 * @param version increases with every change of the case; a lower version than one already sent is refused
 * @param communeCode official code of the commune whose team handles the case
 * @param field the field of the dispute
 * @param receivedOn the day the team received the case
 * @param status where the case stands
 * @param closedOn the day it was closed, when it is
 * @param courtRecognitionRequestedOn the day a successful result was sent to court for recognition, if it was
 * @param legalSupportGivenOn the day legal support was first given, if it was
 */
public record CaseState(String caseId, long version, String communeCode, CaseField field, LocalDate receivedOn,
		CaseStatus status, @Nullable LocalDate closedOn, @Nullable LocalDate courtRecognitionRequestedOn,
		@Nullable LocalDate legalSupportGivenOn) {
}
