package vn.hoagiai.systemtests;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.CaseField;
import vn.hoagiai.contracts.events.CaseState;
import vn.hoagiai.contracts.events.CaseStatus;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.devstack.DevStack;
import vn.hoagiai.testsupport.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The 2025 reorganisation on Bình Định's data (issue #12): cases of 2024 recorded against the old
 * communes, teams registered in them, the province's re-homing run, then cases of 2026 recorded by
 * district systems against the new communes of Gia Lai. 2024 still rolls up by the 11 districts; 2026
 * by the 58 new communes; the 2024 figures recast onto the new communes add up to the same province
 * totals. Every expected value is computed by hand from the mapping
 * ({@code vn-commune-reorganisation-2025-07-01.csv}):
 * <ul>
 * <li>21550 Phường Nhơn Bình went whole into 21601 Phường Quy Nhơn Đông;</li>
 * <li>21553 Phường Nhơn Phú and 21559 Phường Trần Quang Diệu into 21553 Phường Quy Nhơn Bắc (the old
 * code 21553 now names another unit);</li>
 * <li>21727 Xã Ân Nghĩa (Huyện Hoài Ân, 544) was split into 21727 Xã Kim Sơn, 21628 Xã An Hòa and 21622
 * Xã An Toàn: 7 cases recast give 3, 2 and 2;</li>
 * <li>21609 Thị trấn An Lão (Huyện An Lão, 542) went into 21609 Xã An Lão.</li>
 * </ul>
 * It re-homes every team of the province, so it runs after the other system tests on the shared stack.
 */
@Order(Integer.MAX_VALUE)
class ReorganisationSystemTests {

	static final String TWO_TIER = "@2025-07-01";

	static DevStack stack;

	static JsonHttp gateway;

	@BeforeAll
	static void startTheStack() {
		stack = RunningStack.get();
		gateway = new JsonHttp(stack.gatewayUrl()).as(RunningStack.token("PROVINCE_ADMIN", "52"));
	}

	@Test
	void twentyTwentyFourRollsUpByTheElevenDistrictsTwentyTwentySixByTheNewCommunesAndTheRecastAddsUpToTheSameProvince() {
		// Nothing else on the shared stack records cases in 2024: those figures are absolute. February 2026
		// has the contract's example case (recorded against an old commune, so recast onto a new one):
		// what this test adds is counted from what was there.
		assertThat(casesReceived("52", "2024")).isZero();
		Map<String, Long> february = childrenCasesReceived("52" + TWO_TIER, "2026-02");
		long februaryInOldUnits = casesReceived("52", "2026-02");
		long teamsInProvinceBefore = teams("52");
		long teamsOfNhonBinhBefore = teams("21550");

		// Teams of the three-tier hierarchy: one in Nhơn Bình, two in Ân Nghĩa (a split commune).
		String nhonBinhTeam = registerTeam("21550", "Khu vực 12");
		String firstAnNghiaTeam = registerTeam("21727", "Thôn Hà Nhe");
		String secondAnNghiaTeam = registerTeam("21727", "Thôn Đồng Nhà Mát");

		// Cases of 2024, published by the district systems against the old communes.
		List<CaseState> cases2024 = new ArrayList<>();
		cases2024.addAll(cases("21550", LocalDate.of(2024, 3, 10), CaseStatus.SUCCESSFUL, CaseStatus.SUCCESSFUL,
				CaseStatus.UNSUCCESSFUL));
		cases2024.addAll(cases("21553", LocalDate.of(2024, 5, 2), CaseStatus.SUCCESSFUL, CaseStatus.SUCCESSFUL));
		cases2024.addAll(cases("21559", LocalDate.of(2024, 8, 20), CaseStatus.SUCCESSFUL));
		cases2024.addAll(cases("21727", LocalDate.of(2024, 11, 5), CaseStatus.SUCCESSFUL, CaseStatus.SUCCESSFUL,
				CaseStatus.SUCCESSFUL, CaseStatus.SUCCESSFUL, CaseStatus.SUCCESSFUL, CaseStatus.RECEIVED,
				CaseStatus.RECEIVED));
		cases2024.addAll(cases("21609", LocalDate.of(2024, 12, 30), CaseStatus.WITHDRAWN));
		publish(cases2024);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(casesReceived("52", "2024")).isEqualTo(14));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(teams("52")).isEqualTo(teamsInProvinceBefore + 3));

		// A dry run says what would happen and writes nothing: both Ân Nghĩa teams would be placed by assumption.
		JsonHttp.Answer dry = gateway.post("/api/registry/reorganisations", Map.of("provinceCode", "52", "dryRun", true));
		assertThat(dry.status()).isEqualTo(200);
		assertThat(dry.json().get("assumed").findValuesAsString("teamId")).contains(firstAnNghiaTeam, secondAnNghiaTeam);
		assertThat(gateway.get("/api/registry/teams/" + nhonBinhTeam).json().get("communeCode").asString()).isEqualTo("21550");

		// A choice that is not one of the commune's successors is refused, naming the team, and nothing moves.
		JsonHttp.Answer wrong = gateway.post("/api/registry/reorganisations",
				Map.of("provinceCode", "52", "assignments", Map.of(firstAnNghiaTeam, "21601" + TWO_TIER)));
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("assignments." + firstAnNghiaTeam);
		assertThat(gateway.get("/api/registry/teams/" + nhonBinhTeam).json().get("communeCode").asString()).isEqualTo("21550");

		// The run: the province says the first Ân Nghĩa team's village went into Xã An Hòa; the second is assumed.
		JsonHttp.Answer run = gateway.post("/api/registry/reorganisations",
				Map.of("provinceCode", "52", "assignments", Map.of(firstAnNghiaTeam, "21628" + TWO_TIER)));
		assertThat(run.status()).isEqualTo(200);
		assertThat(run.json().get("teamsMoved").asLong()).isEqualTo(teamsInProvinceBefore + 3);
		// (Other tests on the shared stack may have left teams in split communes: they are assumed too.)
		assertThat(run.json().get("assumed").findValuesAsString("teamId")).contains(secondAnNghiaTeam)
			.doesNotContain(firstAnNghiaTeam);
		assertThat(gateway.get("/api/registry/reorganisations").json().get(0).get("id").asString())
			.isEqualTo(run.json().get("id").asString());
		JsonNode rehomed = gateway.get("/api/registry/teams/" + nhonBinhTeam).json();
		assertThat(rehomed.get("communeCode").asString()).isEqualTo("21601" + TWO_TIER);
		assertThat(rehomed.get("villageName").asString()).isEqualTo("Khu vực 12");
		assertThat(gateway.get("/api/registry/teams/" + firstAnNghiaTeam).json().get("communeCode").asString())
			.isEqualTo("21628" + TWO_TIER);
		assertThat(gateway.get("/api/registry/teams/" + secondAnNghiaTeam).json().get("communeCode").asString())
			.isEqualTo("21727" + TWO_TIER);
		// Run again: nothing is left to move.
		assertThat(gateway.post("/api/registry/reorganisations", Map.of("provinceCode", "52")).json().get("teamsMoved")
			.asLong()).isZero();

		// After the change, a team is registered in a new commune and district systems record against new communes.
		registerTeam("21553" + TWO_TIER, "Khu phố 3");
		publish(cases("21601" + TWO_TIER, LocalDate.of(2026, 2, 3), CaseStatus.SUCCESSFUL, CaseStatus.SUCCESSFUL,
				CaseStatus.SUCCESSFUL, CaseStatus.UNSUCCESSFUL));
		publish(cases("21628" + TWO_TIER, LocalDate.of(2026, 2, 17), CaseStatus.SUCCESSFUL));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			// The teams all moved: the old province has none left, the new one has them all and the new team.
			assertThat(teams("52")).isZero();
			assertThat(teams("52" + TWO_TIER)).isEqualTo(teamsInProvinceBefore + 4);
			assertThat(teams("21601" + TWO_TIER)).isGreaterThanOrEqualTo(teamsOfNhonBinhBefore + 1);
			assertThat(casesReceived("52" + TWO_TIER, "2026-02")).isEqualTo(sum(february) + 5);
		});

		// 2024, by the hierarchy then in force: the 11 districts of Bình Định.
		Map<String, Long> byDistrict = childrenCasesReceived("52", "2024");
		assertThat(byDistrict).hasSize(11);
		assertThat(byDistrict).containsEntry("540", 6L).containsEntry("544", 7L).containsEntry("542", 1L);
		assertThat(byDistrict.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(14);
		assertThat(casesReceived("52", "2024")).isEqualTo(14);
		assertThat(casesSuccessful("540", "2024")).isEqualTo(5);

		// 2026, by the hierarchy in force: the 58 new communes of Gia Lai.
		Map<String, Long> byNewCommune2026 = childrenCasesReceived("52" + TWO_TIER, "2026-02");
		assertThat(byNewCommune2026).hasSize(58);
		assertThat(byNewCommune2026).containsEntry("21601" + TWO_TIER, february.get("21601" + TWO_TIER) + 4)
			.containsEntry("21628" + TWO_TIER, february.get("21628" + TWO_TIER) + 1);
		assertThat(sum(byNewCommune2026)).isEqualTo(sum(february) + 5);
		assertThat(casesReceived("52", "2026-02")).isEqualTo(februaryInOldUnits);

		// 2024 recast onto the new communes: whole communes carried over, the split one apportioned 3, 2, 2.
		Map<String, Long> recast2024 = childrenCasesReceived("52" + TWO_TIER, "2024");
		assertThat(recast2024).containsEntry("21601" + TWO_TIER, 3L)
			.containsEntry("21553" + TWO_TIER, 3L)
			.containsEntry("21727" + TWO_TIER, 3L)
			.containsEntry("21628" + TWO_TIER, 2L)
			.containsEntry("21622" + TWO_TIER, 2L)
			.containsEntry("21609" + TWO_TIER, 1L);
		assertThat(recast2024.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(14);
		assertThat(casesReceived("52" + TWO_TIER, "2024")).isEqualTo(casesReceived("52", "2024"));
		assertThat(casesSuccessful("21553" + TWO_TIER, "2024")).isEqualTo(3);

		// A new commune's page names the old communes it came from, whose own history is still there.
		JsonNode quyNhonBac = gateway.get("/api/reporting/hierarchies/units/21553" + TWO_TIER).json();
		assertThat(quyNhonBac.get("formedFrom").findValuesAsString("code")).containsExactly("21553", "21559");
		assertThat(casesReceived("21559", "2024")).isEqualTo(1);
		JsonNode anNghia = gateway.get("/api/reporting/hierarchies/units/21727").json();
		assertThat(anNghia.get("wentInto").findValuesAsString("code"))
			.containsExactly("21727" + TWO_TIER, "21628" + TWO_TIER, "21622" + TWO_TIER);
		assertThat(gateway.get("/api/reporting/hierarchies?period=2024").json().get("inForce").asString())
			.isEqualTo("2025-03-01");
		assertThat(gateway.get("/api/reporting/hierarchies?period=2026").json().get("inForce").asString())
			.isEqualTo("2025-07-01");
	}

	static long sum(Map<String, Long> byUnit) {
		return byUnit.values().stream().mapToLong(Long::longValue).sum();
	}

	static String registerTeam(String commune, String village) {
		JsonHttp.Answer created = gateway.post("/api/registry/teams", WalkingSkeletonSystemTests.team(commune, village));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	static List<CaseState> cases(String commune, LocalDate received, CaseStatus... outcomes) {
		List<CaseState> cases = new ArrayList<>();
		for (CaseStatus outcome : outcomes) {
			cases.add(new CaseState("reorganisation-" + UUID.randomUUID(), 1, commune, CaseField.NEIGHBOURS, received,
					outcome, outcome.closed() ? received.plusDays(7) : null, null, null));
		}
		return cases;
	}

	/** As a district system publishes: official codes, and {@code ce_hierarchy} for the new communes. */
	static void publish(List<CaseState> cases) {
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG,
						"all"),
				new StringSerializer(), new ByteArraySerializer())) {
			for (CaseState c : cases) {
				ReliabilitySystemTests.acknowledged(producer.send(EventCodec.toRecord(Topic.DISTRICT_CASES.topicName(),
						c.caseId(), new EventCodec.OutgoingEvent(UUID.randomUUID().toString(),
								c.status().closed() ? EventType.CASE_CLOSED : EventType.CASE_RECEIVED,
								URI.create("/district/hoai-an"), Instant.now(), EventCodec.toJson(c)))));
			}
		}
	}

	static long teams(String unit) {
		JsonHttp.Answer answer = gateway.get("/api/reporting/rollups/" + unit);
		assertThat(answer.status()).isEqualTo(200);
		return answer.json().get("figures").get("teams").asLong();
	}

	static long casesReceived(String unit, String period) {
		return indicator(unit, "casesReceived", period);
	}

	static long casesSuccessful(String unit, String period) {
		return indicator(unit, "casesSuccessful", period);
	}

	static long indicator(String unit, String indicator, String period) {
		JsonHttp.Answer answer = gateway.get("/api/reporting/indicators/" + unit + "?period=" + period);
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		for (JsonNode value : answer.json().get("indicators")) {
			if (value.get("id").asString().equals(indicator)) {
				return value.get("numerator").asLong();
			}
		}
		throw new AssertionError("no indicator " + indicator + " for " + unit);
	}

	static Map<String, Long> childrenCasesReceived(String unit, String period) {
		JsonHttp.Answer answer = gateway.get("/api/reporting/indicators/" + unit + "/casesReceived/children?period=" + period);
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		Map<String, Long> byChild = new HashMap<>();
		answer.json().get("children").forEach((child) -> byChild.put(child.get("unit").get("code").asString(),
				child.get("numerator").asLong()));
		return byChild;
	}

}
