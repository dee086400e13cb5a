package vn.hoagiai.registry.people;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.TrainerState;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.UsesInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Trainers of the province and the districts: registered, listed, corrected, retired, and counted from events. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesInfrastructure
class TrainerIntegrationTests extends PeopleTesting {

	@Test
	void aRegisteredTrainerIsShownWithVietnameseLabelsAndPublishedWithoutTheirName() {
		Map<String, Object> body = with(trainer("DISTRICT", QUY_NHON, "Phạm Thị Hồng Nhung"), "trainedOn", "2026-04-08");

		JsonHttp.Answer created = as("DISTRICT_OFFICER", QUY_NHON).post("/api/registry/trainers", body);

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.header("ETag")).isEqualTo("\"1\"");
		JsonNode trainer = created.json();
		String id = trainer.get("id").asString();
		assertThat(created.header("Location")).isEqualTo("/api/registry/trainers/" + id);
		assertThat(trainer.get("levelLabel").asString()).isEqualTo("Tập huấn viên cấp huyện");
		assertThat(trainer.get("sourceLabel").asString()).isEqualTo("Thẩm phán");
		assertThat(trainer.get("unitName").asString()).isEqualTo("Thành phố Quy Nhơn");
		assertThat(trainer.get("statusLabel").asString()).isEqualTo("Đang tham gia");
		assertThat(trainer.get("trained").asBoolean()).isTrue();
		assertThat(trainer.get("materialsGiven").asBoolean()).isFalse();
		assertThat(province().get("/api/registry/trainers/" + id).json().get("fullName").asString())
			.isEqualTo("Phạm Thị Hồng Nhung");

		await().untilAsserted(() -> assertThat(events(id)).hasSize(1));
		TrainerState state = events(id).get(0).dataAs(TrainerState.class);
		assertThat(events(id).get(0).type()).isEqualTo(EventType.TRAINER_REGISTERED);
		assertThat(state.unitCode()).isEqualTo(QUY_NHON);
		assertThat(state.level()).isEqualTo("DISTRICT");
		assertThat(state.source()).isEqualTo("JUDGE");
		assertThat(state.active()).isTrue();
		assertThat(state.trained()).isTrue();
		assertThat(state.materialsGiven()).isFalse();
		assertThat(rawEvents(id).get(0)).doesNotContain("Nhung");
		assertFollowTheContract(id);
	}

	@Test
	void aUnitThatIsUnknownOrOfTheWrongLevelIsRefusedNamingTheField() {
		JsonHttp.Answer unknown = province().post("/api/registry/trainers", trainer("DISTRICT", "599", "Lê Văn An"));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(firstError(unknown)).isEqualTo("unitCode: Không tìm thấy đơn vị hành chính có mã 599");

		JsonHttp.Answer districtInProvince = province().post("/api/registry/trainers",
				trainer("DISTRICT", PROVINCE, "Lê Văn An"));
		assertThat(districtInProvince.status()).isEqualTo(422);
		assertThat(firstError(districtInProvince))
			.isEqualTo("unitCode: Tập huấn viên cấp huyện phải thuộc đơn vị cấp huyện, không phải Tỉnh Bình Định");

		JsonHttp.Answer provincialInDistrict = province().post("/api/registry/trainers",
				trainer("PROVINCIAL", QUY_NHON, "Lê Văn An"));
		assertThat(firstError(provincialInDistrict))
			.isEqualTo("unitCode: Tập huấn viên cấp tỉnh phải thuộc đơn vị cấp tỉnh, không phải Thành phố Quy Nhơn");

		JsonHttp.Answer commune = province().post("/api/registry/trainers", trainer("DISTRICT", NHON_BINH, "Lê Văn An"));
		assertThat(commune.status()).isEqualTo(422);
		assertThat(firstError(commune))
			.isEqualTo("unitCode: Mã đơn vị của tập huấn viên là mã tỉnh (2 chữ số) hoặc mã huyện (3 chữ số)");
		assertThat(province().get("/api/registry/trainers?unit=52&size=200").json().toString()).doesNotContain("Lê Văn An");
	}

	@Test
	void blankOrOverLongNamesFutureDatesAndMongoOperatorsAreRefusedNamingTheField() {
		JsonHttp.Answer blank = province().post("/api/registry/trainers", trainer("PROVINCIAL", PROVINCE, "   "));
		assertThat(blank.status()).isEqualTo(422);
		assertThat(firstError(blank)).isEqualTo("fullName: Họ và tên là bắt buộc");

		JsonHttp.Answer long_ = province().post("/api/registry/trainers", trainer("PROVINCIAL", PROVINCE, "A".repeat(101)));
		assertThat(firstError(long_)).isEqualTo("fullName: Họ và tên tối đa 100 ký tự");

		JsonHttp.Answer future = province().post("/api/registry/trainers",
				with(trainer("PROVINCIAL", PROVINCE, "Lê Văn An"), "appointmentDate", "2999-01-01"));
		assertThat(future.status()).isEqualTo(422);
		assertThat(firstError(future)).isEqualTo("appointmentDate: Ngày quyết định công nhận không được ở tương lai");

		JsonHttp.Answer trainedLater = province().post("/api/registry/trainers",
				with(trainer("PROVINCIAL", PROVINCE, "Lê Văn An"), "materialsGivenOn", "2999-01-01"));
		assertThat(firstError(trainedLater)).isEqualTo("materialsGivenOn: Ngày được cấp bộ tài liệu không được ở tương lai");

		JsonHttp.Answer injected = province().post("/api/registry/trainers",
				"{\"level\": \"PROVINCIAL\", \"unitCode\": {\"$gt\": \"\"}, \"source\": \"JUDGE\", \"fullName\": \"Lê Văn An\","
						+ " \"gender\": \"MALE\", \"appointmentNumber\": \"1/QĐ\", \"appointmentDate\": \"2026-01-05\"}",
				Map.of());
		assertThat(injected.status()).isEqualTo(400);
		assertThat(injected.json().get("errors").get(0).get("field").asString()).isEqualTo("unitCode");

		JsonHttp.Answer unknownSource = province().post("/api/registry/trainers",
				with(trainer("PROVINCIAL", PROVINCE, "Lê Văn An"), "source", "TEACHER"));
		assertThat(unknownSource.status()).isEqualTo(400);
		assertThat(unknownSource.json().get("errors").get(0).get("field").asString()).isEqualTo("source");
		assertThat(province().get("/api/registry/trainers?unit=52&size=200").json().toString()).doesNotContain("Lê Văn An");
	}

	@Test
	void aDistrictManagesItsOwnDistrictTrainersOnlyAndOnlyTheProvinceItsProvincialOnes() {
		JsonHttp district = as("DISTRICT_OFFICER", QUY_NHON);
		assertThat(district.post("/api/registry/trainers", trainer("DISTRICT", AN_LAO, "Đinh Văn Út")).status())
			.isEqualTo(403);
		JsonHttp.Answer provincial = district.post("/api/registry/trainers", trainer("PROVINCIAL", PROVINCE, "Đinh Văn Út"));
		assertThat(provincial.status()).isEqualTo(403);
		assertThat(provincial.json().get("title").asString()).isEqualTo("Không được phép");
		assertThat(as("COMMUNE_OFFICER", NHON_BINH).post("/api/registry/trainers",
				trainer("DISTRICT", QUY_NHON, "Đinh Văn Út")).status()).isEqualTo(403);

		String provincialId = province().post("/api/registry/trainers", trainer("PROVINCIAL", PROVINCE, "Võ Thị Sáu"))
			.json().get("id").asString();
		assertThat(district.get("/api/registry/trainers/" + provincialId).status()).as("outside the district").isEqualTo(404);
		assertThat(district.post("/api/registry/trainers/" + provincialId + "/retirement",
				Map.of("date", "2026-10-01", "reason", "Nghỉ hưu")).status()).isEqualTo(404);
		assertThat(province().get("/api/registry/trainers/" + provincialId).json().get("status").asString())
			.isEqualTo("ACTIVE");
	}

	@Test
	void theListOfAUnitHoldsItsTrainersAndThoseOfItsDistrictsByLevelAndStatusAPageAtATime() {
		String ownName = "Trương Văn Lợi " + System.nanoTime();
		String anLao = province().post("/api/registry/trainers", trainer("DISTRICT", AN_LAO, ownName)).json().get("id")
			.asString();
		String provincial = province().post("/api/registry/trainers", trainer("PROVINCIAL", PROVINCE, ownName)).json()
			.get("id").asString();

		JsonHttp.Answer all = province().get("/api/registry/trainers?unit=52&size=200");
		assertThat(all.status()).isEqualTo(200);
		assertThat(ids(all.json())).contains(anLao, provincial);
		assertThat(Long.parseLong(all.header("X-Total-Count"))).isGreaterThanOrEqualTo(2);
		assertThat(ids(province().get("/api/registry/trainers?unit=52&level=PROVINCIAL&size=200").json()))
			.contains(provincial).doesNotContain(anLao);
		assertThat(ids(as("DISTRICT_OFFICER", AN_LAO).get("/api/registry/trainers").json())).contains(anLao)
			.doesNotContain(provincial);
		assertThat(ids(as("TRAINER", AN_LAO).get("/api/registry/trainers?unit=542").json())).contains(anLao);

		province().post("/api/registry/trainers/" + anLao + "/retirement", Map.of("date", "2026-10-01", "reason", "Nghỉ hưu"));
		assertThat(ids(province().get("/api/registry/trainers?unit=542&status=ACTIVE&size=200").json())).doesNotContain(anLao);
		assertThat(ids(province().get("/api/registry/trainers?unit=542&status=RETIRED&size=200").json())).contains(anLao);

		JsonHttp.Answer page = province().get("/api/registry/trainers?unit=52&size=1");
		assertThat(page.json()).hasSize(1);
		assertThat(province().get("/api/registry/trainers?unit=52&size=201").status()).isEqualTo(400);
		assertThat(province().get("/api/registry/trainers?unit=99999").status()).isEqualTo(422);
		assertThat(province().get("/api/registry/trainers?unit=%7B%22$gt%22:%22%22%7D").status()).isEqualTo(400);
		assertThat(province().get("/api/registry/trainers?unit=52&status=GONE").status()).isEqualTo(400);
		assertThat(as("DISTRICT_OFFICER", AN_LAO).get("/api/registry/trainers?unit=540").status()).isEqualTo(403);
	}

	@Test
	void aCorrectionKeepsEachChangedFieldInTheHistoryAndAStaleIfMatchIsRefused() {
		Map<String, Object> body = trainer("DISTRICT", QUY_NHON, "Nguyễn Văn Bình");
		String id = province().post("/api/registry/trainers", body).json().get("id").asString();

		JsonHttp.Answer corrected = as("DISTRICT_OFFICER", QUY_NHON).put("/api/registry/trainers/" + id,
				with(with(body, "fullName", "Nguyễn Văn Bình An"), "materialsGivenOn", "2026-05-20"), Map.of("If-Match", "\"1\""));
		assertThat(corrected.status()).as(corrected.text()).isEqualTo(200);
		assertThat(corrected.header("ETag")).isEqualTo("\"2\"");
		assertThat(corrected.json().get("materialsGiven").asBoolean()).isTrue();

		JsonHttp.Answer stale = province().put("/api/registry/trainers/" + id, with(body, "source", "LAWYER"),
				Map.of("If-Match", "\"1\""));
		assertThat(stale.status()).isEqualTo(412);
		assertThat(province().get("/api/registry/trainers/" + id).json().get("source").asString()).isEqualTo("JUDGE");

		JsonHttp.Answer same = province().put("/api/registry/trainers/" + id,
				with(with(body, "fullName", "Nguyễn Văn Bình An"), "materialsGivenOn", "2026-05-20"), Map.of());
		assertThat(same.header("ETag")).as("nothing changed, no new version").isEqualTo("\"2\"");

		JsonHttp.Answer elsewhere = as("DISTRICT_OFFICER", QUY_NHON).put("/api/registry/trainers/" + id,
				with(body, "unitCode", AN_LAO), Map.of());
		assertThat(elsewhere.status()).as("moving a trainer out of the district").isEqualTo(403);

		JsonNode history = province().get("/api/registry/trainers/" + id + "/history").json();
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("description").asString()).isEqualTo("Công nhận tập huấn viên");
		JsonNode change = history.get(1);
		assertThat(change.get("description").asString()).isEqualTo("Cập nhật thông tin tập huấn viên");
		assertThat(change.get("role").asString()).isEqualTo("DISTRICT_OFFICER");
		assertThat(fields(change)).containsExactly("fullName: Nguyễn Văn Bình → Nguyễn Văn Bình An",
				"materialsGivenOn: null → 2026-05-20");
		assertThat(as("DISTRICT_OFFICER", QUY_NHON).get("/api/registry/trainers/" + id + "/history").status())
			.isEqualTo(403);

		await().untilAsserted(() -> assertThat(events(id)).hasSize(2));
		TrainerState latest = events(id).get(1).dataAs(TrainerState.class);
		assertThat(latest.version()).isEqualTo(2);
		assertThat(latest.materialsGiven()).isTrue();
	}

	@Test
	void aRetiredTrainerStopsCountingAndARetirementBeforeTheAppointmentOrInTheFutureIsRefused() {
		String id = province().post("/api/registry/trainers", trainer("DISTRICT", QUY_NHON, "Huỳnh Văn Phước")).json()
			.get("id").asString();

		JsonHttp.Answer before = province().post("/api/registry/trainers/" + id + "/retirement",
				Map.of("date", "2026-03-01", "reason", "Nghỉ hưu"));
		assertThat(before.status()).isEqualTo(422);
		assertThat(firstError(before))
			.isEqualTo("date: Ngày thôi tham gia không được trước ngày quyết định công nhận (02/03/2026)");
		JsonHttp.Answer future = province().post("/api/registry/trainers/" + id + "/retirement",
				Map.of("date", "2999-01-01", "reason", "Nghỉ hưu"));
		assertThat(firstError(future)).isEqualTo("date: Ngày thôi tham gia không được ở tương lai");
		JsonHttp.Answer noReason = province().post("/api/registry/trainers/" + id + "/retirement",
				Map.of("date", "2026-10-01", "reason", " "));
		assertThat(firstError(noReason)).isEqualTo("reason: Lý do thôi tham gia là bắt buộc");

		JsonHttp.Answer retired = province().post("/api/registry/trainers/" + id + "/retirement",
				Map.of("date", "2026-10-01", "reason", "Nghỉ hưu"), Map.of("If-Match", "\"1\""));
		assertThat(retired.status()).as(retired.text()).isEqualTo(200);
		assertThat(retired.json().get("statusLabel").asString()).isEqualTo("Đã thôi tham gia");
		assertThat(retired.json().get("retirementDate").asString()).isEqualTo("2026-10-01");
		assertThat(province().post("/api/registry/trainers/" + id + "/retirement",
				Map.of("date", "2026-10-01", "reason", "Nghỉ hưu")).status()).as("already retired").isEqualTo(409);

		JsonHttp.Answer laterAppointment = province().put("/api/registry/trainers/" + id,
				with(trainer("DISTRICT", QUY_NHON, "Huỳnh Văn Phước"), "appointmentDate", "2026-11-01"), Map.of());
		assertThat(laterAppointment.status()).isEqualTo(422);
		assertThat(firstError(laterAppointment))
			.isEqualTo("appointmentDate: Ngày quyết định công nhận không được sau ngày thôi tham gia (01/10/2026)");

		await().untilAsserted(() -> assertThat(events(id)).hasSize(2));
		TrainerState state = events(id).get(1).dataAs(TrainerState.class);
		assertThat(events(id).get(1).type()).isEqualTo(EventType.TRAINER_CHANGED);
		assertThat(state.active()).isFalse();
		assertThat(state.retiredOn()).hasToString("2026-10-01");
		assertFollowTheContract(id);
	}

	@Test
	void analystsAndDistrictSystemsReadNoTrainerAndEveryReadIsLogged() {
		String id = province().post("/api/registry/trainers", trainer("PROVINCIAL", PROVINCE, "Đặng Thị Mai")).json()
			.get("id").asString();

		assertThat(as("ANALYST", PROVINCE).get("/api/registry/trainers?unit=52").status()).isEqualTo(403);
		assertThat(as("ANALYST", PROVINCE).get("/api/registry/trainers/" + id).status()).isEqualTo(403);
		assertThat(as("DISTRICT_SYSTEM", QUY_NHON).get("/api/registry/trainers?unit=540").status()).isEqualTo(403);
		assertThat(as("TRAINER", PROVINCE).post("/api/registry/trainers", trainer("PROVINCIAL", PROVINCE, "X")).status())
			.isEqualTo(403);

		as("TRAINER", PROVINCE).get("/api/registry/trainers/" + id);
		JsonHttp.Answer log = province().get("/api/registry/access-log?recordId=" + id);
		assertThat(log.json()).hasSize(1);
		assertThat(log.json().get(0).get("kind").asString()).isEqualTo("trainer");
		assertThat(log.json().get(0).get("role").asString()).isEqualTo("TRAINER");
	}

	static List<String> ids(JsonNode list) {
		List<String> ids = new java.util.ArrayList<>();
		list.forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

	static List<String> fields(JsonNode change) {
		List<String> lines = new java.util.ArrayList<>();
		change.get("fields").forEach((field) -> lines.add(field.get("field").asString() + ": "
				+ (field.get("before").isNull() ? "null" : field.get("before").asString()) + " → "
				+ field.get("after").asString()));
		return lines;
	}

}
