package vn.hoagiai.registry.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.UsesInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** Villages and residential groups, created by their commune under it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesInfrastructure
class VillageIntegrationTests {

	/** Phường Quang Trung: no other test creates villages there. */
	static final String QUANG_TRUNG = "21565";

	@LocalServerPort
	int port;

	JsonHttp as(String role, String unit) {
		return new JsonHttp("http://localhost:" + this.port).as(TestTokens.get().token(role, unit));
	}

	List<String> names(String commune) {
		List<String> names = new ArrayList<>();
		for (JsonNode village : as("ANALYST", "52").get("/api/registry/units/" + commune + "/villages").json()) {
			names.add(village.get("name").asString());
		}
		return names;
	}

	@Test
	void aCommuneCreatesItsVillagesOnceEachWhateverTheCaseOrDiacritics() {
		String name = "Khu vực " + UUID.randomUUID().toString().substring(0, 4);
		JsonHttp commune = as("COMMUNE_OFFICER", QUANG_TRUNG);

		JsonHttp.Answer created = commune.post("/api/registry/units/" + QUANG_TRUNG + "/villages", Map.of("name", name));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.json().get("communeCode").asString()).isEqualTo(QUANG_TRUNG);
		assertThat(names(QUANG_TRUNG)).contains(name);

		JsonHttp.Answer again = commune.post("/api/registry/units/" + QUANG_TRUNG + "/villages",
				Map.of("name", "  " + vn.hoagiai.registry.unit.Folding.fold(name).toUpperCase() + " "));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains(name);
	}

	@Test
	void onlyTheCommuneAndTheLevelsAboveItCreateItsVillages() {
		assertThat(as("COMMUNE_OFFICER", "21550")
			.post("/api/registry/units/" + QUANG_TRUNG + "/villages", Map.of("name", "Thôn lạ"))
			.status()).isEqualTo(403);
		assertThat(as("ANALYST", "52")
			.post("/api/registry/units/" + QUANG_TRUNG + "/villages", Map.of("name", "Thôn lạ"))
			.status()).isEqualTo(403);
		assertThat(as("DISTRICT_OFFICER", "540")
			.post("/api/registry/units/" + QUANG_TRUNG + "/villages", Map.of("name", "Tổ dân phố " + UUID.randomUUID()))
			.status()).isEqualTo(201);
	}

	@Test
	void anUnknownCommuneOrABlankNameIsRefusedNamingTheField() {
		JsonHttp province = as("PROVINCE_ADMIN", "52");
		JsonHttp.Answer unknown = province.post("/api/registry/units/99999/villages", Map.of("name", "Thôn 1"));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("communeCode");
		JsonHttp.Answer blank = province.post("/api/registry/units/" + QUANG_TRUNG + "/villages", Map.of("name", " "));
		assertThat(blank.status()).isEqualTo(422);
		assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
		JsonHttp.Answer injected = province.post("/api/registry/units/" + QUANG_TRUNG + "/villages",
				"{\"name\": {\"$gt\": \"\"}}", Map.of());
		assertThat(injected.status()).isEqualTo(400);
		assertThat(injected.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
	}

	@Test
	void registeringATeamListsItsVillage() {
		String village = "Thôn " + UUID.randomUUID().toString().substring(0, 6);
		JsonHttp.Answer team = as("PROVINCE_ADMIN", "52").post("/api/registry/teams", Map.of("communeCode", QUANG_TRUNG,
				"villageName", village, "name", "Tổ hòa giải " + village, "manyEthnicMinorityResidents", false, "mediators",
				List.of(Map.of("fullName", "Nguyễn Thị Lan", "gender", "FEMALE", "birthYear", 1975, "ethnicity", "Kinh",
						"leader", true))));
		assertThat(team.status()).as(team.text()).isEqualTo(201);

		assertThat(names(QUANG_TRUNG)).contains(village);
	}

}
