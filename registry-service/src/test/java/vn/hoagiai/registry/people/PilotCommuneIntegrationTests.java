package vn.hoagiai.registry.people;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.PilotCommuneState;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.UsesInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The province's pilot communes (xã điểm), designated for a period and published keyed by commune. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesInfrastructure
class PilotCommuneIntegrationTests extends PeopleTesting {

	/** A commune no other test designates. */
	static final String PILOT = "21553";

	@Test
	void theProvinceDesignatesAPilotCommuneChangesItsPeriodAndEveryoneButDistrictSystemsReadsIt() {
		JsonHttp.Answer designated = province().put("/api/registry/pilot-communes/" + PILOT,
				Map.of("from", "2024-07-01", "decisionNumber", "1234/QĐ-UBND"), Map.of());
		assertThat(designated.status()).as(designated.text()).isIn(200, 201);
		long version = Long.parseLong(designated.header("ETag").replace("\"", ""));
		assertThat(designated.json().get("communeName").asString()).isEqualTo("Phường Nhơn Phú");

		JsonHttp.Answer closed = province().put("/api/registry/pilot-communes/" + PILOT,
				Map.of("from", "2024-07-01", "until", "2026-12-31", "decisionNumber", "1234/QĐ-UBND"),
				Map.of("If-Match", "\"" + version + "\""));
		assertThat(closed.status()).as(closed.text()).isEqualTo(200);
		assertThat(closed.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");
		assertThat(province().put("/api/registry/pilot-communes/" + PILOT,
				Map.of("from", "2024-08-01", "decisionNumber", "1234/QĐ-UBND"), Map.of("If-Match", "\"" + version + "\""))
			.status()).as("stale").isEqualTo(412);

		for (String role : new String[] { "ANALYST", "TRAINER", "DISTRICT_OFFICER", "COMMUNE_OFFICER" }) {
			JsonHttp.Answer list = as(role, role.equals("COMMUNE_OFFICER") ? NHON_BINH : QUY_NHON)
				.get("/api/registry/pilot-communes");
			assertThat(list.status()).as(role).isEqualTo(200);
			JsonNode pilot = find(list.json(), PILOT);
			assertThat(pilot.get("until").asString()).isEqualTo("2026-12-31");
			assertThat(pilot.get("active").asBoolean()).isTrue();
		}
		assertThat(find(province().get("/api/registry/pilot-communes?unit=540").json(), PILOT)).isNotNull();
		assertThat(province().get("/api/registry/pilot-communes?unit=542").json().toString()).doesNotContain(PILOT);
		assertThat(as("DISTRICT_SYSTEM", QUY_NHON).get("/api/registry/pilot-communes").status()).isEqualTo(403);

		await().untilAsserted(() -> {
			assertThat(events(PILOT)).isNotEmpty();
			var last = events(PILOT).get(events(PILOT).size() - 1);
			assertThat(last.type()).isEqualTo(EventType.PILOT_COMMUNE_CHANGED);
			PilotCommuneState state = last.dataAs(PilotCommuneState.class);
			assertThat(state.version()).isEqualTo(version + 1);
			assertThat(state.until()).hasToString("2026-12-31");
			assertThat(state.active()).isTrue();
		});

		JsonHttp.Answer withdrawn = province().put("/api/registry/pilot-communes/" + PILOT,
				Map.of("from", "2024-07-01", "until", "2026-12-31", "decisionNumber", "88/QĐ-UBND", "withdrawn", true),
				Map.of());
		assertThat(withdrawn.json().get("active").asBoolean()).isFalse();
		await().untilAsserted(() -> assertThat(events(PILOT).get(events(PILOT).size() - 1)
			.dataAs(PilotCommuneState.class).active()).isFalse());
		assertFollowTheContract(PILOT);
		JsonNode history = province().get("/api/registry/pilot-communes").json();
		assertThat(find(history, PILOT).get("decisionNumber").asString()).isEqualTo("88/QĐ-UBND");
	}

	@Test
	void onlyTheProvinceDesignatesPilotCommunes() {
		Map<String, Object> body = Map.of("from", "2024-07-01", "decisionNumber", "1/QĐ-UBND");
		for (String role : new String[] { "DISTRICT_OFFICER", "COMMUNE_OFFICER", "TRAINER", "ANALYST", "DISTRICT_SYSTEM" }) {
			JsonHttp.Answer refused = as(role, role.equals("COMMUNE_OFFICER") ? NHON_BINH : QUY_NHON)
				.put("/api/registry/pilot-communes/" + NHON_BINH, body, Map.of());
			assertThat(refused.status()).as(role).isEqualTo(403);
			assertThat(refused.json().get("title").asString()).isEqualTo("Không được phép");
		}
		assertThat(province().get("/api/registry/pilot-communes").json().toString()).doesNotContain(NHON_BINH);
	}

	@Test
	void anUnknownCommuneAPeriodEndingBeforeItBeginsAndMongoOperatorsAreRefusedNamingTheField() {
		JsonHttp.Answer unknown = province().put("/api/registry/pilot-communes/99999",
				Map.of("from", "2024-07-01", "decisionNumber", "1/QĐ-UBND"), Map.of());
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(firstError(unknown)).isEqualTo("communeCode: Không tìm thấy đơn vị hành chính cấp xã có mã 99999");

		JsonHttp.Answer district = province().put("/api/registry/pilot-communes/540",
				Map.of("from", "2024-07-01", "decisionNumber", "1/QĐ-UBND"), Map.of());
		assertThat(district.status()).isEqualTo(422);
		assertThat(firstError(district)).isEqualTo("communeCode: Mã đơn vị hành chính cấp xã gồm 5 chữ số");

		JsonHttp.Answer backwards = province().put("/api/registry/pilot-communes/21609",
				Map.of("from", "2024-07-01", "until", "2024-06-30", "decisionNumber", "1/QĐ-UBND"), Map.of());
		assertThat(backwards.status()).isEqualTo(422);
		assertThat(firstError(backwards)).isEqualTo("until: Ngày kết thúc không được trước ngày bắt đầu");

		JsonHttp.Answer noDecision = province().put("/api/registry/pilot-communes/21609",
				Map.of("from", "2024-07-01", "decisionNumber", " "), Map.of());
		assertThat(noDecision.status()).isEqualTo(422);
		assertThat(firstError(noDecision)).isEqualTo("decisionNumber: Số quyết định chọn xã điểm là bắt buộc");

		JsonHttp.Answer injected = province().put("/api/registry/pilot-communes/21609",
				"{\"from\": \"2024-07-01\", \"decisionNumber\": {\"$gt\": \"\"}}", Map.of());
		assertThat(injected.status()).isEqualTo(400);
		assertThat(injected.json().get("errors").get(0).get("field").asString()).isEqualTo("decisionNumber");
		assertThat(province().get("/api/registry/pilot-communes").json().toString()).doesNotContain("21609");
	}

	static JsonNode find(JsonNode list, String communeCode) {
		for (JsonNode item : list) {
			if (item.get("communeCode").asString().equals(communeCode)) {
				return item;
			}
		}
		return null;
	}

}
