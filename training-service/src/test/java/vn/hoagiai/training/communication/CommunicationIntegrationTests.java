package vn.hoagiai.training.communication;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.CommunicationState;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.training.course.TrainingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Communication activities: recorded by each unit for itself (the province for any), read by everyone. */
class CommunicationIntegrationTests extends TrainingIntegrationTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	static final String PATH = "/api/training/communications";

	static Map<String, Object> activity(String title, LocalDate date) {
		Map<String, Object> activity = new HashMap<>();
		activity.put("kind", "ARTICLE");
		activity.put("subject", "EXEMPLARY_MEDIATOR");
		activity.put("title", title);
		activity.put("channel", "Báo Bình Định");
		activity.put("date", date.toString());
		activity.put("reach", 12000);
		activity.put("link", "https://baobinhdinh.vn/viewer.aspx?macm=1&macmp=1&mabb=1");
		return activity;
	}

	static Map<String, Object> with(Map<String, Object> activity, String field, Object value) {
		Map<String, Object> changed = new HashMap<>(activity);
		changed.put(field, value);
		return changed;
	}

	JsonHttp as(String role, String unit) {
		return this.fixtures.as(role, unit);
	}

	String recorded(JsonHttp as, Map<String, Object> activity) {
		JsonHttp.Answer recorded = as.post(PATH, activity);
		assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
		return recorded.json().get("id").asString();
	}

	@Test
	void anActivityAndItsCorrectionArePublishedWithTheirWholeStateForTheRollup() {
		String id = recorded(as("DISTRICT_OFFICER", "540"), activity("Diễn đàn hòa giải viên giỏi", TODAY));
		JsonHttp.Answer corrected = as("DISTRICT_OFFICER", "540").put(PATH + "/" + id,
				with(activity("Diễn đàn hòa giải viên giỏi", TODAY), "reach", 15000), Map.of("If-Match", "\"1\""));
		assertThat(corrected.status()).as(corrected.text()).isEqualTo(200);

		await().untilAsserted(() -> {
			List<EventCodec.ReceivedEvent> events = this.fixtures.events(Topic.TRAINING_COMMUNICATIONS, id);
			assertThat(events).extracting(EventCodec.ReceivedEvent::type)
				.containsExactly(EventType.COMMUNICATION_RECORDED, EventType.COMMUNICATION_CHANGED);
			CommunicationState latest = events.get(1).dataAs(CommunicationState.class);
			assertThat(latest.version()).isEqualTo(2);
			assertThat(latest.reach()).isEqualTo(15000);
			assertThat(latest.organiserUnitCode()).isEqualTo("540");
			assertThat(latest.date()).isEqualTo(TODAY);
		});
	}

	@Test
	void eachUnitRecordsItsActivitiesAndEveryoneListsThemByUnitAndYear() {
		String title = "Gương hòa giải viên tiêu biểu " + UUID.randomUUID();
		JsonHttp.Answer district = as("DISTRICT_OFFICER", "540").post(PATH, activity(title, TODAY.withDayOfYear(1)));
		String commune = recorded(as("COMMUNE_OFFICER", "21550"),
				with(activity(title, TODAY.withDayOfYear(1)), "kind", "SOCIAL_POST"));
		String elsewhere = recorded(as("PROVINCE_ADMIN", "52"),
				with(activity(title, TODAY.withDayOfYear(1)), "organiserUnitCode", "543"));
		String lastYear = recorded(as("DISTRICT_OFFICER", "540"), activity(title, TODAY.minusYears(1).withDayOfYear(1)));

		assertThat(district.status()).as(district.text()).isEqualTo(201);
		assertThat(district.header("ETag")).isEqualTo("\"1\"");
		assertThat(district.json().get("organiserUnitCode").asString()).as("the caller's own unit").isEqualTo("540");
		assertThat(district.json().get("organiserName").asString()).isEqualTo("Thành phố Quy Nhơn");
		assertThat(district.json().get("reach").asLong()).isEqualTo(12000);
		JsonHttp.Answer quyNhonThisYear = as("ANALYST", "52").get(PATH + "?unit=540&year=" + TODAY.getYear());
		assertThat(quyNhonThisYear.status()).isEqualTo(200);
		assertThat(quyNhonThisYear.json().findValuesAsString("id"))
			.as("the district's own and its communes', of that year")
			.contains(district.json().get("id").asString(), commune)
			.doesNotContain(elsewhere, lastYear);
		assertThat(as("TRAINER", "542").get(PATH + "?unit=543").json().findValuesAsString("id")).contains(elsewhere)
			.doesNotContain(commune);
		JsonHttp.Answer one = as("COMMUNE_OFFICER", "21609").get(PATH + "/" + commune);
		assertThat(one.json().get("kind").asString()).isEqualTo("SOCIAL_POST");
		assertThat(one.json().get("organiserUnitCode").asString()).isEqualTo("21550");
		assertThat(one.header("ETag")).isEqualTo("\"1\"");
	}

	@Test
	void everyMissingOrWrongFieldIsNamedInVietnamese() {
		Map<String, Object> incomplete = activity(" ", TODAY);
		incomplete.remove("kind");
		incomplete.put("reach", -5);
		JsonHttp district = as("DISTRICT_OFFICER", "540");

		JsonHttp.Answer missing = district.post(PATH, incomplete);
		JsonHttp.Answer wrong = district.post(PATH,
				with(with(activity("Tọa đàm hòa giải ở cơ sở", TODAY.plusDays(3)), "link", "ftp://tuphap.vn/a"),
						"organiserUnitCode", "99999"));

		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.json().findValuesAsString("field")).containsExactlyInAnyOrder("kind", "title", "reach");
		assertThat(missing.json().findValuesAsString("message")).containsExactlyInAnyOrder(
				"Hình thức truyền thông là bắt buộc", "Tiêu đề là bắt buộc", "Số người được tiếp cận không được âm");
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.json().findValuesAsString("field")).containsExactly("organiserUnitCode", "date", "link");
		assertThat(wrong.json().get("errors").get(1).get("message").asString())
			.isEqualTo("Ngày thực hiện không được sau ngày hôm nay");
		assertThat(as("PROVINCE_ADMIN", "52").get(PATH + "?year=1999").status()).isEqualTo(400);
	}

	@Test
	void aDistrictRecordsForItselfAndItsCommunesACommuneOnlyForItself() {
		Map<String, Object> activity = activity("Cuộc thi hòa giải viên giỏi", TODAY);

		assertThat(as("DISTRICT_OFFICER", "540").post(PATH, with(activity, "organiserUnitCode", "21550")).status())
			.as("a commune of the district")
			.isEqualTo(201);
		assertThat(as("DISTRICT_OFFICER", "540").post(PATH, with(activity, "organiserUnitCode", "21609")).status())
			.as("a commune of another district")
			.isEqualTo(403);
		assertThat(as("COMMUNE_OFFICER", "21550").post(PATH, with(activity, "organiserUnitCode", "540")).status())
			.isEqualTo(403);
		assertThat(as("TRAINER", "540").post(PATH, activity).status()).isEqualTo(403);
		assertThat(as("ANALYST", "52").post(PATH, activity).status()).isEqualTo(403);
		assertThat(this.fixtures.anonymous().post(PATH, activity).status()).isEqualTo(401);
		assertThat(this.fixtures.anonymous().get(PATH).status()).isEqualTo(401);
		String id = recorded(as("PROVINCE_ADMIN", "52"), with(activity, "organiserUnitCode", "21550"));
		assertThat(as("DISTRICT_OFFICER", "542").put(PATH + "/" + id, activity, Map.of()).status())
			.as("another district does not correct the commune's activity")
			.isEqualTo(403);
		assertThat(as("DISTRICT_OFFICER", "540").put(PATH + "/" + id, with(activity, "organiserUnitCode", "21550"),
				Map.of()).status())
			.as("its own district does")
			.isEqualTo(200);
	}

	@Test
	void aCorrectionBasedOnAnOldVersionIsRefused() {
		JsonHttp commune = as("COMMUNE_OFFICER", "21550");
		Map<String, Object> forum = with(activity("Diễn đàn mô hình hay", TODAY), "subject", "GOOD_MODEL");
		String id = recorded(commune, forum);

		JsonHttp.Answer corrected = commune.put(PATH + "/" + id, with(forum, "reach", 250), Map.of("If-Match", "\"1\""));
		JsonHttp.Answer stale = commune.put(PATH + "/" + id, with(forum, "reach", 999), Map.of("If-Match", "\"1\""));

		assertThat(corrected.status()).as(corrected.text()).isEqualTo(200);
		assertThat(corrected.header("ETag")).isEqualTo("\"2\"");
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.json().get("title").asString()).isEqualTo("Dữ liệu đã được người khác thay đổi");
		JsonHttp.Answer current = commune.get(PATH + "/" + id);
		assertThat(current.json().get("reach").asLong()).isEqualTo(250);
		assertThat(current.json().get("subject").asString()).isEqualTo("GOOD_MODEL");
		assertThat(commune.get(PATH + "/nothing-here").status()).isEqualTo(404);
	}

}
