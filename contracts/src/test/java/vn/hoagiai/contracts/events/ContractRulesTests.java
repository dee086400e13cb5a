package vn.hoagiai.contracts.events;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract's rules that a schema cannot say, each with an example that breaks it. */
class ContractRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	static CaseState closed(LocalDate received, LocalDate closed) {
		return new CaseState("c-1", 2, "21550", CaseField.LAND, received, CaseStatus.SUCCESSFUL, closed, null, null);
	}

	@Test
	void aCaseClosedOnOrAfterTheDayItWasReceivedIsFine() {
		assertThat(ContractRules.problems(EventType.CASE_CLOSED, closed(TODAY.minusDays(9), TODAY), TODAY)).isEmpty();
	}

	@Test
	void aCaseClosedBeforeItWasReceivedIsRefused() {
		assertThat(ContractRules.problems(EventType.CASE_CLOSED, closed(TODAY, TODAY.minusDays(1)), TODAY))
			.containsExactly("closedOn 2026-11-26 is before receivedOn 2026-11-27");
	}

	@Test
	void aDateInTheFutureIsRefusedAllowingOneDayOfClockSkew() {
		assertThat(ContractRules.problems(EventType.CASE_CLOSED, closed(TODAY, TODAY.plusDays(1)), TODAY)).isEmpty();
		assertThat(ContractRules.problems(EventType.CASE_CLOSED, closed(TODAY, TODAY.plusDays(30)), TODAY))
			.containsExactly("closedOn 2026-12-27 is in the future");
	}

	@Test
	void aCaseReceivedBeforeTheLawIsRefused() {
		assertThat(ContractRules.problems(EventType.CASE_CLOSED, closed(LocalDate.of(1990, 1, 1), TODAY), TODAY))
			.containsExactly("receivedOn 1990-01-01 is before 1998-01-01");
	}

	@Test
	void courtRecognitionBeforeTheCaseClosedIsRefused() {
		CaseState c = new CaseState("c-1", 3, "21550", CaseField.LAND, TODAY.minusDays(20), CaseStatus.SUCCESSFUL,
				TODAY.minusDays(5), TODAY.minusDays(6), null);
		assertThat(ContractRules.problems(EventType.CASE_SENT_FOR_COURT_RECOGNITION, c, TODAY))
			.containsExactly("courtRecognitionRequestedOn 2026-11-21 is before closedOn 2026-11-22");
	}

	@Test
	void legalSupportBeforeTheCaseWasReceivedIsRefused() {
		CaseState c = new CaseState("c-1", 2, "21550", CaseField.LAND, TODAY.minusDays(5), CaseStatus.RECEIVED, null,
				null, TODAY.minusDays(6));
		assertThat(ContractRules.problems(EventType.CASE_GIVEN_LEGAL_SUPPORT, c, TODAY)).hasSize(1);
	}

	@Test
	void theTypeMustAgreeWithTheState() {
		CaseState open = new CaseState("c-1", 1, "21550", CaseField.LAND, TODAY, CaseStatus.RECEIVED, null, null, null);

		assertThat(ContractRules.problems(EventType.CASE_RECEIVED, open, TODAY)).isEmpty();
		assertThat(ContractRules.problems(EventType.CASE_CLOSED, open, TODAY))
			.containsExactly("vn.hoagiai.district.case.closed.v1 requires a closed status");
		assertThat(ContractRules.problems(EventType.CASE_SENT_FOR_COURT_RECOGNITION, open, TODAY)).hasSize(1);
		assertThat(ContractRules.problems(EventType.CASE_GIVEN_LEGAL_SUPPORT, open, TODAY)).hasSize(1);
		assertThat(ContractRules.problems(EventType.CASE_RECEIVED, closed(TODAY, TODAY), TODAY)).hasSize(1);
	}

	@Test
	void aCourseEndingBeforeItStartsIsRefused() {
		CourseState course = new CourseState("c", 1, "540", "Tập huấn", "MEDIATORS", TODAY, TODAY.minusDays(1),
				"PLANNED", java.time.Instant.parse("2026-11-27T00:00:00Z"));
		assertThat(ContractRules.problems(EventType.COURSE_SCHEDULED, course, TODAY))
			.containsExactly("endDate 2026-11-26 is before startDate 2026-11-27");
	}

	@Test
	void aParticipationWhoseIdIsNotCourseAndMediatorIsRefused() {
		ParticipationState p = new ParticipationState("c:m-2", 1, "c", "m-1", "21550", "540", "MEDIATORS", "ENROLLED", 0,
				2, null, java.time.Instant.parse("2026-11-27T00:00:00Z"));
		assertThat(ContractRules.problems(EventType.PARTICIPANT_ENROLLED, p, TODAY))
			.containsExactly("participationId c:m-2 is not courseId:mediatorId");
	}

	@Test
	void aCompletedEventMustCarryACompletedParticipation() {
		ParticipationState enrolled = new ParticipationState("c:m-1", 2, "c", "m-1", "21550", "540", "MEDIATORS",
				"ENROLLED", 1, 2, null, java.time.Instant.parse("2026-11-27T00:00:00Z"));
		assertThat(ContractRules.problems(EventType.PARTICIPANT_COMPLETED, enrolled, TODAY))
			.containsExactly("vn.hoagiai.training.participant.completed.v1 requires status COMPLETED");
		assertThat(ContractRules.problems(EventType.PARTICIPANT_ATTENDED, enrolled, TODAY)).isEmpty();
	}

	@Test
	void aParticipationCompletedInTheFutureIsRefused() {
		ParticipationState p = new ParticipationState("c:m-1", 3, "c", "m-1", "21550", "540", "MEDIATORS", "COMPLETED",
				2, 2, TODAY.plusDays(10), java.time.Instant.parse("2026-11-27T00:00:00Z"));
		assertThat(ContractRules.problems(EventType.PARTICIPANT_COMPLETED, p, TODAY)).hasSize(1);
	}

}
