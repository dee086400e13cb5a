package vn.hoagiai.contracts.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the registry.people events (trainers, legal supporters, pilot communes), each with an example that breaks it. */
class PeopleEventsTests {

	static final ObjectMapper JSON = new ObjectMapper();

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	static final Instant CHANGED = Instant.parse("2026-11-27T00:00:00Z");

	static ObjectNode trainer() throws Exception {
		return (ObjectNode) JSON.readTree("""
				{"trainerId": "t-1", "version": 2, "unitCode": "540", "level": "DISTRICT", "source": "JUDGE",
				 "gender": "FEMALE", "active": true, "trained": true, "materialsGiven": false,
				 "appointedOn": "2026-03-02", "retiredOn": null, "trainedOn": "2026-04-08",
				 "changedAt": "2026-04-08T02:00:00Z"}""");
	}

	static ObjectNode support() throws Exception {
		return (ObjectNode) JSON.readTree("""
				{"supportId": "s-1", "version": 1, "teamId": "t-1", "communeCode": "21550", "active": true,
				 "category": "LAWYER", "assignedOn": "2026-04-01", "changedAt": "2026-04-01T03:00:00Z"}""");
	}

	static ObjectNode pilot() throws Exception {
		return (ObjectNode) JSON.readTree("""
				{"communeCode": "21550", "version": 1, "from": "2024-07-01", "until": null, "active": true,
				 "changedAt": "2024-06-20T02:00:00Z"}""");
	}

	static Arguments breaking(String rule, EventType type, Consumer<ObjectNode> change) {
		return Arguments.of(rule, type, change);
	}

	static Stream<Arguments> brokenRules() {
		return Stream.of(
				breaking("trainer: a district trainer belongs to a district", EventType.TRAINER_CHANGED,
						(t) -> t.put("unitCode", "52")),
				breaking("trainer: a provincial trainer belongs to the province", EventType.TRAINER_CHANGED,
						(t) -> t.put("level", "PROVINCIAL")),
				breaking("trainer: level is one of the listed", EventType.TRAINER_CHANGED, (t) -> t.put("level", "COMMUNE")),
				breaking("trainer: source is one of the listed", EventType.TRAINER_REGISTERED,
						(t) -> t.put("source", "TEACHER")),
				breaking("trainer: appointedOn is required", EventType.TRAINER_REGISTERED, (t) -> t.remove("appointedOn")),
				breaking("trainer: trained is required", EventType.TRAINER_REGISTERED, (t) -> t.remove("trained")),
				breaking("trainer: unitCode has 2 or 3 digits", EventType.TRAINER_REGISTERED, (t) -> t.put("unitCode", "5400")),
				breaking("support: communeCode has 5 digits", EventType.LEGAL_SUPPORT_CHANGED,
						(s) -> s.put("communeCode", "540")),
				breaking("support: teamId is required", EventType.LEGAL_SUPPORT_CHANGED, (s) -> s.remove("teamId")),
				breaking("support: category is one of the listed", EventType.LEGAL_SUPPORT_CHANGED,
						(s) -> s.put("category", "FRIEND")),
				breaking("pilot: communeCode has 5 digits", EventType.PILOT_COMMUNE_CHANGED, (p) -> p.put("communeCode", "52")),
				breaking("pilot: from is a date", EventType.PILOT_COMMUNE_CHANGED, (p) -> p.put("from", "July 2024")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenRules")
	void anEventBreakingTheRuleIsRefusedByTheSchema(String rule, EventType type, Consumer<ObjectNode> change)
			throws Exception {
		ObjectNode valid = switch (type.schema()) {
			case "trainer-state.v1" -> trainer();
			case "legal-support-state.v1" -> support();
			default -> pilot();
		};
		assertThat(EventSchemas.problems(type, bytes(valid))).as("the valid example").isEmpty();

		change.accept(valid);

		assertThat(EventSchemas.problems(type, bytes(valid))).as(rule).isNotEmpty();
	}

	@Test
	void aTrainerRetiredBeforeTheAppointmentOrInTheFutureIsRefused() {
		TrainerState early = new TrainerState("t-1", 2, "540", "DISTRICT", "JUDGE", Gender.MALE, false, false, false,
				LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), null, null, CHANGED);
		assertThat(ContractRules.problems(EventType.TRAINER_CHANGED, early, TODAY))
			.containsExactly("retiredOn 2026-03-01 is before appointedOn 2026-03-02");
		TrainerState future = new TrainerState("t-1", 1, "540", "DISTRICT", "JUDGE", Gender.MALE, true, false, false,
				TODAY.plusDays(10), null, null, null, CHANGED);
		assertThat(ContractRules.problems(EventType.TRAINER_REGISTERED, future, TODAY)).hasSize(1);
	}

	@Test
	void aTrainersFlagsMustAgreeWithTheirDates() {
		TrainerState state = new TrainerState("t-1", 2, "540", "DISTRICT", "JUDGE", Gender.MALE, true, true, false,
				LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 1), null, LocalDate.of(2026, 4, 1), CHANGED);
		assertThat(ContractRules.problems(EventType.TRAINER_CHANGED, state, TODAY)).containsExactly(
				"active true disagrees with retiredOn", "trained true disagrees with trainedOn",
				"materialsGiven false disagrees with materialsGivenOn");
	}

	@Test
	void aSupportEndedBeforeItBeganOrStillActiveWhenEndedIsRefused() {
		LegalSupportState state = new LegalSupportState("s-1", 2, "t-1", "21550", true, "LAWYER",
				LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 1), CHANGED);
		assertThat(ContractRules.problems(EventType.LEGAL_SUPPORT_CHANGED, state, TODAY)).containsExactly(
				"endedOn 2026-03-01 is before assignedOn 2026-04-01", "active true disagrees with endedOn");
	}

	@Test
	void aChangeRecordedInTheFutureIsRefused() {
		PilotCommuneState state = new PilotCommuneState("21550", 1, LocalDate.of(2026, 7, 1), null, true,
				Instant.parse("2026-12-30T00:00:00Z"));
		assertThat(ContractRules.problems(EventType.PILOT_COMMUNE_CHANGED, state, TODAY))
			.containsExactly("changedAt 2026-12-30T00:00:00Z is in the future");
	}

	@Test
	void aPilotPeriodEndingBeforeItBeginsIsRefused() {
		PilotCommuneState state = new PilotCommuneState("21550", 1, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 30),
				true, CHANGED);
		assertThat(ContractRules.problems(EventType.PILOT_COMMUNE_CHANGED, state, TODAY))
			.containsExactly("until 2026-06-30 is before from 2026-07-01");
	}

	static byte[] bytes(ObjectNode node) throws Exception {
		return JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
	}

}
