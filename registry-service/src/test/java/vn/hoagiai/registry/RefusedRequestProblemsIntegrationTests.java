package vn.hoagiai.registry;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.UsesInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the fuzzing ({@link RequestFuzzIntegrationTests}) found answered with a server error, an
 * English or HTML page, or a Java name: each is now a problem in Vietnamese naming what is wrong.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesInfrastructure
class RefusedRequestProblemsIntegrationTests {

	@LocalServerPort
	int port;

	JsonHttp http;

	@BeforeEach
	void client() {
		this.http = new JsonHttp("http://localhost:" + this.port).as(TestTokens.get().token("PROVINCE_ADMIN", "52"));
	}

	@Test
	void aQueryParameterWithoutANameIsRefusedAsUnreadableNotAnsweredWithAServerError() {
		JsonHttp.Answer refused = this.http.get("/api/registry/teams/export.xlsx?unit=52&=99999");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("query");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("tham số không có tên");
	}

	@Test
	void aRepeatedParameterOfTheWrongTypeIsShownAsSentNotAsAJavaArray() {
		JsonHttp.Answer refused = this.http.get("/api/registry/teams?compliant=có&compliant=không");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("compliant");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("“có, không”")
			.doesNotContain("java");
	}

	@Test
	void anUploadWhoseFileNameHasANulCharacterIsRefusedNamingTheFileNotAnsweredWithAServerError() {
		JsonHttp.Answer refused = this.http.upload("/api/registry/imports", "Tổ hòa giải thôn\u0000 Phú Mỹ.xlsx",
				new byte[] { 1, 2, 3 }, Map.of());

		assertThat(refused.status()).isBetween(400, 499);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void anImportWithoutAFileIsRefusedNamingTheFileField() {
		JsonHttp.Answer refused = this.http.upload("/api/registry/imports", null, new byte[0], Map.of());

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("title").asString()).isEqualTo("Dữ liệu không hợp lệ");
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
	}

	@Test
	void aPathWithNoEndpointIsNotFoundInVietnamese() {
		JsonHttp.Answer refused = this.http.get("/api/registry/teams/");

		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("title").asString()).isEqualTo("Không tìm thấy");
		assertThat(refused.text()).doesNotContain("static resource");
	}

	@Test
	void aPathTheSecurityFirewallRejectsIsAProblemNotSpringBootsErrorJson() {
		JsonHttp.Answer refused = this.http.get("/api/registry/imports/%2500");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
		assertThat(refused.json().has("timestamp")).isFalse();
	}

	@Test
	void aNulCharacterInThePathIsAProblemNotTomcatsHtmlPage() {
		JsonHttp.Answer refused = this.http.get("/api/registry/teams/abc%00");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
	}

	@Test
	void anAddressLongerThanTheServerTakesIsAProblemNotTomcatsHtmlPage() {
		JsonHttp.Answer refused = this.http.get("/api/registry/units?q=" + "a".repeat(20_000));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.text()).doesNotContain("<html").doesNotContain("Tomcat");
	}

	@Test
	void aUnitSearchWithAControlCharacterIsRefusedNamingTheSearchNotAnsweredWithAServerError() {
		JsonHttp.Answer refused = this.http.get("/api/registry/units?q=Nh%C6%A1n%00B%C3%ACnh");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("ký tự điều khiển");
	}

}
