package vn.hoagiai.training.material;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.MaterialState;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.training.course.TrainingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The materials library: published by the province and districts, read by everyone with an account,
 * versioned, described (digitised, where published), withdrawn, and every change published.
 */
class MaterialIntegrationTests extends TrainingIntegrationTest {

	static final byte[] GUIDE = "%PDF-1.7\nSổ tay hướng dẫn nghiệp vụ hòa giải\n%%EOF".getBytes(StandardCharsets.UTF_8);

	static final byte[] SLIDES = { 'P', 'K', 3, 4, 20, 0, 6, 0 };

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	static String token(String role, String unit) {
		return TestTokens.get().token(role, unit);
	}

	JsonHttp as(String role, String unit) {
		return this.fixtures.as(role, unit);
	}

	static Map<String, String> fields(String publisherUnitCode) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "Sổ tay kỹ năng hòa giải ở cơ sở");
		fields.put("kind", "SKILLS_HANDBOOK");
		fields.put("audience", "MEDIATORS");
		fields.put("publisherUnitCode", publisherUnitCode);
		return fields;
	}

	static Map<String, String> video(String publisherUnitCode, String videoUrl) {
		Map<String, String> fields = fields(publisherUnitCode);
		fields.put("title", "Phóng sự: Tổ hòa giải ở cơ sở giỏi");
		fields.put("kind", "VIDEO");
		fields.put("videoUrl", videoUrl);
		return fields;
	}

	static Map<String, Object> publication(boolean digitised, List<Map<String, Object>> publications) {
		return Map.of("digitised", digitised, "publications", publications);
	}

	static Map<String, Object> portal(String url) {
		return Map.of("channel", "PROVINCIAL_PORTAL", "url", url, "publishedOn", TODAY.toString());
	}

	JsonHttp.Answer publish(String token, Map<String, String> fields, @Nullable String filename, byte[] content) {
		return multipart("/api/training/materials", token, fields, filename, content);
	}

	String published() {
		JsonHttp.Answer published = publish(token("DISTRICT_OFFICER", "540"), fields("540"), "so-tay.pdf", GUIDE);
		assertThat(published.status()).as(published.text()).isEqualTo(201);
		return published.json().get("id").asString();
	}

	List<MaterialState> states(String id) {
		return this.fixtures.events(Topic.TRAINING_MATERIALS, id).stream().map((e) -> e.dataAs(MaterialState.class)).toList();
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

		for (JsonHttp.Answer refused : List.of(fake, program)) {
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
	void aCommuneIsNotAPublisherOfMaterials() {
		JsonHttp.Answer refused = publish(token("DISTRICT_OFFICER", "540"), fields("21550"), "so-tay.pdf", GUIDE);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("publisherUnitCode");
		assertThat(refused.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Tài liệu do tỉnh hoặc huyện phát hành, không do cấp xã");
	}

	@Test
	void onlyTheProvinceAndDistrictsPublishAndOnlyForTheirOwnArea() {
		String id = published();

		assertThat(publish(token("COMMUNE_OFFICER", "21550"), fields("21550"), "a.pdf", GUIDE).status()).isEqualTo(403);
		assertThat(publish(token("DISTRICT_OFFICER", "542"), fields("540"), "a.pdf", GUIDE).status()).isEqualTo(403);
		assertThat(publish(token("TRAINER", "540"), fields("540"), "a.pdf", GUIDE).status()).isEqualTo(403);
		assertThat(multipart("/api/training/materials/" + id + "/versions", token("DISTRICT_OFFICER", "542"), Map.of(),
				"a.pdf", GUIDE).status()).isEqualTo(403);
		assertThat(this.fixtures.anonymous().get("/api/training/materials").status()).isEqualTo(401);
		assertThat(as("TRAINER", "540").get("/api/training/materials/nothing-here").status()).isEqualTo(404);
	}

	@Test
	void aMaterialIsFoundByItsTitleTypedWithoutDiacritics() {
		String word = "Mã" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> handbook = fields("540");
		handbook.put("title", "Cẩm nang hòa giải tranh chấp đất đai " + word);
		JsonHttp.Answer published = publish(token("DISTRICT_OFFICER", "540"), handbook, "cam-nang.pdf", GUIDE);
		String other = published();

		for (String typed : List.of("cam nang hoa giai tranh chap dat dai", "CAM  NANG hoa giai", "Cẩm nang hòa giải",
				"dat dai " + word.toLowerCase().replace("ã", "a"))) {
			JsonHttp.Answer found = as("COMMUNE_OFFICER", "21550")
				.get("/api/training/materials?q=" + java.net.URLEncoder.encode(typed, StandardCharsets.UTF_8));
			assertThat(found.status()).isEqualTo(200);
			assertThat(found.json().findValuesAsString("id")).as(typed)
				.contains(published.json().get("id").asString())
				.doesNotContain(other);
		}
		assertThat(as("COMMUNE_OFFICER", "21550").get("/api/training/materials?q=khong+co+tai+lieu+nao+nhu+vay")
			.json()
			.size()).isZero();
	}

	@Test
	void aSearchWithAControlCharacterIsRefusedNamingTheSearchNotAnsweredWithAServerError() {
		JsonHttp.Answer refused = as("COMMUNE_OFFICER", "21550").get("/api/training/materials?q=k%E1%BB%B9%20n%C4%83ng%00");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("ký tự điều khiển");
	}

	@Test
	void aMaterialAndEveryChangeOfItArePublishedWithTheWholeState() {
		String id = published();
		String portalUrl = "https://pbgdpl.binhdinh.gov.vn/tai-lieu/" + id;

		JsonHttp.Answer described = as("DISTRICT_OFFICER", "540").put("/api/training/materials/" + id + "/publication",
				publication(true, List.of(portal(portalUrl),
						Map.of("channel", "SOCIAL_NETWORK", "url", "https://www.facebook.com/tuphapquynhon/posts/1"))),
				Map.of("If-Match", "\"1\""));
		JsonHttp.Answer added = multipart("/api/training/materials/" + id + "/versions", token("DISTRICT_OFFICER", "540"),
				Map.of(), "bai-giang.pptx", SLIDES);
		JsonHttp.Answer withdrawn = as("DISTRICT_OFFICER", "540").post("/api/training/materials/" + id + "/withdrawal",
				Map.of("reason", "Đã có tài liệu thay thế"));

		assertThat(described.status()).as(described.text()).isEqualTo(200);
		assertThat(described.header("ETag")).isEqualTo("\"2\"");
		assertThat(described.json().get("digitised").asBoolean()).isTrue();
		assertThat(added.status()).as(added.text()).isEqualTo(201);
		assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
		assertThat(withdrawn.json().get("withdrawn").asBoolean()).isTrue();
		await().untilAsserted(() -> {
			List<EventCodec.ReceivedEvent> events = this.fixtures.events(Topic.TRAINING_MATERIALS, id);
			assertThat(events).extracting(EventCodec.ReceivedEvent::type)
				.containsExactly(EventType.MATERIAL_PUBLISHED, EventType.MATERIAL_CHANGED, EventType.MATERIAL_CHANGED,
						EventType.MATERIAL_CHANGED);
			List<MaterialState> states = states(id);
			assertThat(states).extracting(MaterialState::version).containsExactly(1L, 2L, 3L, 4L);
			assertThat(states.get(0).kind()).isEqualTo("SKILLS_HANDBOOK");
			assertThat(states.get(0).publisherUnitCode()).isEqualTo("540");
			assertThat(states.get(0).digitised()).isFalse();
			assertThat(states.get(0).publications()).isEmpty();
			assertThat(states.get(1).digitised()).isTrue();
			assertThat(states.get(1).publications()).containsExactly(
					new MaterialState.Publication("PROVINCIAL_PORTAL", portalUrl, TODAY),
					new MaterialState.Publication("SOCIAL_NETWORK", "https://www.facebook.com/tuphapquynhon/posts/1", null));
			assertThat(states.get(2).currentVersion()).isEqualTo(2);
			assertThat(states.get(3).withdrawn()).isTrue();
			assertThat(states).allSatisfy((s) -> assertThat(s.withdrawn()).isEqualTo(s.version() == 4));
		});
	}

	@Test
	void describingAPublicationAsItAlreadyIsChangesNothing() {
		String id = published();
		Map<String, Object> details = publication(true, List.of(portal("https://pbgdpl.binhdinh.gov.vn/a")));
		as("DISTRICT_OFFICER", "540").put("/api/training/materials/" + id + "/publication", details, Map.of());

		JsonHttp.Answer again = as("DISTRICT_OFFICER", "540").put("/api/training/materials/" + id + "/publication", details,
				Map.of("If-Match", "\"2\""));

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.header("ETag")).isEqualTo("\"2\"");
	}

	@Test
	void aPublicationUpdateBasedOnAnOldVersionIsRefusedAndChangesNothing() {
		String id = published();
		JsonHttp publisher = as("DISTRICT_OFFICER", "540");
		publisher.put("/api/training/materials/" + id + "/publication",
				publication(true, List.of(portal("https://pbgdpl.binhdinh.gov.vn/first"))), Map.of("If-Match", "\"1\""));

		JsonHttp.Answer stale = publisher.put("/api/training/materials/" + id + "/publication",
				publication(false, List.of()), Map.of("If-Match", "\"1\""));

		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
		assertThat(stale.json().get("detail").asString())
			.isEqualTo("Bản ghi đã thay đổi kể từ khi bạn đọc nó. Hãy tải lại rồi thực hiện lại thao tác.");
		JsonHttp.Answer current = publisher.get("/api/training/materials/" + id);
		assertThat(current.header("ETag")).isEqualTo("\"2\"");
		assertThat(current.json().get("digitised").asBoolean()).isTrue();
		assertThat(current.json().get("publications").get(0).get("url").asString())
			.isEqualTo("https://pbgdpl.binhdinh.gov.vn/first");
	}

	@Test
	void publicationDetailsAreCheckedFieldByField() {
		String id = published();
		JsonHttp publisher = as("DISTRICT_OFFICER", "540");

		JsonHttp.Answer incomplete = publisher.put("/api/training/materials/" + id + "/publication",
				Map.of("publications", List.of(Map.of("url", "https://example.vn/a"))), Map.of());
		JsonHttp.Answer wrong = publisher.put("/api/training/materials/" + id + "/publication",
				publication(true, List.of(portal("https://pbgdpl.binhdinh.gov.vn/a"),
						Map.of("channel", "OTHER", "url", "ftp://tailieu.vn/a"),
						Map.of("channel", "DISTRICT_PORTAL", "url", "https://quynhon.binhdinh.gov.vn/a", "publishedOn",
								TODAY.plusDays(2).toString()))),
				Map.of());

		assertThat(incomplete.status()).isEqualTo(422);
		assertThat(incomplete.json().findValuesAsString("field")).containsExactlyInAnyOrder("digitised",
				"publications[0].channel");
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.json().findValuesAsString("field")).containsExactly("publications[1].url",
				"publications[2].publishedOn");
		assertThat(wrong.json().get("errors").get(1).get("message").asString())
			.isEqualTo("Ngày đăng tải không được sau ngày hôm nay");
		assertThat(publisher.get("/api/training/materials/" + id).header("ETag")).isEqualTo("\"1\"");
	}

	@Test
	void onlyThePublishingUnitDescribesOrWithdrawsItsMaterial() {
		String id = published();
		Map<String, Object> details = publication(true, List.of());

		assertThat(as("DISTRICT_OFFICER", "542").put("/api/training/materials/" + id + "/publication", details, Map.of())
			.status()).isEqualTo(403);
		assertThat(as("COMMUNE_OFFICER", "21550").put("/api/training/materials/" + id + "/publication", details, Map.of())
			.status()).isEqualTo(403);
		assertThat(as("DISTRICT_OFFICER", "542").post("/api/training/materials/" + id + "/withdrawal", Map.of()).status())
			.isEqualTo(403);
		assertThat(as("TRAINER", "540").post("/api/training/materials/" + id + "/withdrawal", Map.of()).status())
			.isEqualTo(403);
		assertThat(as("PROVINCE_ADMIN", "52").put("/api/training/materials/" + id + "/publication", details, Map.of())
			.status()).isEqualTo(200);
	}

	@Test
	void aWithdrawnMaterialIsNoLongerListedOrServed() {
		String id = published();
		JsonHttp publisher = as("DISTRICT_OFFICER", "540");

		JsonHttp.Answer withdrawn = publisher.post("/api/training/materials/" + id + "/withdrawal", Map.of());
		JsonHttp.Answer again = publisher.post("/api/training/materials/" + id + "/withdrawal", Map.of());

		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.header("ETag")).isEqualTo(withdrawn.header("ETag"));
		assertThat(publisher.get("/api/training/materials?publisherUnitCode=540").json().findValuesAsString("id"))
			.doesNotContain(id);
		assertThat(publisher.get("/api/training/materials?publisherUnitCode=540&includeWithdrawn=true")
			.json()
			.findValuesAsString("id")).contains(id);
		JsonHttp.Download refused = download("/api/training/materials/" + id + "/file", token("TRAINER", "540"));
		assertThat(refused.status()).isEqualTo(410);
		assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("đã được đơn vị phát hành thu hồi");
		assertThat(publisher.put("/api/training/materials/" + id + "/publication", publication(true, List.of()), Map.of())
			.status()).isEqualTo(410);
		assertThat(multipart("/api/training/materials/" + id + "/versions", token("DISTRICT_OFFICER", "540"), Map.of(),
				"a.pdf", GUIDE).status()).isEqualTo(410);
	}

	@Test
	void aVideoIsHeldAsItsLinkOnly() {
		String link = "https://www.youtube.com/watch?v=hoagiai" + UUID.randomUUID().toString().substring(0, 6);

		JsonHttp.Answer published = publish(token("PROVINCE_ADMIN", "52"), video("52", link), null, new byte[0]);

		assertThat(published.status()).as(published.text()).isEqualTo(201);
		assertThat(published.json().get("kind").asString()).isEqualTo("VIDEO");
		assertThat(published.json().get("currentVersion").asInt()).isZero();
		assertThat(published.json().get("versions").size()).isZero();
		assertThat(published.json().get("videoUrl").asString()).isEqualTo(link);
		String id = published.json().get("id").asString();
		JsonHttp.Download watched = download("/api/training/materials/" + id + "/file", token("COMMUNE_OFFICER", "21550"));
		assertThat(watched.status()).isEqualTo(303);
		assertThat(watched.header("Location")).isEqualTo(link);
		await().untilAsserted(() -> assertThat(states(id)).singleElement().satisfies((state) -> {
			assertThat(state.kind()).isEqualTo("VIDEO");
			assertThat(state.currentVersion()).isZero();
		}));
	}

	@Test
	void aVideoWithoutAnHttpsLinkOrWithAFileIsRefused() {
		JsonHttp.Answer insecure = publish(token("PROVINCE_ADMIN", "52"), video("52", "http://youtube.com/watch?v=1"),
				null, new byte[0]);
		JsonHttp.Answer withFile = publish(token("PROVINCE_ADMIN", "52"), video("52", "https://youtube.com/watch?v=1"),
				"phong-su.pdf", GUIDE);
		Map<String, String> handbookWithLink = fields("52");
		handbookWithLink.put("videoUrl", "https://youtube.com/watch?v=1");
		JsonHttp.Answer handbook = publish(token("PROVINCE_ADMIN", "52"), handbookWithLink, "so-tay.pdf", GUIDE);

		assertThat(insecure.status()).isEqualTo(422);
		assertThat(insecure.json().findValuesAsString("field")).containsExactly("videoUrl");
		assertThat(withFile.status()).isEqualTo(422);
		assertThat(withFile.json().findValuesAsString("field")).containsExactly("file");
		assertThat(handbook.status()).isEqualTo(422);
		assertThat(handbook.json().findValuesAsString("field")).containsExactly("videoUrl");
	}

	JsonHttp.Answer multipart(String path, String token, Map<String, String> fields, @Nullable String filename,
			byte[] content) {
		return new JsonHttp(this.fixtures.baseUrl).as(token).upload(path, filename, content, fields);
	}

	JsonHttp.Download download(String path, String token) {
		return this.fixtures.download(path, token);
	}

}
