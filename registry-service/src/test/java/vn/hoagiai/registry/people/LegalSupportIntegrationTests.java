package vn.hoagiai.registry.people;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.LegalSupportState;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.UsesInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Legal professionals supporting mediation teams, counted per team and commune from their events. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesInfrastructure
class LegalSupportIntegrationTests extends PeopleTesting {

	@Autowired
	MongoTemplate mongo;

	static Map<String, Object> supporter(String teamId) {
		return Map.of("teamId", teamId, "fullName", "Luật sư Trần Quốc Bảo", "category", "LAWYER", "organisation",
				"Đoàn Luật sư tỉnh Bình Định", "assignedOn", "2026-04-01", "decisionNumber", "45/QĐ-STP");
	}

	@Test
	void anAssignedSupporterCarriesTheTeamAndItsCommuneToTheEventWithoutTheirName() {
		String teamId = team(NHON_BINH).get("id").asString();

		JsonHttp.Answer assigned = as("COMMUNE_OFFICER", NHON_BINH).post("/api/registry/legal-supporters", supporter(teamId));

		assertThat(assigned.status()).as(assigned.text()).isEqualTo(201);
		JsonNode view = assigned.json();
		String id = view.get("id").asString();
		assertThat(view.get("communeCode").asString()).isEqualTo(NHON_BINH);
		assertThat(view.get("categoryLabel").asString()).isEqualTo("Luật sư");
		assertThat(view.get("active").asBoolean()).isTrue();
		await().untilAsserted(() -> assertThat(events(id)).hasSize(1));
		assertThat(events(id).get(0).type()).isEqualTo(EventType.LEGAL_SUPPORT_CHANGED);
		LegalSupportState state = events(id).get(0).dataAs(LegalSupportState.class);
		assertThat(state.teamId()).isEqualTo(teamId);
		assertThat(state.communeCode()).isEqualTo(NHON_BINH);
		assertThat(state.active()).isTrue();
		assertThat(rawEvents(id).get(0)).doesNotContain("Bảo");

		assertThat(ids(province().get("/api/registry/legal-supporters?unit=540").json())).contains(id);
		assertThat(ids(as("TRAINER", QUY_NHON).get("/api/registry/legal-supporters?teamId=" + teamId).json()))
			.containsExactly(id);
		assertThat(ids(as("COMMUNE_OFFICER", NHON_PHU).get("/api/registry/legal-supporters").json())).doesNotContain(id);
		JsonHttp.Answer page = province().get("/api/registry/legal-supporters?unit=52&size=1");
		assertThat(page.json()).hasSize(1);
		assertThat(Long.parseLong(page.header("X-Total-Count"))).isGreaterThanOrEqualTo(1);
		assertThat(province().get("/api/registry/legal-supporters?unit=52&size=201").status()).isEqualTo(400);
	}

	@Test
	void aSupporterForAnUnknownStagedDissolvedOrOutOfScopeTeamIsRefusedAndNothingIsWritten() {
		long before = this.mongo.getCollection("legal_supporters").countDocuments();

		JsonHttp.Answer unknown = province().post("/api/registry/legal-supporters", supporter("no-such-team"));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(firstError(unknown)).isEqualTo("teamId: Không tìm thấy tổ hòa giải no-such-team");

		String staged = "staged-" + UUID.randomUUID();
		this.mongo.getCollection("teams").insertOne(new Document("_id", staged).append("communeCode", NHON_BINH)
			.append("active", true).append("mediators", List.of()).append("_staged", true));
		JsonHttp.Answer notCommitted = province().post("/api/registry/legal-supporters", supporter(staged));
		assertThat(notCommitted.status()).isEqualTo(422);
		assertThat(firstError(notCommitted)).isEqualTo("teamId: Không tìm thấy tổ hòa giải " + staged);

		String dissolved = "dissolved-" + UUID.randomUUID();
		this.mongo.getCollection("teams").insertOne(dissolvedTeam(dissolved));
		JsonHttp.Answer inactive = province().post("/api/registry/legal-supporters", supporter(dissolved));
		assertThat(inactive.status()).isEqualTo(422);
		assertThat(firstError(inactive)).isEqualTo("teamId: Tổ hòa giải " + dissolved + " không còn hoạt động");

		String elsewhere = team(NHON_PHU).get("id").asString();
		JsonHttp.Answer outOfScope = as("COMMUNE_OFFICER", NHON_BINH).post("/api/registry/legal-supporters",
				supporter(elsewhere));
		assertThat(outOfScope.status()).isEqualTo(403);
		assertThat(outOfScope.json().get("detail").asString()).isEqualTo("Tổ hòa giải này nằm ngoài phạm vi quản lý của bạn.");

		assertThat(this.mongo.getCollection("legal_supporters").countDocuments()).isEqualTo(before);
	}

	@Test
	void blankNamesFutureDatesAndMongoOperatorsAreRefusedNamingTheField() {
		String teamId = team(NHON_BINH).get("id").asString();
		JsonHttp.Answer blank = province().post("/api/registry/legal-supporters",
				with(new java.util.HashMap<>(supporter(teamId)), "fullName", ""));
		assertThat(blank.status()).isEqualTo(422);
		assertThat(firstError(blank)).isEqualTo("fullName: Họ và tên là bắt buộc");

		JsonHttp.Answer future = province().post("/api/registry/legal-supporters",
				with(new java.util.HashMap<>(supporter(teamId)), "assignedOn", "2999-01-01"));
		assertThat(firstError(future)).isEqualTo("assignedOn: Ngày phân công không được ở tương lai");

		JsonHttp.Answer injected = province().post("/api/registry/legal-supporters",
				"{\"teamId\": {\"$gt\": \"\"}, \"fullName\": \"A\", \"category\": \"LAWYER\", \"assignedOn\": \"2026-04-01\"}",
				Map.of());
		assertThat(injected.status()).isEqualTo(400);
		assertThat(injected.json().get("errors").get(0).get("field").asString()).isEqualTo("teamId");
		assertThat(province().get("/api/registry/legal-supporters?unit=52&teamId=%7B%22$ne%22:null%7D").json()).isEmpty();
	}

	@Test
	void anEndedSupportStopsCountingAndCannotEndBeforeItBeganOrTwice() {
		String teamId = team(NHON_BINH).get("id").asString();
		String id = province().post("/api/registry/legal-supporters", supporter(teamId)).json().get("id").asString();

		JsonHttp.Answer early = province().post("/api/registry/legal-supporters/" + id + "/end",
				Map.of("endedOn", "2026-03-01"));
		assertThat(early.status()).isEqualTo(422);
		assertThat(firstError(early)).isEqualTo("endedOn: Ngày kết thúc không được trước ngày phân công (01/04/2026)");
		JsonHttp.Answer future = province().post("/api/registry/legal-supporters/" + id + "/end",
				Map.of("endedOn", "2999-03-01"));
		assertThat(firstError(future)).isEqualTo("endedOn: Ngày kết thúc không được ở tương lai");
		assertThat(province().post("/api/registry/legal-supporters/" + id + "/end", Map.of("endedOn", "2026-10-01"),
				Map.of("If-Match", "\"7\"")).status()).isEqualTo(412);
		assertThat(as("COMMUNE_OFFICER", NHON_PHU).post("/api/registry/legal-supporters/" + id + "/end",
				Map.of("endedOn", "2026-10-01")).status()).as("outside the commune").isEqualTo(404);

		JsonHttp.Answer ended = as("DISTRICT_OFFICER", QUY_NHON).post("/api/registry/legal-supporters/" + id + "/end",
				Map.of("endedOn", "2026-10-01", "reason", "Hết thời hạn phân công"), Map.of("If-Match", "\"1\""));
		assertThat(ended.status()).as(ended.text()).isEqualTo(200);
		assertThat(ended.json().get("active").asBoolean()).isFalse();
		assertThat(ended.header("ETag")).isEqualTo("\"2\"");
		assertThat(province().post("/api/registry/legal-supporters/" + id + "/end", Map.of("endedOn", "2026-10-01"))
			.status()).isEqualTo(409);

		await().untilAsserted(() -> assertThat(events(id)).hasSize(2));
		LegalSupportState state = events(id).get(1).dataAs(LegalSupportState.class);
		assertThat(state.active()).isFalse();
		assertThat(state.endedOn()).hasToString("2026-10-01");
		assertThat(state.version()).isEqualTo(2);
		assertFollowTheContract(id);
	}

	@Test
	void analystsAndDistrictSystemsNeitherReadNorAssignSupporters() {
		String teamId = team(NHON_BINH).get("id").asString();
		assertThat(as("ANALYST", PROVINCE).get("/api/registry/legal-supporters?unit=52").status()).isEqualTo(403);
		assertThat(as("DISTRICT_SYSTEM", QUY_NHON).get("/api/registry/legal-supporters?unit=540").status()).isEqualTo(403);
		assertThat(as("TRAINER", QUY_NHON).post("/api/registry/legal-supporters", supporter(teamId)).status())
			.isEqualTo(403);
		assertThat(as("ANALYST", PROVINCE).post("/api/registry/legal-supporters", supporter(teamId)).status())
			.isEqualTo(403);
	}

	static Document dissolvedTeam(String id) {
		Date now = Date.from(Instant.now());
		return new Document("_id", id).append("communeCode", "21610")
			.append("villageName", "Thôn giải thể")
			.append("name", "Tổ hòa giải đã giải thể")
			.append("manyEthnicMinorityResidents", false)
			.append("active", false)
			.append("mediators", List.of())
			.append("compliance", new Document("compliant", false).append("reasons", List.of()))
			.append("version", 1L)
			.append("createdAt", now)
			.append("changedAt", now)
			.append("history", List.of());
	}

	static List<String> ids(JsonNode list) {
		return TrainerIntegrationTests.ids(list);
	}

}
