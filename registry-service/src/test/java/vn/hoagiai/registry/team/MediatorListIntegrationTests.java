package vn.hoagiai.registry.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.UsesInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** The mediators of a unit as one list: filters, sorting, paging, and who may filter on what. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MediatorListIntegrationTests {

	/** Phường Hải Cảng: no other test registers teams there. */
	static final String HAI_CANG = "21562";

	@LocalServerPort
	int port;

	JsonHttp as(String role, String unit) {
		return new JsonHttp("http://localhost:" + this.port).as(TestTokens.get().token(role, unit));
	}

	static Map<String, Object> mediator(String name, String gender, int born, String ethnicity, boolean leader,
			List<String> background) {
		return Map.of("fullName", name, "gender", gender, "birthYear", born, "ethnicity", ethnicity, "leader", leader,
				"background", background);
	}

	@BeforeAll
	void twoTeamsAndADismissal() {
		JsonHttp province = as("PROVINCE_ADMIN", "52");
		province.post("/api/registry/teams", Map.of("communeCode", HAI_CANG, "villageName", "Khu vực 1", "name",
				"Tổ hòa giải khu vực 1", "manyEthnicMinorityResidents", false, "mediators",
				List.of(mediator("Nguyễn Thị Lan", "FEMALE", 1975, "Kinh", true, List.of("Báo cáo viên pháp luật")),
						mediator("Trần Văn Hùng", "MALE", 1960, "Kinh", false, List.of("Công chức xã")),
						mediator("Đinh Văn Y", "MALE", 1985, "Ba Na", false, List.of()))));
		JsonNode second = province.post("/api/registry/teams", Map.of("communeCode", HAI_CANG, "villageName",
				"Khu vực 2", "name", "Tổ hòa giải khu vực 2", "manyEthnicMinorityResidents", true, "mediators",
				List.of(mediator("Ân Thị Bé", "FEMALE", 1990, "Chăm", true, List.of("Luật sư")),
						mediator("Võ Văn Tâm", "MALE", 1970, "Kinh", false, List.of("Lực lượng an ninh cơ sở")))))
			.json();
		province.post("/api/registry/teams/" + second.get("id").asString() + "/mediators/"
				+ second.get("mediators").get(1).get("id").asString() + "/dismissal",
				Map.of("decisionNumber", "3/QĐ-UBND", "decisionDate", "2026-11-02", "ground", "OWN_REQUEST"), Map.of());
	}

	List<String> names(JsonHttp.Answer answer) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		answer.json().forEach((row) -> names.add(row.get("mediator").get("fullName").asString()));
		return names;
	}

	@Test
	void servingMediatorsAreListedByNameAsVietnameseIsAlphabetisedWithTheirTotal() {
		JsonHttp.Answer answer = as("PROVINCE_ADMIN", "52").get("/api/registry/mediators?unit=" + HAI_CANG);

		assertThat(names(answer)).containsExactly("Ân Thị Bé", "Đinh Văn Y", "Nguyễn Thị Lan", "Trần Văn Hùng");
		assertThat(answer.header("X-Total-Count")).isEqualTo("4");
		assertThat(answer.json().get(0).get("teamName").asString()).isEqualTo("Tổ hòa giải khu vực 2");
	}

	@Test
	void filtersCombineAndFormerMediatorsAreListedOnRequest() {
		JsonHttp province = as("PROVINCE_ADMIN", "52");
		assertThat(names(province.get("/api/registry/mediators?unit=" + HAI_CANG + "&gender=FEMALE")))
			.containsExactly("Ân Thị Bé", "Nguyễn Thị Lan");
		assertThat(names(province.get("/api/registry/mediators?unit=" + HAI_CANG + "&ethnicMinority=true")))
			.containsExactly("Ân Thị Bé", "Đinh Văn Y");
		assertThat(names(province.get("/api/registry/mediators?unit=" + HAI_CANG + "&ethnicity=ba%20na")))
			.containsExactly("Đinh Văn Y");
		assertThat(names(province.get("/api/registry/mediators?unit=" + HAI_CANG + "&background=bao%20cao%20vien")))
			.containsExactly("Nguyễn Thị Lan");
		assertThat(names(province.get("/api/registry/mediators?unit=" + HAI_CANG + "&status=FORMER")))
			.containsExactly("Võ Văn Tâm");
		assertThat(names(province.get("/api/registry/mediators?unit=" + HAI_CANG + "&sort=BIRTH_YEAR&size=2&page=0")))
			.containsExactly("Trần Văn Hùng", "Nguyễn Thị Lan");
		assertThat(names(province.get("/api/registry/mediators?unit=" + HAI_CANG + "&sort=BIRTH_YEAR&size=2&page=1")))
			.containsExactly("Đinh Văn Y", "Ân Thị Bé");
	}

	@Test
	void onlyThoseWhoMaySeeEthnicityMayFilterOnItAndOthersSeeItMasked() {
		JsonHttp district = as("DISTRICT_OFFICER", "540");
		JsonHttp.Answer filtered = district.get("/api/registry/mediators?unit=" + HAI_CANG + "&ethnicMinority=true");
		assertThat(filtered.status()).isEqualTo(403);
		assertThat(filtered.json().get("detail").asString()).contains("dân tộc");

		JsonNode row = district.get("/api/registry/mediators?unit=" + HAI_CANG).json().get(0);
		assertThat(row.get("mediator").get("ethnicity").isNull()).isTrue();
		assertThat(row.get("mediator").get("birthYear").isNull()).isTrue();
		assertThat(names(as("COMMUNE_OFFICER", HAI_CANG)
			.get("/api/registry/mediators?unit=" + HAI_CANG + "&ethnicity=Ch%C4%83m"))).containsExactly("Ân Thị Bé");
		assertThat(as("COMMUNE_OFFICER", "21550").get("/api/registry/mediators?unit=" + HAI_CANG).status())
			.isEqualTo(403);
		assertThat(as("ANALYST", "52").get("/api/registry/mediators?unit=" + HAI_CANG).status()).isEqualTo(403);
	}

	@Test
	void badParametersAreRefusedNamingTheParameter() {
		JsonHttp province = as("PROVINCE_ADMIN", "52");
		JsonHttp.Answer gender = province.get("/api/registry/mediators?unit=" + HAI_CANG + "&gender=OTHER");
		assertThat(gender.status()).isEqualTo(400);
		assertThat(gender.json().get("errors").get(0).get("field").asString()).isEqualTo("gender");
		assertThat(gender.json().get("errors").get(0).get("message").asString()).contains("FEMALE");
		JsonHttp.Answer size = province.get("/api/registry/mediators?unit=" + HAI_CANG + "&size=201");
		assertThat(size.status()).isEqualTo(400);
		assertThat(size.json().get("errors").get(0).get("message").asString()).isEqualTo("Cỡ trang tối đa là 200");
		assertThat(province.get("/api/registry/mediators?unit=%7B%22$gt%22:%22%22%7D").status()).isEqualTo(400);
		assertThat(province.get("/api/registry/mediators?unit=99999").status()).isEqualTo(422);
	}

}
