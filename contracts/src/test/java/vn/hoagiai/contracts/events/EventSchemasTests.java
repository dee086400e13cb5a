package vn.hoagiai.contracts.events;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule in the schemas, each with an example that breaks it. */
class EventSchemasTests {

	static final ObjectMapper JSON = new ObjectMapper();

	static ObjectNode validCase() throws Exception {
		return (ObjectNode) JSON.readTree("""
				{"caseId": "540-2026-0003", "version": 3, "communeCode": "21556", "field": "MARRIAGE_AND_FAMILY",
				 "receivedOn": "2026-02-10", "status": "SUCCESSFUL", "closedOn": "2026-02-25",
				 "courtRecognitionRequestedOn": "2026-03-01", "legalSupportGivenOn": null}""");
	}

	static ObjectNode validTeam() throws Exception {
		return (ObjectNode) JSON.readTree("""
				{"teamId": "t-1", "version": 1, "communeCode": "21550", "villageName": "Khu vực 1",
				 "manyEthnicMinorityResidents": false, "active": true,
				 "members": [{"mediatorId": "m-1", "gender": "FEMALE", "ethnicMinority": false, "leader": true}],
				 "compliant": false, "complianceReasons": ["Tổ hòa giải có ít hơn 3 hòa giải viên"],
				 "changedAt": "2026-03-02T08:00:00Z"}""");
	}

	static ObjectNode validCourse() throws Exception {
		return (ObjectNode) JSON.readTree("""
				{"courseId": "c-1", "version": 1, "organiserUnitCode": "540", "title": "Tập huấn",
				 "audience": "MEDIATORS", "startDate": "2026-05-12", "endDate": "2026-05-13", "status": "PLANNED",
				 "changedAt": "2026-04-01T02:00:00Z"}""");
	}

	static ObjectNode validParticipation() throws Exception {
		return (ObjectNode) JSON.readTree("""
				{"participationId": "c-1:m-1", "version": 3, "courseId": "c-1", "mediatorId": "m-1",
				 "communeCode": "21550", "organiserUnitCode": "540", "audience": "MEDIATORS", "status": "COMPLETED",
				 "sessionsAttended": 2, "sessionsRequired": 2, "completedOn": "2026-05-13",
				 "changedAt": "2026-05-13T09:30:00Z"}""");
	}

	static Arguments breaking(String rule, EventType type, Consumer<ObjectNode> change) {
		return Arguments.of(rule, type, change);
	}

	static Stream<Arguments> brokenRules() {
		return Stream.of(
				breaking("case: caseId is required", EventType.CASE_CLOSED, (c) -> c.remove("caseId")),
				breaking("case: caseId has no spaces or slashes", EventType.CASE_CLOSED, (c) -> c.put("caseId", "540/2026 1")),
				breaking("case: version is an integer", EventType.CASE_CLOSED, (c) -> c.put("version", "three")),
				breaking("case: version is at least 1", EventType.CASE_CLOSED, (c) -> c.put("version", 0)),
				breaking("case: communeCode is required", EventType.CASE_CLOSED, (c) -> c.remove("communeCode")),
				breaking("case: communeCode has 5 digits", EventType.CASE_CLOSED, (c) -> c.put("communeCode", "2155")),
				breaking("case: field is required", EventType.CASE_CLOSED, (c) -> c.remove("field")),
				breaking("case: field is one of the listed fields", EventType.CASE_CLOSED, (c) -> c.put("field", "TAXES")),
				breaking("case: receivedOn is required", EventType.CASE_CLOSED, (c) -> c.remove("receivedOn")),
				breaking("case: receivedOn is a date", EventType.CASE_CLOSED, (c) -> c.put("receivedOn", "10/02/2026")),
				breaking("case: status is required", EventType.CASE_CLOSED, (c) -> c.remove("status")),
				breaking("case: status is one of the listed", EventType.CASE_CLOSED, (c) -> c.put("status", "DONE")),
				breaking("case: closedOn is a date", EventType.CASE_CLOSED, (c) -> c.put("closedOn", "yesterday")),
				breaking("case: a closed case has closedOn", EventType.CASE_CLOSED, (c) -> c.remove("closedOn")),
				breaking("case: an open case has no closedOn", EventType.CASE_RECEIVED,
						(c) -> c.put("status", "RECEIVED").remove("courtRecognitionRequestedOn")),
				breaking("case: only a successful case goes to court", EventType.CASE_SENT_FOR_COURT_RECOGNITION,
						(c) -> c.put("status", "UNSUCCESSFUL")),
				breaking("case: legalSupportGivenOn is a date", EventType.CASE_GIVEN_LEGAL_SUPPORT,
						(c) -> c.put("legalSupportGivenOn", 20260301)),
				breaking("team: teamId is required", EventType.TEAM_CHANGED, (t) -> t.remove("teamId")),
				breaking("team: communeCode has 5 digits", EventType.TEAM_CHANGED, (t) -> t.put("communeCode", "ABCDE")),
				breaking("team: villageName is not empty", EventType.TEAM_CHANGED, (t) -> t.put("villageName", "")),
				breaking("team: villageName has at most 200 characters", EventType.TEAM_CHANGED,
						(t) -> t.put("villageName", "x".repeat(201))),
				breaking("team: members is required", EventType.TEAM_CHANGED, (t) -> t.remove("members")),
				breaking("team: a member's gender is FEMALE or MALE", EventType.TEAM_CHANGED,
						(t) -> ((ObjectNode) t.get("members").get(0)).put("gender", "F")),
				breaking("team: a member has a mediatorId", EventType.TEAM_CHANGED,
						(t) -> ((ObjectNode) t.get("members").get(0)).remove("mediatorId")),
				breaking("team: at most 50 members", EventType.TEAM_CHANGED, (t) -> {
					ArrayNode members = (ArrayNode) t.get("members");
					for (int i = 0; i < 50; i++) {
						members.add(members.get(0).deepCopy());
					}
				}),
				breaking("team: active is a boolean", EventType.TEAM_CHANGED, (t) -> t.put("active", "yes")),
				breaking("team: changedAt is a date-time", EventType.TEAM_CHANGED, (t) -> t.put("changedAt", "hôm qua")),
				breaking("course: audience is one of the listed", EventType.COURSE_SCHEDULED,
						(c) -> c.put("audience", "EVERYONE")),
				breaking("course: organiserUnitCode has 2 to 5 digits", EventType.COURSE_SCHEDULED,
						(c) -> c.put("organiserUnitCode", "5")),
				breaking("course: title is not empty", EventType.COURSE_SCHEDULED, (c) -> c.put("title", "")),
				breaking("course: status is one of the listed", EventType.COURSE_SCHEDULED, (c) -> c.put("status", "OVER")),
				breaking("course: startDate is required", EventType.COURSE_SCHEDULED, (c) -> c.remove("startDate")),
				breaking("participation: participationId is required", EventType.PARTICIPANT_COMPLETED,
						(p) -> p.remove("participationId")),
				breaking("participation: communeCode has 5 digits", EventType.PARTICIPANT_COMPLETED,
						(p) -> p.put("communeCode", "540")),
				breaking("participation: audience is one of the listed", EventType.PARTICIPANT_COMPLETED,
						(p) -> p.put("audience", "EVERYONE")),
				breaking("participation: status is one of the listed", EventType.PARTICIPANT_COMPLETED,
						(p) -> p.put("status", "PASSED")),
				breaking("participation: sessionsAttended is not negative", EventType.PARTICIPANT_ATTENDED,
						(p) -> p.put("sessionsAttended", -1)),
				breaking("participation: a completed participation has completedOn", EventType.PARTICIPANT_COMPLETED,
						(p) -> p.remove("completedOn")),
				breaking("participation: an enrolled participation has no completedOn", EventType.PARTICIPANT_ATTENDED,
						(p) -> p.put("status", "ENROLLED")),
				breaking("participation: mediatorId is required", EventType.PARTICIPANT_ENROLLED,
						(p) -> p.remove("mediatorId")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenRules")
	void anEventBreakingTheRuleIsRefusedByTheSchema(String rule, EventType type, Consumer<ObjectNode> change)
			throws Exception {
		ObjectNode valid = switch (type.schema()) {
			case "case-state.v1" -> validCase();
			case "team-state.v1" -> validTeam();
			case "participation-state.v1" -> validParticipation();
			default -> validCourse();
		};
		assertThat(EventSchemas.problems(type, bytes(valid))).as("the valid example").isEmpty();

		change.accept(valid);

		assertThat(EventSchemas.problems(type, bytes(valid))).as(rule).isNotEmpty();
	}

	static byte[] bytes(ObjectNode node) throws Exception {
		return JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
	}

}
