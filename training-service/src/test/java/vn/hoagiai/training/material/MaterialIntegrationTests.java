package vn.hoagiai.training.material;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.UsesInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** The materials library: published by the province and districts, read by everyone with an account, versioned. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesInfrastructure
class MaterialIntegrationTests {


	static final byte[] GUIDE = "%PDF-1.7\nSổ tay hướng dẫn nghiệp vụ hòa giải\n%%EOF".getBytes(StandardCharsets.UTF_8);

	static final byte[] SLIDES = { 'P', 'K', 3, 4, 20, 0, 6, 0 };

	@LocalServerPort
	int port;

	static String token(String role, String unit) {
		return TestTokens.get().token(role, unit);
	}

	JsonHttp as(String role, String unit) {
		return new JsonHttp("http://localhost:" + this.port).as(token(role, unit));
	}

	Map<String, String> fields(String publisherUnitCode) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "Sổ tay kỹ năng hòa giải ở cơ sở");
		fields.put("kind", "SKILLS_HANDBOOK");
		fields.put("audience", "MEDIATORS");
		fields.put("publisherUnitCode", publisherUnitCode);
		return fields;
	}

	JsonHttp.Answer publish(String token, Map<String, String> fields, @Nullable String filename, byte[] content) {
		return multipart("/api/training/materials", token, fields, filename, content);
	}

	String published() {
		JsonHttp.Answer published = publish(token("DISTRICT_OFFICER", "540"), fields("540"), "so-tay.pdf", GUIDE);
		assertThat(published.status()).as(published.text()).isEqualTo(201);
		return published.json().get("id").asString();
	}

	@Test
	void aDistrictPublishesAMaterialThatEveryoneWithAnAccountReadsAndDownloads() {
		String id = published();

		JsonHttp.Answer listed = as("COMMUNE_OFFICER", "21609").get("/api/training/materials?audience=MEDIATORS");
		JsonHttp.Download downloaded = download("/api/training/materials/" + id + "/file", token("TRAINER", "542"));

		assertThat(listed.json().findValuesAsString("id")).contains(id);
		assertThat(downloaded.status()).isEqualTo(200);
		assertThat(downloaded.body()).isEqualTo(GUIDE);
		assertThat(downloaded.header("Content-Type")).isEqualTo("application/pdf");
		var material = as("ANALYST", "52").get("/api/training/materials/" + id).json();
		assertThat(material.get("downloads").asLong()).isEqualTo(1);
		assertThat(material.get("versions").get(0).get("sha256").asString())
			.isEqualTo(downloaded.header("X-Content-SHA256"));
		assertThat(material.get("versions").get(0).get("filename").asString()).isEqualTo("so-tay.pdf");
	}

	@Test
	void aNewVersionKeepsTheOldOneReadable() {
		String id = published();

		JsonHttp.Answer added = multipart("/api/training/materials/" + id + "/versions", token("PROVINCE_ADMIN", "52"),
				Map.of(), "bai-giang.pptx", SLIDES);

		assertThat(added.status()).as(added.text()).isEqualTo(201);
		assertThat(added.json().get("currentVersion").asInt()).isEqualTo(2);
		assertThat(download("/api/training/materials/" + id + "/file", token("TRAINER", "540")).body()).isEqualTo(SLIDES);
		assertThat(download("/api/training/materials/" + id + "/file?version=1", token("TRAINER", "540")).body())
			.isEqualTo(GUIDE);
		assertThat(download("/api/training/materials/" + id + "/file?version=3", token("TRAINER", "540")).status())
			.isEqualTo(404);
	}

	@Test
	void aFileThatIsNotWhatItsNameSaysIsRefused() {
		JsonHttp.Answer fake = publish(token("DISTRICT_OFFICER", "540"), fields("540"), "so-tay.pdf",
				"MZ not a pdf".getBytes(StandardCharsets.UTF_8));
		JsonHttp.Answer program = publish(token("DISTRICT_OFFICER", "540"), fields("540"), "setup.exe", GUIDE);

		for (JsonHttp.Answer refused : java.util.List.of(fake, program)) {
			assertThat(refused.status()).isEqualTo(422);
			assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
		}
	}

	@Test
	void everyMissingOrWrongFieldIsNamed() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("kind", "POSTER");
		fields.put("publisherUnitCode", "99999");

		JsonHttp.Answer refused = publish(token("PROVINCE_ADMIN", "52"), fields, null, new byte[0]);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().findValuesAsString("field"))
			.containsExactly("title", "kind", "audience", "publisherUnitCode", "file");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).isEqualTo("Tên tài liệu là bắt buộc");
	}

	@Test
	void onlyTheProvinceAndDistrictsPublishAndOnlyForTheirOwnArea() {
		String id = published();

		assertThat(publish(token("COMMUNE_OFFICER", "21550"), fields("21550"), "a.pdf", GUIDE).status()).isEqualTo(403);
		assertThat(publish(token("DISTRICT_OFFICER", "542"), fields("540"), "a.pdf", GUIDE).status()).isEqualTo(403);
		assertThat(publish(token("TRAINER", "540"), fields("540"), "a.pdf", GUIDE).status()).isEqualTo(403);
		assertThat(multipart("/api/training/materials/" + id + "/versions", token("DISTRICT_OFFICER", "542"), Map.of(),
				"a.pdf", GUIDE).status()).isEqualTo(403);
		assertThat(new JsonHttp("http://localhost:" + this.port).get("/api/training/materials").status()).isEqualTo(401);
		assertThat(as("TRAINER", "540").get("/api/training/materials/nothing-here").status()).isEqualTo(404);
	}

	JsonHttp.Answer multipart(String path, String token, Map<String, String> fields, @Nullable String filename,
			byte[] content) {
		return new JsonHttp("http://localhost:" + this.port).as(token).upload(path, filename, content, fields);
	}

	JsonHttp.Download download(String path, String token) {
		return new JsonHttp("http://localhost:" + this.port).as(token).download(path);
	}

}
