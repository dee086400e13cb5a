package vn.hoagiai.registry.team;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.UsesInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles, unit scopes, masking and the access log, as the registry itself enforces them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesInfrastructure
class TeamAccessIntegrationTests {

	static final TestTokens TOKENS = TestTokens.get();

	@LocalServerPort
	int port;

	JsonHttp anonymous;

	@BeforeEach
	void client() {
		this.anonymous = new JsonHttp("http://localhost:" + this.port);
	}

	JsonHttp as(String role, String unit) {
		return this.anonymous.as(TOKENS.token(role, unit));
	}

	String teamIn(String commune) {
		JsonHttp.Answer created = as("PROVINCE_ADMIN", "52").post("/api/registry/teams",
				TeamRegistrationIntegrationTests.team(commune, "Thôn An",
						List.of(TeamRegistrationIntegrationTests.mediator("Nguyễn Thị Lan", "FEMALE", true))));
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	@Test
	void aCommuneOfficerManagesTeamsOfTheirOwnCommuneOnly() {
		Map<String, Object> ownCommune = TeamRegistrationIntegrationTests.team("21550", "Khu vực 6",
				List.of(TeamRegistrationIntegrationTests.mediator("Lê Thị Hoa", "FEMALE", true)));
		Map<String, Object> otherCommune = TeamRegistrationIntegrationTests.team("21553", "Khu vực 6",
				List.of(TeamRegistrationIntegrationTests.mediator("Lê Thị Hoa", "FEMALE", true)));

		assertThat(as("COMMUNE_OFFICER", "21550").post("/api/registry/teams", ownCommune).status()).isEqualTo(201);
		JsonHttp.Answer refused = as("COMMUNE_OFFICER", "21550").post("/api/registry/teams", otherCommune);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("title").asString()).isEqualTo("Không được phép");
	}

	@Test
	void aTeamOutsideTheCallersScopeIsNotFoundSoItsExistenceDoesNotLeak() {
		String team = teamIn("21550");

		assertThat(as("COMMUNE_OFFICER", "21550").get("/api/registry/teams/" + team).status()).isEqualTo(200);
		assertThat(as("COMMUNE_OFFICER", "21553").get("/api/registry/teams/" + team).status()).isEqualTo(404);
		assertThat(as("DISTRICT_OFFICER", "542").get("/api/registry/teams/" + team).status()).isEqualTo(404);
		assertThat(as("COMMUNE_OFFICER", "21553").get("/api/registry/teams?commune=21550").status()).isEqualTo(403);
	}

	@Test
	void analystsAndDistrictSystemsNeverSeeAPerson() {
		String team = teamIn("21550");

		assertThat(as("ANALYST", "52").get("/api/registry/teams/" + team).status()).isEqualTo(403);
		assertThat(as("DISTRICT_SYSTEM", "540").get("/api/registry/teams/" + team).status()).isEqualTo(403);
		assertThat(as("ANALYST", "52").get("/api/registry/teams?commune=21550").status()).isEqualTo(403);
	}

	@Test
	void birthYearAndEthnicityAreShownOnlyToTheProvinceAndTheTeamsOwnCommune() {
		String team = teamIn("21550");

		JsonNode own = as("COMMUNE_OFFICER", "21550").get("/api/registry/teams/" + team).json().get("mediators").get(0);
		JsonNode district = as("DISTRICT_OFFICER", "540").get("/api/registry/teams/" + team).json().get("mediators").get(0);

		assertThat(own.get("ethnicity").asString()).isEqualTo("Kinh");
		assertThat(own.get("birthYear").asInt()).isEqualTo(1970);
		assertThat(district.get("fullName").asString()).isEqualTo("Nguyễn Thị Lan");
		assertThat(district.get("ethnicity").isNull()).isTrue();
		assertThat(district.get("birthYear").isNull()).isTrue();
	}

	@Test
	void everyReadOfAPersonsRecordIsLoggedForTheProvince() {
		String team = teamIn("21550");
		as("DISTRICT_OFFICER", "540").get("/api/registry/teams/" + team);

		JsonHttp.Answer log = as("PROVINCE_ADMIN", "52").get("/api/registry/access-log?teamId=" + team);

		assertThat(log.status()).isEqualTo(200);
		assertThat(log.json().get(0).get("subject").asString()).isEqualTo("test-district_officer-540");
		assertThat(log.json().get(0).get("kind").asString()).isEqualTo("team");
		assertThat(log.json().get(0).get("personIds")).hasSize(1);
		assertThat(as("DISTRICT_OFFICER", "540").get("/api/registry/access-log?teamId=" + team).status()).isEqualTo(403);
	}

	@Test
	void everyBadTokenIsRefusedWith401AndProblemDetails() {
		List<String> bad = List.of(TOKENS.expired("PROVINCE_ADMIN", "52"), TOKENS.fromAnotherIssuer("PROVINCE_ADMIN", "52"),
				TOKENS.forAnotherAudience("PROVINCE_ADMIN", "52"), TOKENS.unsigned("PROVINCE_ADMIN", "52"),
				TOKENS.signedWithAnotherKey("PROVINCE_ADMIN", "52"),
				TOKENS.withForgedUnit("COMMUNE_OFFICER", "21550", "52"), "not-a-token");

		JsonHttp.Answer none = this.anonymous.get("/api/registry/units/21550");
		assertThat(none.status()).isEqualTo(401);
		assertThat(none.json().get("title").asString()).isEqualTo("Chưa xác thực");
		for (String token : bad) {
			JsonHttp.Answer refused = this.anonymous.as(token).get("/api/registry/units/21550");
			assertThat(refused.status()).as(token).isEqualTo(401);
			assertThat(refused.text()).doesNotContain("Exception").doesNotContain("at org.");
		}
	}

}
