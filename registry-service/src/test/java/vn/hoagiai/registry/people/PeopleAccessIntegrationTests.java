package vn.hoagiai.registry.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.UsesInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorisation matrix of the people endpoints, role by role, inside and outside each caller's
 * scope: what the report to the reviewers states, checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesInfrastructure
class PeopleAccessIntegrationTests extends PeopleTesting {

	/** Each role with a unit inside Quy Nhơn (district 540, commune 21550) and one outside it (An Lão). */
	static final Map<String, List<String>> UNITS = new LinkedHashMap<>();
	static {
		UNITS.put("PROVINCE_ADMIN", List.of(PROVINCE, PROVINCE));
		UNITS.put("DISTRICT_OFFICER", List.of(QUY_NHON, AN_LAO));
		UNITS.put("COMMUNE_OFFICER", List.of(NHON_BINH, "21609"));
		UNITS.put("TRAINER", List.of(QUY_NHON, AN_LAO));
		UNITS.put("ANALYST", List.of(PROVINCE, PROVINCE));
		UNITS.put("DISTRICT_SYSTEM", List.of(QUY_NHON, AN_LAO));
	}

	JsonHttp inside(String role) {
		return as(role, UNITS.get(role).get(0));
	}

	JsonHttp outside(String role) {
		return as(role, UNITS.get(role).get(1));
	}

	String districtTrainer() {
		return province().post("/api/registry/trainers", trainer("DISTRICT", QUY_NHON, "Mai Văn Tâm")).json().get("id")
			.asString();
	}

	@Test
	void trainers() {
		String id = districtTrainer();
		expect("POST /trainers", (http) -> http.post("/api/registry/trainers", trainer("DISTRICT", QUY_NHON, "Mai Văn Tâm")),
				Map.of("PROVINCE_ADMIN", "201/201", "DISTRICT_OFFICER", "201/403", "COMMUNE_OFFICER", "403/403",
						"TRAINER", "403/403", "ANALYST", "403/403", "DISTRICT_SYSTEM", "403/403"));
		expect("GET /trainers?unit=540", (http) -> http.get("/api/registry/trainers?unit=540"),
				Map.of("PROVINCE_ADMIN", "200/200", "DISTRICT_OFFICER", "200/403", "COMMUNE_OFFICER", "403/403",
						"TRAINER", "200/403", "ANALYST", "403/403", "DISTRICT_SYSTEM", "403/403"));
		expect("GET /trainers (own unit)", (http) -> http.get("/api/registry/trainers"),
				Map.of("PROVINCE_ADMIN", "200/200", "DISTRICT_OFFICER", "200/200", "COMMUNE_OFFICER", "403/403",
						"TRAINER", "200/200", "ANALYST", "403/403", "DISTRICT_SYSTEM", "403/403"));
		expect("GET /trainers/{id}", (http) -> http.get("/api/registry/trainers/" + id),
				Map.of("PROVINCE_ADMIN", "200/200", "DISTRICT_OFFICER", "200/404", "COMMUNE_OFFICER", "403/403",
						"TRAINER", "200/404", "ANALYST", "403/403", "DISTRICT_SYSTEM", "403/403"));
		expect("PUT /trainers/{id}",
				(http) -> http.put("/api/registry/trainers/" + id, trainer("DISTRICT", QUY_NHON, "Mai Văn Tâm"), Map.of()),
				Map.of("PROVINCE_ADMIN", "200/200", "DISTRICT_OFFICER", "200/404", "COMMUNE_OFFICER", "403/403",
						"TRAINER", "403/403", "ANALYST", "403/403", "DISTRICT_SYSTEM", "403/403"));
		expect("GET /trainers/{id}/history", (http) -> http.get("/api/registry/trainers/" + id + "/history"),
				Map.of("PROVINCE_ADMIN", "200/200", "DISTRICT_OFFICER", "403/403", "COMMUNE_OFFICER", "403/403",
						"TRAINER", "403/403", "ANALYST", "403/403", "DISTRICT_SYSTEM", "403/403"));
		for (String role : UNITS.keySet()) {
			String other = districtTrainer();
			int in = inside(role).post("/api/registry/trainers/" + other + "/retirement",
					Map.of("date", "2026-10-01", "reason", "Nghỉ hưu")).status();
			int out = outside(role).post("/api/registry/trainers/" + districtTrainer() + "/retirement",
					Map.of("date", "2026-10-01", "reason", "Nghỉ hưu")).status();
			assertThat(in + "/" + out).as("POST /trainers/{id}/retirement as " + role).isEqualTo(Map.of(
					"PROVINCE_ADMIN", "200/200", "DISTRICT_OFFICER", "200/404", "COMMUNE_OFFICER", "403/403", "TRAINER",
					"403/403", "ANALYST", "403/403", "DISTRICT_SYSTEM", "403/403").get(role));
		}
	}

	@Test
	void legalSupporters() {
		String teamId = team(NHON_BINH).get("id").asString();
		Map<String, Object> body = LegalSupportIntegrationTests.supporter(teamId);
		expect("POST /legal-supporters", (http) -> http.post("/api/registry/legal-supporters", body),
				Map.of("PROVINCE_ADMIN", "201/201", "DISTRICT_OFFICER", "201/403", "COMMUNE_OFFICER", "201/403",
						"TRAINER", "403/403", "ANALYST", "403/403", "DISTRICT_SYSTEM", "403/403"));
		expect("GET /legal-supporters?unit=21550", (http) -> http.get("/api/registry/legal-supporters?unit=21550"),
				Map.of("PROVINCE_ADMIN", "200/200", "DISTRICT_OFFICER", "200/403", "COMMUNE_OFFICER", "200/403",
						"TRAINER", "200/403", "ANALYST", "403/403", "DISTRICT_SYSTEM", "403/403"));
		for (String role : UNITS.keySet()) {
			int in = inside(role).post("/api/registry/legal-supporters/" + support(teamId) + "/end",
					Map.of("endedOn", "2026-10-01")).status();
			int out = outside(role).post("/api/registry/legal-supporters/" + support(teamId) + "/end",
					Map.of("endedOn", "2026-10-01")).status();
			assertThat(in + "/" + out).as("POST /legal-supporters/{id}/end as " + role).isEqualTo(Map.of(
					"PROVINCE_ADMIN", "200/200", "DISTRICT_OFFICER", "200/404", "COMMUNE_OFFICER", "200/404", "TRAINER",
					"403/403", "ANALYST", "403/403", "DISTRICT_SYSTEM", "403/403").get(role));
		}
	}

	String support(String teamId) {
		return province().post("/api/registry/legal-supporters", LegalSupportIntegrationTests.supporter(teamId)).json()
			.get("id").asString();
	}

	@Test
	void pilotCommunes() {
		expect("PUT /pilot-communes/21613",
				(http) -> http.put("/api/registry/pilot-communes/21613",
						Map.of("from", "2025-01-01", "decisionNumber", "9/QĐ-UBND"), Map.of()),
				Map.of("PROVINCE_ADMIN", "201/200", "DISTRICT_OFFICER", "403/403", "COMMUNE_OFFICER", "403/403",
						"TRAINER", "403/403", "ANALYST", "403/403", "DISTRICT_SYSTEM", "403/403"));
		expect("GET /pilot-communes", (http) -> http.get("/api/registry/pilot-communes"),
				Map.of("PROVINCE_ADMIN", "200/200", "DISTRICT_OFFICER", "200/200", "COMMUNE_OFFICER", "200/200",
						"TRAINER", "200/200", "ANALYST", "200/200", "DISTRICT_SYSTEM", "403/403"));
	}

	@Test
	void commendations() {
		String teamId = team(NHON_BINH).get("id").asString();
		Map<String, Object> body = CommendationIntegrationTests.commendation(teamId, null, "CERTIFICATE_OF_MERIT",
				"2026-06-15", PROVINCE);
		expect("POST /commendations", (http) -> http.post("/api/registry/commendations", body),
				Map.of("PROVINCE_ADMIN", "201/201", "DISTRICT_OFFICER", "201/403", "COMMUNE_OFFICER", "201/403",
						"TRAINER", "403/403", "ANALYST", "403/403", "DISTRICT_SYSTEM", "403/403"));
		expect("GET /commendations?unit=21550", (http) -> http.get("/api/registry/commendations?unit=21550&year=2026"),
				Map.of("PROVINCE_ADMIN", "200/200", "DISTRICT_OFFICER", "200/403", "COMMUNE_OFFICER", "200/403",
						"TRAINER", "200/403", "ANALYST", "403/403", "DISTRICT_SYSTEM", "403/403"));
	}

	/** Asserts "status inside scope/status outside scope" for every role. */
	void expect(String what, java.util.function.Function<JsonHttp, JsonHttp.Answer> request,
			Map<String, String> expected) {
		for (String role : UNITS.keySet()) {
			int in = request.apply(inside(role)).status();
			int out = request.apply(outside(role)).status();
			assertThat(in + "/" + out).as(what + " as " + role + " (inside/outside scope)").isEqualTo(expected.get(role));
		}
	}

}
