package vn.hoagiai.reporting.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.hoagiai.contracts.events.CaseField;
import vn.hoagiai.contracts.events.CaseState;
import vn.hoagiai.contracts.events.CaseStatus;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.contracts.events.LegalSupportState;
import vn.hoagiai.contracts.events.MaterialReachState;
import vn.hoagiai.contracts.events.ParticipationState;
import vn.hoagiai.contracts.events.PilotCommuneState;
import vn.hoagiai.contracts.events.TeamState;
import vn.hoagiai.contracts.events.TrainerState;
import vn.hoagiai.reporting.rollup.Figures;
import vn.hoagiai.reporting.rollup.RollupDriver;
import vn.hoagiai.reporting.rollup.RollupQueries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every national target of Decision 315, computed by hand on a small Bình Định scenario sent through the
 * real rollup topology as events, for the province, a district and a commune.
 * <p>
 * The scenario. Thành phố Quy Nhơn (540): in Phường Nhơn Bình (21550) team t1 (4 mediators, compliant)
 * and t2 (3, not compliant); in Phường Nhơn Phú (21553) t3 (5, compliant). Huyện An Lão (542): in Thị
 * trấn An Lão (21609) t4 (3, compliant) and t5 (dissolved). Trainers: two provincial (one trained and
 * given the materials, one trained only), one of Quy Nhơn (trained and given), one of An Lão (retired).
 * Legal support: two lawyers for t1, one for t4 whose support ended. Training: t1's first mediator
 * completed one course, its second completed two, t3's first is only enrolled, t4's first completed.
 * Materials reached by t1's first and third mediators and t4's second (two materials). Cases in Nhơn
 * Bình: 3 successful, 1 unsuccessful, 1 open, 1 withdrawn; in An Lão: 1 successful, 1 unsuccessful.
 * Nhơn Bình is a pilot commune; Nhơn Phú's designation was withdrawn.
 */
class NationalTargetsScenarioTests {

	private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.load();

	private static RollupDriver rollup;

	@BeforeAll
	static void sendTheScenario() {
		rollup = new RollupDriver();
		team("t1", "21550", true, true, 4);
		team("t2", "21550", true, false, 3);
		team("t3", "21553", true, true, 5);
		team("t4", "21609", true, true, 3);
		team("t5", "21609", false, true, 3);
		trainer("p1", "52", "PROVINCIAL", true, true, true);
		trainer("p2", "52", "PROVINCIAL", true, true, false);
		trainer("d1", "540", "DISTRICT", true, true, true);
		trainer("d2", "542", "DISTRICT", false, true, true);
		support("s1", "t1", "21550", true);
		support("s2", "t1", "21550", true);
		support("s3", "t4", "21609", false);
		participation("c1", "t1-m0", "21550", "COMPLETED");
		participation("c1", "t1-m1", "21550", "COMPLETED");
		participation("c2", "t1-m1", "21550", "COMPLETED");
		participation("c2", "t3-m0", "21553", "ENROLLED");
		participation("c3", "t4-m0", "21609", "COMPLETED");
		pilot("21550", true);
		pilot("21553", false); // designated, then withdrawn
		reach("doc-1", "t1-m0", "21550");
		reach("doc-1", "t1-m2", "21550");
		reach("doc-1", "t4-m1", "21609");
		reach("doc-2", "t4-m1", "21609");
		int n = 0;
		for (CaseStatus status : List.of(CaseStatus.SUCCESSFUL, CaseStatus.SUCCESSFUL, CaseStatus.SUCCESSFUL,
				CaseStatus.UNSUCCESSFUL, CaseStatus.RECEIVED, CaseStatus.WITHDRAWN)) {
			mediationCase("case-" + n++, "21550", status);
		}
		mediationCase("case-" + n++, "21609", CaseStatus.SUCCESSFUL);
		mediationCase("case-" + n, "21609", CaseStatus.UNSUCCESSFUL);
		assertThat(rollup.deadLettered()).isEmpty();
	}

	@AfterAll
	static void stop() {
		rollup.close();
	}

	@ParameterizedTest(name = "{0} of {1}: {2}/{3} = {4}")
	@CsvSource({
			// 3 of the 4 active teams are compliant; t5 is dissolved
			"teamsCompliantShare, 52, 3, 4, 75.00, -25.00, false",
			"teamsCompliantShare, 540, 2, 3, 66.67, -33.33, false",
			"teamsCompliantShare, 21609, 1, 1, 100.00, 0.00, true",
			// 1 district trainer (An Lão's retired) per 4 teams, × 80
			"districtTrainersPer80Teams, 52, 1, 4, 20.00, 19.00, true",
			"districtTrainersPer80Teams, 540, 1, 3, 26.67, 25.67, true",
			"districtTrainersPer80Teams, 542, 0, 1, 0.00, -1.00, false",
			// 2 provincial trainers per 4 teams, × 100
			"provincialTrainersPer100Teams, 52, 2, 4, 50.00, 49.00, true",
			// trained AND given the materials: p1 and d1 of 3 active trainers
			"trainersTrainedShare, 52, 2, 3, 66.67, -33.33, false",
			"trainersTrainedShare, 540, 1, 1, 100.00, 0.00, true",
			// t1 supported (twice, counted once); t4's support ended
			"teamsWithLegalSupportShare, 52, 1, 4, 25.00, 15.00, true",
			"teamsWithLegalSupportShare, 540, 1, 3, 33.33, 23.33, true",
			"teamsWithLegalSupportShare, 21609, 0, 1, 0.00, -10.00, false",
			// t1-m0, t1-m2, t4-m1 (two materials, counted once) of 15 serving mediators
			"mediatorsReachingMaterialsShare, 52, 3, 15, 20.00, -80.00, false",
			"mediatorsReachingMaterialsShare, 540, 2, 12, 16.67, -83.33, false",
			"mediatorsReachingMaterialsShare, 21609, 1, 3, 33.33, -66.67, false",
			// closed cases only: 4 successful of 6 (open and withdrawn left out)
			"caseSuccessRate, 52, 4, 6, 66.67, -18.33, false",
			"caseSuccessRate, 21550, 3, 4, 75.00, -10.00, false",
			"caseSuccessRate, 542, 1, 2, 50.00, -35.00, false",
			// only Nhơn Bình is a pilot commune now: its 3 successful of 4 closed
			"pilotCaseSuccessRate, 52, 3, 4, 75.00, -15.00, false",
			"pilotCaseSuccessRate, 21550, 3, 4, 75.00, -15.00, false" })
	void eachNationalTargetIsComputedAsByHand(String indicator, String unit, long numerator, long denominator,
			String value, String gap, boolean met) {
		IndicatorValue computed = valueOf(indicator, unit);

		assertThat(computed.numerator()).as("numerator").isEqualTo(numerator);
		assertThat(computed.denominator()).as("denominator").isEqualTo(denominator);
		assertThat(computed.value()).as("value").isEqualByComparingTo(value);
		assertThat(computed.gap()).as("gap").isEqualByComparingTo(gap);
		assertThat(computed.met()).as("met").isEqualTo(met);
	}

	@ParameterizedTest(name = "{0} of {1} = {2}")
	@CsvSource({ "mediatorsTrainedShare, 52, 20.00", "mediatorsTrainedShare, 540, 16.67",
			"mediatorsTrainedShare, 21553, 0.00", "teams, 52, 4", "mediators, 52, 15", "mediatorsTrained, 540, 2",
			"trainers, 52, 3", "participants, 21550, 3", "participantsCompleted, 52, 4", "materialReaches, 21609, 2",
			"legalSupportAssignments, 21550, 2", "casesReceived, 52, 8", "casesOpen, 540, 1" })
	void theCountsAndTheShareOfTrainedMediatorsAreComputedAsByHand(String indicator, String unit, String value) {
		assertThat(valueOf(indicator, unit).value()).isEqualByComparingTo(new BigDecimal(value));
	}

	private static IndicatorValue valueOf(String indicator, String unit) {
		return IndicatorValue.compute(CATALOGUE.find(indicator).orElseThrow(),
				RollupDriver.UNITS.find(unit).orElseThrow(), null,
				new RollupQueries.Stored(Figures.of(rollup.figures(unit)), null), null, null);
	}

	private static void team(String id, String commune, boolean active, boolean compliant, int size) {
		List<TeamState.Member> members = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			members.add(new TeamState.Member(id + "-m" + i, (i % 2 == 0) ? Gender.FEMALE : Gender.MALE, false, i == 0));
		}
		rollup.publish(EventType.TEAM_REGISTERED, id, new TeamState(id, 1, commune, "Thôn " + id, false, active,
				members, compliant, compliant ? List.of() : List.of("Thiếu hòa giải viên nữ"), Instant.now()));
	}

	private static void trainer(String id, String unit, String level, boolean active, boolean trained,
			boolean materialsGiven) {
		rollup.publish(EventType.TRAINER_REGISTERED, id, new TrainerState(id, 1, unit, level, "JUDGE", Gender.MALE,
				active, trained, materialsGiven, LocalDate.of(2025, 3, 1), active ? null : LocalDate.of(2026, 1, 5),
				trained ? LocalDate.of(2025, 4, 1) : null, materialsGiven ? LocalDate.of(2025, 4, 2) : null,
				Instant.now()));
	}

	private static void support(String id, String team, String commune, boolean active) {
		rollup.publish(EventType.LEGAL_SUPPORT_CHANGED, id, new LegalSupportState(id, 1, team, commune, active,
				"LAWYER", LocalDate.of(2026, 1, 5), active ? null : LocalDate.of(2026, 6, 1), Instant.now()));
	}

	private static void participation(String course, String mediator, String commune, String status) {
		String id = course + ":" + mediator;
		boolean completed = "COMPLETED".equals(status);
		rollup.publish(EventType.PARTICIPANT_CHANGED, id, new ParticipationState(id, 1, course, mediator, commune,
				"540", "MEDIATORS", status, completed ? 2 : 0, 2, completed ? LocalDate.of(2026, 5, 4) : null,
				Instant.now()));
	}

	private static void pilot(String commune, boolean active) {
		rollup.publish(EventType.PILOT_COMMUNE_CHANGED, commune, new PilotCommuneState(commune, 1,
				LocalDate.of(2025, 1, 1), active ? null : LocalDate.of(2026, 6, 30), active, Instant.now()));
	}

	private static void reach(String material, String mediator, String commune) {
		String id = material + ":" + mediator;
		rollup.publish(EventType.MATERIAL_REACHED, id,
				new MaterialReachState(id, 1, material, mediator, commune, "HANDOUT", Instant.now()));
	}

	private static void mediationCase(String id, String commune, CaseStatus status) {
		LocalDate received = LocalDate.of(2026, 3, 2);
		rollup.publish((status == CaseStatus.RECEIVED) ? EventType.CASE_RECEIVED : EventType.CASE_CLOSED, id,
				new CaseState(id, 1, commune, CaseField.LAND, received, status,
						(status == CaseStatus.RECEIVED) ? null : received.plusDays(12), null, null));
	}

}
