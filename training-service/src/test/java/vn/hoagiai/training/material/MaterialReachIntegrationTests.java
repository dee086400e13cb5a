package vn.hoagiai.training.material;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.MaterialReachState;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.training.course.TrainingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who reached which material: a mediator opens it through a personal link without an account, or an
 * officer records that mediators were handed it; each mediator's first reach is published once.
 */
class MaterialReachIntegrationTests extends TrainingIntegrationTest {

	@Autowired
	ReadingLinks links;

	@Autowired
	MaterialReaches reaches;

	static String token(String role, String unit) {
		return TestTokens.get().token(role, unit);
	}

	JsonHttp as(String role, String unit) {
		return this.fixtures.as(role, unit);
	}

	String published(String role, String unit, String publisherUnitCode) {
		JsonHttp.Answer published = new JsonHttp(this.fixtures.baseUrl).as(token(role, unit))
			.upload("/api/training/materials", "so-tay.pdf", MaterialIntegrationTests.GUIDE,
					MaterialIntegrationTests.fields(publisherUnitCode));
		assertThat(published.status()).as(published.text()).isEqualTo(201);
		return published.json().get("id").asString();
	}

	String published() {
		return published("DISTRICT_OFFICER", "540", "540");
	}

	JsonHttp.Answer link(JsonHttp as, String materialId, String mediatorId) {
		return as.post("/api/training/materials/" + materialId + "/reading-links", Map.of("mediatorId", mediatorId));
	}

	String url(String materialId, String mediatorId) {
		JsonHttp.Answer issued = link(as("COMMUNE_OFFICER", "21550"), materialId, mediatorId);
		assertThat(issued.status()).as(issued.text()).isEqualTo(201);
		return issued.json().get("url").asString();
	}

	JsonHttp.Download open(String url) {
		return this.fixtures.anonymous().download(url);
	}

	JsonHttp.Answer handOut(JsonHttp as, String materialId, List<String> mediatorIds) {
		return as.post("/api/training/materials/" + materialId + "/handouts", Map.of("mediatorIds", mediatorIds));
	}

	List<MaterialReachState> reached(String materialId, String mediatorId) {
		List<EventCodec.ReceivedEvent> events = this.fixtures.events(Topic.TRAINING_MATERIALS,
				materialId + ":" + mediatorId);
		assertThat(events).extracting(EventCodec.ReceivedEvent::type).containsOnly(EventType.MATERIAL_REACHED);
		return events.stream().map((e) -> e.dataAs(MaterialReachState.class)).toList();
	}

	@Test
	void aMediatorsPersonalLinkOpensTheFileWithoutLoggingInAndTheFirstOpeningIsPublishedOnce() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 1);
		String materialId = published();

		JsonHttp.Answer issued = link(as("COMMUNE_OFFICER", "21550"), materialId, mediators.get(0));
		JsonHttp.Download first = open(issued.json().get("url").asString());
		JsonHttp.Download second = open(issued.json().get("url").asString());

		assertThat(issued.status()).isEqualTo(201);
		assertThat(issued.json().get("url").asString())
			.isEqualTo("/api/training/materials/read/" + issued.json().get("token").asString());
		assertThat(LocalDate.parse(issued.json().get("expiresOn").asString()))
			.isBetween(MaterialIntegrationTests.TODAY.plusDays(364), MaterialIntegrationTests.TODAY.plusDays(366));
		for (JsonHttp.Download read : List.of(first, second)) {
			assertThat(read.status()).isEqualTo(200);
			assertThat(read.body()).isEqualTo(MaterialIntegrationTests.GUIDE);
			assertThat(read.header("Content-Type")).isEqualTo("application/pdf");
		}
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			List<MaterialReachState> reached = reached(materialId, mediators.get(0));
			assertThat(reached).hasSize(1);
			assertThat(reached.get(0).channel()).isEqualTo("READING_LINK");
			assertThat(reached.get(0).communeCode()).isEqualTo("21550");
			assertThat(reached.get(0).version()).isEqualTo(1);
			assertThat(reached.get(0).reachId()).isEqualTo(materialId + ":" + mediators.get(0));
		});
		assertThat(as("ANALYST", "52").get("/api/training/materials/" + materialId).json().get("downloads").asLong())
			.as("reading-link openings are reach, not account downloads")
			.isZero();
	}

	@Test
	void manyOpeningsAtOnceStillPublishOneReach() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 1);
		String materialId = published();
		String url = url(materialId, mediators.get(0));

		List<CompletableFuture<JsonHttp.Download>> openings = new ArrayList<>();
		ExecutorService phones = Executors.newFixedThreadPool(8);
		try {
			for (int i = 0; i < 8; i++) {
				openings.add(CompletableFuture.supplyAsync(() -> open(url), phones));
			}
			CompletableFuture.allOf(openings.toArray(CompletableFuture[]::new)).join();
		}
		finally {
			phones.shutdown();
		}

		assertThat(openings).allSatisfy((opening) -> assertThat(opening.join().status()).isEqualTo(200));
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(reached(materialId, mediators.get(0))).hasSize(1));
	}

	@Test
	void aReachWhoseRecordLostARaceIsNotPublishedAgain() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 1);
		String materialId = published();
		String reachId = materialId + ":" + mediators.get(0);
		Instant now = Instant.now();

		boolean first = this.reaches.insert(
				new MaterialReach(reachId, materialId, mediators.get(0), "21550", ReachChannel.READING_LINK, now, 1, null));
		boolean second = this.reaches.insert(new MaterialReach(reachId, materialId, mediators.get(0), "21550",
				ReachChannel.HANDOUT, now.plusSeconds(1), 0, "racing-officer"));

		assertThat(first).isTrue();
		assertThat(second).isFalse();
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				reached(materialId, mediators.get(0))).singleElement()
			.satisfies((reach) -> assertThat(reach.channel()).isEqualTo("READING_LINK")));
	}

	@Test
	void aTamperedOrExpiredLinkIsRefusedNamingTheToken() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 1);
		String materialId = published();
		String token = url(materialId, mediators.get(0)).substring("/api/training/materials/read/".length());
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
		String forged = Base64.getUrlEncoder().withoutPadding()
			.encodeToString(payload.replace(mediators.get(0), mediators.get(1)).getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[1];
		String expired = this.links.issue(materialId, mediators.get(0), Instant.now().minusSeconds(60)).token();

		JsonHttp.Answer tampered = this.fixtures.anonymous().get("/api/training/materials/read/" + forged);
		JsonHttp.Answer garbage = this.fixtures.anonymous().get("/api/training/materials/read/not-a-token");
		JsonHttp.Answer late = this.fixtures.anonymous().get("/api/training/materials/read/" + expired);

		for (JsonHttp.Answer refused : List.of(tampered, garbage, late)) {
			assertThat(refused.status()).isEqualTo(422);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("token");
		}
		assertThat(tampered.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Đường dẫn đọc tài liệu không đúng: mã (token) không hợp lệ hoặc đã bị sửa đổi");
		assertThat(late.json().get("errors").get(0).get("message").asString())
			.startsWith("Đường dẫn đọc tài liệu đã hết hạn từ ngày ");
		assertThat(this.fixtures.events(Topic.TRAINING_MATERIALS, materialId + ":" + mediators.get(1))).isEmpty();
	}

	@Test
	void aVideosLinkLeadsToTheVideo() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 1);
		String link = "https://www.youtube.com/watch?v=" + UUID.randomUUID().toString().substring(0, 8);
		JsonHttp.Answer video = new JsonHttp(this.fixtures.baseUrl).as(token("PROVINCE_ADMIN", "52"))
			.upload("/api/training/materials", null, new byte[0], MaterialIntegrationTests.video("52", link));
		String materialId = video.json().get("id").asString();

		JsonHttp.Download watched = open(url(materialId, mediators.get(0)));

		assertThat(watched.status()).isEqualTo(303);
		assertThat(watched.header("Location")).isEqualTo(link);
		await().untilAsserted(() -> assertThat(reached(materialId, mediators.get(0))).hasSize(1));
	}

	@Test
	void aLinkIsGivenOnlyToAServingMediatorOfTheCallersArea() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 1);
		String materialId = published();

		JsonHttp.Answer unknown = link(as("PROVINCE_ADMIN", "52"), materialId, "nobody-we-know");
		JsonHttp.Answer former = link(as("COMMUNE_OFFICER", "21550"), materialId, mediators.get(1));

		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("mediatorId");
		assertThat(unknown.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Không tìm thấy hòa giải viên có mã nobody-we-know trong danh sách tổ hòa giải");
		assertThat(former.status()).isEqualTo(422);
		assertThat(former.json().get("errors").get(0).get("message").asString()).isEqualTo("Hòa giải viên "
				+ mediators.get(1) + " đã thôi làm hòa giải viên, không thể cấp đường dẫn đọc tài liệu");
		assertThat(link(as("COMMUNE_OFFICER", "21553"), materialId, mediators.get(0)).status()).isEqualTo(403);
		assertThat(link(as("DISTRICT_OFFICER", "542"), materialId, mediators.get(0)).status()).isEqualTo(403);
		assertThat(link(as("TRAINER", "540"), materialId, mediators.get(0)).status()).isEqualTo(403);
		assertThat(link(as("ANALYST", "52"), materialId, mediators.get(0)).status()).isEqualTo(403);
		assertThat(link(this.fixtures.anonymous(), materialId, mediators.get(0)).status()).isEqualTo(401);
		assertThat(link(as("DISTRICT_OFFICER", "540"), materialId, mediators.get(0)).status()).isEqualTo(201);
		assertThat(link(as("PROVINCE_ADMIN", "52"), materialId, mediators.get(0)).status()).isEqualTo(201);
		assertThat(link(as("PROVINCE_ADMIN", "52"), "no-such-material", mediators.get(0)).status()).isEqualTo(404);
	}

	@Test
	void aHandoutIsRecordedWholeOrNotAtAllNamingEachMediatorAtFault() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 3);
		List<String> elsewhere = this.fixtures.mediators("21609", 1);
		String materialId = published();
		JsonHttp district = as("DISTRICT_OFFICER", "540");

		JsonHttp.Answer refused = handOut(district, materialId,
				List.of(mediators.get(0), "nobody-we-know", mediators.get(3)));
		JsonHttp.Answer elsewhereRefused = handOut(district, materialId, List.of(mediators.get(1), elsewhere.get(0)));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().findValuesAsString("field")).containsExactly("mediatorIds[1]", "mediatorIds[2]");
		assertThat(elsewhereRefused.status()).as("another area's mediator is a matter of rights").isEqualTo(403);
		assertThat(elsewhereRefused.json().get("detail").asString())
			.isEqualTo("Hòa giải viên " + elsewhere.get(0) + " (mediatorIds[1]) không thuộc địa bàn quản lý của bạn.");
		assertThat(district.get("/api/training/materials/" + materialId + "/reach").json().get("reached").asInt())
			.as("nothing of a refused handout is recorded")
			.isZero();

		JsonHttp.Answer handed = handOut(district, materialId, List.of(mediators.get(0), mediators.get(1), mediators.get(0)));
		JsonHttp.Answer again = handOut(as("COMMUNE_OFFICER", "21550"), materialId,
				List.of(mediators.get(1), mediators.get(2)));

		assertThat(handed.status()).as(handed.text()).isEqualTo(200);
		assertThat(handed.json().get("recorded").asInt()).isEqualTo(2);
		assertThat(handed.json().get("alreadyReached").asInt()).isZero();
		assertThat(again.json().get("recorded").asInt()).isEqualTo(1);
		assertThat(again.json().get("alreadyReached").asInt()).isEqualTo(1);
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			for (String mediatorId : mediators.subList(0, 3)) {
				assertThat(reached(materialId, mediatorId)).singleElement()
					.satisfies((reach) -> assertThat(reach.channel()).isEqualTo("HANDOUT"));
			}
		});
	}

	@Test
	void aHandoutIsRecordedByOfficersOnly() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 1);
		String materialId = published();

		assertThat(handOut(as("TRAINER", "540"), materialId, List.of(mediators.get(0))).status()).isEqualTo(403);
		assertThat(handOut(as("ANALYST", "52"), materialId, List.of(mediators.get(0))).status()).isEqualTo(403);
		assertThat(handOut(this.fixtures.anonymous(), materialId, List.of(mediators.get(0))).status()).isEqualTo(401);
		JsonHttp.Answer empty = handOut(as("PROVINCE_ADMIN", "52"), materialId, List.of());
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("mediatorIds");
	}

	@Test
	void theReachIsCountedByCommuneWithinTheCallersArea() throws Exception {
		List<String> quyNhon = this.fixtures.mediators("21550", 2);
		List<String> anLao = this.fixtures.mediators("21609", 1);
		String materialId = published("PROVINCE_ADMIN", "52", "52");
		handOut(as("PROVINCE_ADMIN", "52"), materialId, List.of(quyNhon.get(0), anLao.get(0)));
		assertThat(open(url(materialId, quyNhon.get(1))).status()).isEqualTo(200);

		JsonNode province = as("PROVINCE_ADMIN", "52").get("/api/training/materials/" + materialId + "/reach").json();
		JsonNode district = as("DISTRICT_OFFICER", "540").get("/api/training/materials/" + materialId + "/reach").json();
		JsonNode commune = as("COMMUNE_OFFICER", "21609").get("/api/training/materials/" + materialId + "/reach").json();

		assertThat(province.get("reached").asInt()).isEqualTo(3);
		assertThat(province.get("byReadingLink").asInt()).isEqualTo(1);
		assertThat(province.get("byHandout").asInt()).isEqualTo(2);
		assertThat(province.get("communes").findValuesAsString("communeCode")).containsExactly("21550", "21609");
		assertThat(district.get("reached").asInt()).isEqualTo(2);
		assertThat(district.get("communes").get(0).get("communeName").asString()).isEqualTo("Phường Nhơn Bình");
		List<String> ids = new ArrayList<>();
		district.get("communes").get(0).get("mediatorIds").forEach((id) -> ids.add(id.asString()));
		assertThat(ids).containsExactlyInAnyOrder(quyNhon.get(0), quyNhon.get(1));
		assertThat(commune.get("reached").asInt()).isEqualTo(1);
		assertThat(commune.get("communes").findValuesAsString("communeCode")).containsExactly("21609");
		assertThat(as("TRAINER", "540").get("/api/training/materials/" + materialId + "/reach").status()).isEqualTo(403);
		assertThat(as("ANALYST", "52").get("/api/training/materials/" + materialId + "/reach").status()).isEqualTo(403);
	}

	@Test
	void aWithdrawnMaterialIsNoLongerOpenedLinkedOrHandedOut() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 1);
		String materialId = published();
		String url = url(materialId, mediators.get(0));

		as("DISTRICT_OFFICER", "540").post("/api/training/materials/" + materialId + "/withdrawal", Map.of());

		JsonHttp.Answer opened = this.fixtures.anonymous().get(url);
		assertThat(opened.status()).isEqualTo(410);
		assertThat(opened.json().get("detail").asString()).contains("đã được đơn vị phát hành thu hồi");
		assertThat(link(as("COMMUNE_OFFICER", "21550"), materialId, mediators.get(0)).status()).isEqualTo(410);
		assertThat(handOut(as("COMMUNE_OFFICER", "21550"), materialId, List.of(mediators.get(0))).status())
			.isEqualTo(410);
		assertThat(this.fixtures.events(Topic.TRAINING_MATERIALS, materialId + ":" + mediators.get(0))).isEmpty();
	}

}
