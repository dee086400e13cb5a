package vn.hoagiai.registry.unit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.UsesInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesInfrastructure
class UnitSearchIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void searchIgnoresDiacriticsAndCase() {
		JsonHttp http = new JsonHttp("http://localhost:" + this.port).as(TestTokens.get().token("PROVINCE_ADMIN", "52"));

		JsonHttp.Answer found = http.get("/api/registry/units?q=nhon%20binh");

		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().get(0).get("name").asString()).isEqualTo("Phường Nhơn Bình");
	}

	@Test
	void aUnitIsFoundByItsOfficialCodeWithItsParent() {
		JsonHttp http = new JsonHttp("http://localhost:" + this.port).as(TestTokens.get().token("PROVINCE_ADMIN", "52"));

		JsonHttp.Answer unit = http.get("/api/registry/units/21550");

		assertThat(unit.json().get("parentCode").asString()).isEqualTo("540");
		assertThat(unit.json().get("level").asString()).isEqualTo("COMMUNE");
		assertThat(http.get("/api/registry/units/00000").status()).isEqualTo(404);
	}

}
