package vn.hoagiai.reporting.indicator;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.CaseField;
import vn.hoagiai.contracts.events.CaseState;
import vn.hoagiai.contracts.events.CaseStatus;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.contracts.events.TeamState;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;
import vn.hoagiai.testsupport.UsesInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Indicators through the API on a real broker: case events in, indicators by period out, beside the
 * period before; the drill-down; and the problems for what cannot be answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.streams.application-id=reporting-it-${hoagiai.test.run-id}",
				"spring.kafka.streams.state-dir=${java.io.tmpdir}/reporting-it-${hoagiai.test.run-id}" })
@UsesInfrastructure
class IndicatorsIntegrationTests {

	private static final AdministrativeUnits UNITS = AdministrativeUnits.load(AdministrativeUnits.Scope.BINH_DINH);

	/** A commune of Huyện Tây Sơn (547), where no other test publishes cases. */
	static final String TAY_SON_COMMUNE = UNITS.children("547").get(0).code();

	/** A commune of Huyện Vĩnh Thạnh (546), where no other test publishes teams. */
	static final String VINH_THANH_COMMUNE = UNITS.children("546").get(0).code();

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	JsonHttp http;

	KafkaProducer<String, byte[]> producer;

	@BeforeEach
	void clients() {
		this.http = new JsonHttp("http://localhost:" + this.port).as(TestTokens.get().token("ANALYST", "52"));
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.kafka),
				new StringSerializer(), new ByteArraySerializer());
	}

	@AfterEach
	void close() {
		this.producer.close();
	}

	@Test
	void theCaseSuccessRateOfAQuarterAYearAndAMonthStandsBesideThePeriodBeforeAndARedeliveryCountsOnce() {
		String prefix = UUID.randomUUID().toString().substring(0, 8);
		// February 2025 (Q1): 2 successful, 1 unsuccessful. May 2025 (Q2): 1 successful, 1 unsuccessful,
		// 1 still open; the last successful one is delivered twice.
		closed(prefix + "-1", LocalDate.of(2025, 2, 3), CaseStatus.SUCCESSFUL);
		closed(prefix + "-2", LocalDate.of(2025, 2, 10), CaseStatus.SUCCESSFUL);
		closed(prefix + "-3", LocalDate.of(2025, 2, 17), CaseStatus.UNSUCCESSFUL);
		closed(prefix + "-4", LocalDate.of(2025, 5, 5), CaseStatus.UNSUCCESSFUL);
		publish(new CaseState(prefix + "-5", 1, TAY_SON_COMMUNE, CaseField.LAND, LocalDate.of(2025, 5, 6),
				CaseStatus.RECEIVED, null, null, null), EventType.CASE_RECEIVED);
		CaseState last = closed(prefix + "-6", LocalDate.of(2025, 5, 7), CaseStatus.SUCCESSFUL);
		publish(last, EventType.CASE_CLOSED);

		// Q2: 1 / (1 + 1) = 50 %, target 85 %: gap -35. Q1 before it: 2 / 3 = 66.67 %; change -16.67.
		await().untilAsserted(() -> assertThat(indicator(TAY_SON_COMMUNE, "2025-Q2", "casesReceived").get("numerator")
			.asLong()).isEqualTo(3));
		JsonNode q2 = indicator(TAY_SON_COMMUNE, "2025-Q2", "caseSuccessRate");
		assertThat(q2.get("numerator").asLong()).isEqualTo(1);
		assertThat(q2.get("denominator").asLong()).isEqualTo(2);
		assertThat(q2.get("value").decimalValue()).isEqualByComparingTo("50");
		assertThat(q2.get("gap").decimalValue()).isEqualByComparingTo("-35");
		assertThat(q2.get("met").asBoolean()).isFalse();
		assertThat(q2.get("period").asString()).isEqualTo("2025-Q2");
		assertThat(q2.get("previous").get("period").asString()).isEqualTo("2025-Q1");
		assertThat(q2.get("previous").get("value").decimalValue()).isEqualByComparingTo("66.67");
		assertThat(q2.get("previous").get("change").decimalValue()).isEqualByComparingTo("-16.67");
		assertThat(q2.get("asOf").get("eventTime").asString()).isNotBlank();

		// The year: 3 successful of 5 closed = 60 %; the month of February: 2 of 3.
		assertThat(indicator(TAY_SON_COMMUNE, "2025", "caseSuccessRate").get("value").decimalValue())
			.isEqualByComparingTo("60");
		assertThat(indicator(TAY_SON_COMMUNE, "2025-02", "caseSuccessRate").get("value").decimalValue())
			.isEqualByComparingTo("66.67");
		// The district counts the same cases, and the whole answer says how fresh it is.
		JsonNode district = this.http.get("/api/reporting/indicators/547?period=2025-Q1").json();
		assertThat(find(district.get("indicators"), "caseSuccessRate").get("numerator").asLong()).isEqualTo(2);
		assertThat(district.get("asOf").get("eventTime").asString()).isNotBlank();
	}

	@Test
	void theDrillDownOfADistrictListsEachCommuneWithItsOwnValue() {
		String prefix = UUID.randomUUID().toString().substring(0, 8);
		closed(prefix + "-1", LocalDate.of(2024, 8, 5), CaseStatus.SUCCESSFUL);
		await().untilAsserted(() -> assertThat(indicator(TAY_SON_COMMUNE, "2024-08", "casesSuccessful").get("numerator")
			.asLong()).isEqualTo(1));

		JsonNode drill = this.http.get("/api/reporting/indicators/547/casesSuccessful/children?period=2024-08").json();

		assertThat(drill.get("indicator").asString()).isEqualTo("casesSuccessful");
		assertThat(drill.get("children").size()).isEqualTo(UNITS.children("547").size());
		assertThat(drill.get("children").get(0).get("unit").get("level").asString()).isEqualTo("COMMUNE");
		JsonNode commune = find(drill.get("children"), TAY_SON_COMMUNE, "unit");
		assertThat(commune.get("value").decimalValue()).isEqualByComparingTo("1");
		assertThat(drill.get("parent").get("unit").get("code").asString()).isEqualTo("547");
		assertThat(drill.get("parent").get("numerator").asLong()).isEqualTo(1);
	}

	@Test
	void theShareOfCompliantTeamsOfACommuneIsComputedFromTheLiveRollup() {
		String prefix = UUID.randomUUID().toString().substring(0, 8);
		// Two teams, one meeting Art. 12: 50 %, 50 points short of the 100 % target.
		publish(team(prefix + "-a", true), EventType.TEAM_REGISTERED);
		publish(team(prefix + "-b", false), EventType.TEAM_REGISTERED);

		await().untilAsserted(() -> assertThat(indicator(VINH_THANH_COMMUNE, null, "teams").get("value").asLong())
			.isEqualTo(2));
		JsonNode share = indicator(VINH_THANH_COMMUNE, null, "teamsCompliantShare");
		assertThat(share.get("value").decimalValue()).isEqualByComparingTo("50");
		assertThat(share.get("gap").decimalValue()).isEqualByComparingTo("-50");
		assertThat(share.get("period").isNull()).isTrue();
		// Not defined for a commune: the provincial trainer ratio.
		JsonNode all = this.http.get("/api/reporting/indicators/" + VINH_THANH_COMMUNE).json().get("indicators");
		assertThat(all.findValuesAsString("id")).doesNotContain("provincialTrainersPer100Teams");
	}

	@Test
	void aBadPeriodAnUnknownUnitAndAnUnknownIndicatorAreProblemsNamingTheField() {
		JsonHttp.Answer period = this.http.get("/api/reporting/indicators/540?period=2026-Q5");
		assertThat(period.status()).isEqualTo(400);
		assertThat(period.header("Content-Type")).contains("application/problem+json");
		assertThat(period.json().get("errors").get(0).get("field").asString()).isEqualTo("period");
		assertThat(period.json().get("detail").asString()).contains("Kỳ báo cáo phải là năm (2026), quý (2026-Q3)");

		JsonHttp.Answer unit = this.http.get("/api/reporting/indicators/99999");
		assertThat(unit.status()).isEqualTo(404);
		assertThat(unit.json().get("errors").get(0).get("field").asString()).isEqualTo("unit");
		assertThat(unit.json().get("detail").asString()).isEqualTo("Không tìm thấy đơn vị hành chính có mã 99999.");

		JsonHttp.Answer indicator = this.http.get("/api/reporting/indicators/540/tyLeAbc/children");
		assertThat(indicator.status()).isEqualTo(404);
		assertThat(indicator.json().get("errors").get(0).get("field").asString()).isEqualTo("indicator");
		assertThat(indicator.json().get("detail").asString()).isEqualTo("Không có chỉ tiêu tyLeAbc.");

		JsonHttp.Answer level = this.http.get("/api/reporting/indicators/540/provincialTrainersPer100Teams/children");
		assertThat(level.status()).isEqualTo(400);
		assertThat(level.json().get("detail").asString()).isEqualTo("Chỉ tiêu provincialTrainersPer100Teams không tính cho cấp huyện.");
	}

	@Test
	void everyPersonMayReadIndicatorsButADistrictSystemAndAnAnonymousCallerMayNot() {
		JsonHttp anonymous = new JsonHttp("http://localhost:" + this.port);
		for (String role : List.of("PROVINCE_ADMIN", "DISTRICT_OFFICER", "COMMUNE_OFFICER", "TRAINER", "ANALYST")) {
			assertThat(anonymous.as(TestTokens.get().token(role, "21550")).get("/api/reporting/indicators/52").status())
				.as(role)
				.isEqualTo(200);
		}
		assertThat(anonymous.as(TestTokens.get().token("DISTRICT_SYSTEM", "540")).get("/api/reporting/indicators/540")
			.status()).isEqualTo(403);
		assertThat(anonymous.get("/api/reporting/indicators/540").status()).isEqualTo(401);
	}

	@Test
	void theDefinitionsAreServedAsLoaded() {
		JsonNode definitions = this.http.get("/api/reporting/indicators").json();

		JsonNode success = find(definitions, "caseSuccessRate");
		assertThat(success.get("target").get("value").decimalValue()).isEqualByComparingTo("85");
		assertThat(success.get("denominator").size()).isEqualTo(2);
	}

	private JsonNode indicator(String unit, String period, String id) {
		String query = (period != null) ? "?period=" + period : "";
		return find(this.http.get("/api/reporting/indicators/" + unit + query).json().get("indicators"), id);
	}

	private static JsonNode find(JsonNode list, String id) {
		for (JsonNode node : list) {
			if (id.equals(node.get("id").asString())) {
				return node;
			}
		}
		throw new AssertionError("no " + id + " in " + list);
	}

	private static JsonNode find(JsonNode list, String unitCode, String unitField) {
		for (JsonNode node : list) {
			if (unitCode.equals(node.get(unitField).get("code").asString())) {
				return node;
			}
		}
		throw new AssertionError("no unit " + unitCode + " in " + list);
	}

	private CaseState closed(String id, LocalDate received, CaseStatus outcome) {
		CaseState state = new CaseState(id, 1, TAY_SON_COMMUNE, CaseField.NEIGHBOURS, received, outcome,
				received.plusDays(4), null, null);
		publish(state, EventType.CASE_CLOSED);
		return state;
	}

	private static TeamState team(String id, boolean compliant) {
		return new TeamState(id, 1, VINH_THANH_COMMUNE, "Thôn 1", false, true,
				List.of(new TeamState.Member(id + "-1", compliant ? Gender.FEMALE : Gender.MALE, false, true),
						new TeamState.Member(id + "-2", Gender.MALE, false, false),
						new TeamState.Member(id + "-3", Gender.MALE, false, false)),
				compliant, compliant ? List.of() : List.of("Thiếu hòa giải viên nữ"), Instant.now());
	}

	private void publish(Object state, EventType type) {
		String key = (state instanceof CaseState c) ? c.caseId() : ((TeamState) state).teamId();
		String topic = (state instanceof CaseState) ? Topic.DISTRICT_CASES.topicName() : Topic.REGISTRY_TEAMS.topicName();
		ProducerRecord<String, byte[]> record = EventCodec.toRecord(topic, key, new EventCodec.OutgoingEvent(
				UUID.randomUUID().toString(), type, URI.create("/district/547"), Instant.now(), EventCodec.toJson(state)));
		try {
			this.producer.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
