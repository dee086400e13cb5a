package vn.hoagiai.registry.people;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.UsesInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** Commendations of mediators and teams, and exemplary mediators. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesInfrastructure
class CommendationIntegrationTests extends PeopleTesting {

	static Map<String, Object> commendation(String teamId, String mediatorId, String form, String awardedOn,
			String unit) {
		Map<String, Object> body = new HashMap<>(Map.of("teamId", teamId, "form", form, "basis",
				"Hội thi hòa giải viên giỏi thành phố Quy Nhơn năm 2026", "decisionNumber", "77/QĐ-UBND", "awardedOn",
				awardedOn, "awardingUnitCode", unit));
		if (mediatorId != null) {
			body.put("mediatorId", mediatorId);
		}
		return body;
	}

	@Test
	void aMediatorAndATeamAreCommendedAndListedByUnitAndYear() {
		JsonNode team = team(NHON_BINH);
		String teamId = team.get("id").asString();
		String lan = team.get("mediators").get(0).get("id").asString();

		JsonHttp.Answer mediator = as("COMMUNE_OFFICER", NHON_BINH).post("/api/registry/commendations",
				commendation(teamId, lan, "EXEMPLARY_MEDIATOR", "2026-06-15", QUY_NHON));
		assertThat(mediator.status()).as(mediator.text()).isEqualTo(201);
		assertThat(mediator.json().get("recipient").asString()).isEqualTo("MEDIATOR");
		assertThat(mediator.json().get("formLabel").asString()).isEqualTo("Gương hòa giải viên giỏi");
		assertThat(mediator.json().get("awardingUnitName").asString()).isEqualTo("Thành phố Quy Nhơn");
		JsonHttp.Answer whole = province().post("/api/registry/commendations",
				commendation(teamId, null, "CERTIFICATE_OF_MERIT", "2025-12-20", PROVINCE));
		assertThat(whole.status()).as(whole.text()).isEqualTo(201);
		assertThat(whole.json().get("recipient").asString()).isEqualTo("TEAM");
		assertThat(whole.json().get("formLabel").asString()).isEqualTo("Bằng khen");

		JsonNode in2026 = as("DISTRICT_OFFICER", QUY_NHON).get("/api/registry/commendations?unit=540&year=2026").json();
		assertThat(ids(in2026)).contains(mediator.json().get("id").asString())
			.doesNotContain(whole.json().get("id").asString());
		assertThat(ids(as("TRAINER", NHON_BINH).get("/api/registry/commendations").json()))
			.contains(mediator.json().get("id").asString(), whole.json().get("id").asString());
		assertThat(ids(as("COMMUNE_OFFICER", NHON_PHU).get("/api/registry/commendations").json()))
			.doesNotContain(mediator.json().get("id").asString());
		assertThat(as("COMMUNE_OFFICER", NHON_PHU).get("/api/registry/commendations?unit=21550").status()).isEqualTo(403);
		assertThat(province().get("/api/registry/commendations?unit=52&year=1800").status()).isEqualTo(400);
		JsonHttp.Answer page = province().get("/api/registry/commendations?unit=21550&size=1");
		assertThat(page.json()).hasSize(1);
		assertThat(Long.parseLong(page.header("X-Total-Count"))).isGreaterThanOrEqualTo(2);
		assertThat(province().get("/api/registry/commendations?unit=52&size=201").status()).isEqualTo(400);
	}

	@Test
	void theRulesOfACommendationAreCheckedBeforeAnythingIsWritten() {
		JsonNode team = team(NHON_BINH);
		String teamId = team.get("id").asString();
		String lan = team.get("mediators").get(0).get("id").asString();

		JsonHttp.Answer noMediator = province().post("/api/registry/commendations",
				commendation(teamId, null, "EXEMPLARY_MEDIATOR", "2026-06-15", QUY_NHON));
		assertThat(noMediator.status()).isEqualTo(422);
		assertThat(firstError(noMediator)).isEqualTo("mediatorId: Gương hòa giải viên giỏi phải là một hòa giải viên cụ thể");

		JsonHttp.Answer stranger = province().post("/api/registry/commendations",
				commendation(teamId, "someone-else", "LETTER_OF_COMMENDATION", "2026-06-15", QUY_NHON));
		assertThat(firstError(stranger)).isEqualTo("mediatorId: Không tìm thấy hòa giải viên someone-else trong tổ hòa giải này");

		JsonHttp.Answer otherDistrict = province().post("/api/registry/commendations",
				commendation(teamId, lan, "LETTER_OF_COMMENDATION", "2026-06-15", AN_LAO));
		assertThat(firstError(otherDistrict))
			.isEqualTo("awardingUnitCode: Đơn vị khen thưởng phải là xã của tổ hòa giải, huyện hoặc tỉnh quản lý xã đó");
		JsonHttp.Answer unknownUnit = province().post("/api/registry/commendations",
				commendation(teamId, lan, "LETTER_OF_COMMENDATION", "2026-06-15", "599"));
		assertThat(firstError(unknownUnit)).isEqualTo("awardingUnitCode: Không tìm thấy đơn vị hành chính có mã 599");

		JsonHttp.Answer future = province().post("/api/registry/commendations",
				commendation(teamId, lan, "LETTER_OF_COMMENDATION", "2999-06-15", QUY_NHON));
		assertThat(firstError(future)).isEqualTo("awardedOn: Ngày khen thưởng không được ở tương lai");
		JsonHttp.Answer blankBasis = province().post("/api/registry/commendations",
				with(commendation(teamId, lan, "LETTER_OF_COMMENDATION", "2026-06-15", QUY_NHON), "basis", "  "));
		assertThat(firstError(blankBasis)).isEqualTo("basis: Căn cứ khen thưởng (hội thi hoặc quyết định) là bắt buộc");
		JsonHttp.Answer longBasis = province().post("/api/registry/commendations",
				with(commendation(teamId, lan, "LETTER_OF_COMMENDATION", "2026-06-15", QUY_NHON), "basis", "x".repeat(301)));
		assertThat(firstError(longBasis)).isEqualTo("basis: Căn cứ khen thưởng tối đa 300 ký tự");

		JsonHttp.Answer unknownTeam = province().post("/api/registry/commendations",
				commendation("no-such-team", null, "CERTIFICATE_OF_MERIT", "2026-06-15", PROVINCE));
		assertThat(firstError(unknownTeam)).isEqualTo("teamId: Không tìm thấy tổ hòa giải no-such-team");
		JsonHttp.Answer outOfScope = as("COMMUNE_OFFICER", NHON_PHU).post("/api/registry/commendations",
				commendation(teamId, null, "CERTIFICATE_OF_MERIT", "2026-06-15", PROVINCE));
		assertThat(outOfScope.status()).isEqualTo(403);

		JsonHttp.Answer injected = province().post("/api/registry/commendations",
				"{\"teamId\": \"" + teamId + "\", \"mediatorId\": {\"$ne\": null}, \"form\": \"OTHER\", \"basis\": \"x\","
						+ " \"awardedOn\": \"2026-06-15\", \"awardingUnitCode\": \"52\"}", Map.of());
		assertThat(injected.status()).isEqualTo(400);
		assertThat(injected.json().get("errors").get(0).get("field").asString()).isEqualTo("mediatorId");

		assertThat(province().get("/api/registry/commendations?unit=21550").json().toString()).doesNotContain(teamId);
	}

	@Test
	void analystsAndDistrictSystemsNeitherReadNorRecordCommendations() {
		assertThat(as("ANALYST", PROVINCE).get("/api/registry/commendations?unit=52").status()).isEqualTo(403);
		assertThat(as("DISTRICT_SYSTEM", QUY_NHON).get("/api/registry/commendations?unit=540").status()).isEqualTo(403);
		String teamId = team(NHON_BINH).get("id").asString();
		assertThat(as("TRAINER", QUY_NHON).post("/api/registry/commendations",
				commendation(teamId, null, "CERTIFICATE_OF_MERIT", "2026-06-15", PROVINCE)).status()).isEqualTo(403);
	}

	static java.util.List<String> ids(JsonNode list) {
		return TrainerIntegrationTests.ids(list);
	}

}
