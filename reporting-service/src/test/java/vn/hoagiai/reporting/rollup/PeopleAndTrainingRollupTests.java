package vn.hoagiai.reporting.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.hoagiai.contracts.events.CommunicationState;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.contracts.events.LegalSupportState;
import vn.hoagiai.contracts.events.MaterialReachState;
import vn.hoagiai.contracts.events.MaterialState;
import vn.hoagiai.contracts.events.ParticipationState;
import vn.hoagiai.contracts.events.TeamState;
import vn.hoagiai.contracts.events.TrainerState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trainers, legal support, course participants and material reach in the rollup, on the real topology:
 * what is counted once per mediator or team stays counted once, and follows the registry's moves and
 * dismissals.
 */
class PeopleAndTrainingRollupTests {

	/** Phường Nhơn Bình and Phường Nhơn Phú, in Thành phố Quy Nhơn (540); Xã An Hưng is in Huyện An Lão (542). */
	private static final String NHON_BINH = "21550";

	private static final String NHON_PHU = "21553";

	private static final String AN_HUNG = "21610";

	private final RollupDriver rollup = new RollupDriver();

	@AfterEach
	void stop() {
		this.rollup.close();
	}

	@Test
	void aMediatorWhoCompletedTwoCoursesIsOneTrainedMediatorButTwoCompletions() {
		team("t1", 1, NHON_BINH, true, "m1", "m2", "m3");
		participation("c1", "m1", 1, NHON_BINH, "ENROLLED", 0);
		participation("c1", "m1", 2, NHON_BINH, "COMPLETED", 2);
		participation("c2", "m1", 1, NHON_BINH, "COMPLETED", 1);
		participation("c2", "m2", 1, NHON_BINH, "ENROLLED", 1);

		assertThat(this.rollup.figures(NHON_BINH)).containsEntry("mediatorsTrained", 1L)
			.containsEntry("participants", 3L)
			.containsEntry("participantsAttended", 3L)
			.containsEntry("participantsCompleted", 2L);
		assertThat(this.rollup.figures("540")).containsEntry("mediatorsTrained", 1L);
		assertThat(this.rollup.figures("52")).containsEntry("mediatorsTrained", 1L).containsEntry("mediators", 3L);
	}

	@Test
	void aTrainedMediatorCountsWhereTheyServeNowAndNoLongerOnceTheyLeaveTheirTeam() {
		team("t1", 1, NHON_BINH, true, "m1", "m2", "m3");
		participation("c1", "m1", 1, NHON_BINH, "COMPLETED", 2);
		reach("doc-1", "m1", NHON_BINH);

		team("t1", 2, AN_HUNG, true, "m1", "m2", "m3"); // the team's commune corrected
		assertThat(this.rollup.figures(NHON_BINH)).doesNotContainKeys("mediatorsTrained", "mediatorsReachingMaterials");
		assertThat(this.rollup.figures("540")).doesNotContainKeys("mediatorsTrained", "mediatorsReachingMaterials");
		assertThat(this.rollup.figures(AN_HUNG)).containsEntry("mediatorsTrained", 1L)
			.containsEntry("mediatorsReachingMaterials", 1L);
		assertThat(this.rollup.figures("542")).containsEntry("mediatorsTrained", 1L);

		team("t1", 3, AN_HUNG, true, "m2", "m3"); // m1 dismissed
		assertThat(this.rollup.figures(AN_HUNG)).doesNotContainKeys("mediatorsTrained", "mediatorsReachingMaterials")
			.containsEntry("mediators", 2L);
		assertThat(this.rollup.figures("52")).doesNotContainKeys("mediatorsTrained", "mediatorsReachingMaterials");
		// The participation itself stays where it happened: it is history, not a person.
		assertThat(this.rollup.figures(NHON_BINH)).containsEntry("participantsCompleted", 1L);
	}

	@Test
	void trainingRecordedBeforeTheRegistryMadeTheMediatorKnownCountsOnceTheTeamArrives() {
		participation("c1", "m1", 1, NHON_PHU, "COMPLETED", 1);
		reach("doc-1", "m1", NHON_PHU);
		assertThat(this.rollup.figures(NHON_PHU)).doesNotContainKeys("mediatorsTrained", "mediatorsReachingMaterials");

		team("t2", 1, NHON_PHU, true, "m1", "m4", "m5");

		assertThat(this.rollup.figures(NHON_PHU)).containsEntry("mediatorsTrained", 1L)
			.containsEntry("mediatorsReachingMaterials", 1L)
			.containsEntry("materialReaches", 1L);
	}

	@Test
	void aDissolvedTeamTakesItsMediatorsTrainingAndItsLegalSupportWithIt() {
		team("t1", 1, NHON_BINH, true, "m1", "m2", "m3");
		participation("c1", "m1", 1, NHON_BINH, "COMPLETED", 1);
		support("s1", 1, "t1", NHON_BINH, true);

		team("t1", 2, NHON_BINH, false, "m1", "m2", "m3");

		assertThat(this.rollup.figures(NHON_BINH))
			.doesNotContainKeys("teams", "mediators", "mediatorsTrained", "teamsWithLegalSupport")
			.containsEntry("legalSupportAssignments", 1L);
	}

	@Test
	void aTeamWithTwoLegalSupportersIsOneSupportedTeamUntilBothEnd() {
		team("t1", 1, NHON_BINH, true, "m1", "m2", "m3");
		team("t2", 1, NHON_PHU, true, "m4", "m5", "m6");
		support("s1", 1, "t1", NHON_BINH, true);
		support("s2", 1, "t1", NHON_BINH, true);
		support("s3", 1, "t2", NHON_PHU, true);

		assertThat(this.rollup.figures("540")).containsEntry("teamsWithLegalSupport", 2L)
			.containsEntry("legalSupportAssignments", 3L);

		support("s1", 2, "t1", NHON_BINH, false);
		assertThat(this.rollup.figures(NHON_BINH)).containsEntry("teamsWithLegalSupport", 1L);

		support("s2", 2, "t1", NHON_BINH, false);
		support("s2", 2, "t1", NHON_BINH, false); // delivered twice
		assertThat(this.rollup.figures(NHON_BINH)).doesNotContainKeys("teamsWithLegalSupport", "legalSupportAssignments");
		assertThat(this.rollup.figures("52")).containsEntry("teamsWithLegalSupport", 1L)
			.containsEntry("legalSupportAssignments", 1L);
	}

	@Test
	void trainersCountByLevelWhereTheyServeAndAreTrainedOnlyOnceGivenTheMaterialsToo() {
		trainer("p1", 1, "52", "PROVINCIAL", Gender.FEMALE, true, true, true);
		trainer("d1", 1, "540", "DISTRICT", Gender.MALE, true, true, false);
		trainer("d2", 1, "542", "DISTRICT", Gender.FEMALE, true, true, true);
		trainer("d3", 1, "542", "DISTRICT", Gender.MALE, true, false, false);

		assertThat(this.rollup.figures("52")).containsEntry("trainers", 4L)
			.containsEntry("trainersProvincial", 1L)
			.containsEntry("trainersDistrict", 3L)
			.containsEntry("trainersTrained", 2L)
			.containsEntry("trainersWomen", 2L);
		assertThat(this.rollup.figures("542")).containsEntry("trainers", 2L).containsEntry("trainersTrained", 1L);
		assertThat(this.rollup.figures("540")).containsEntry("trainers", 1L).doesNotContainKey("trainersTrained");

		trainer("d3", 2, "542", "DISTRICT", Gender.MALE, false, false, false); // retired
		assertThat(this.rollup.figures("542")).containsEntry("trainers", 1L).containsEntry("trainersDistrict", 1L);
	}

	@Test
	void materialsCountForTheirPublisherUntilWithdrawnAndReachesOncePerMediatorAndMaterial() {
		material("doc-1", 1, "52", true, false);
		material("doc-2", 1, "540", false, false);
		team("t1", 1, NHON_BINH, true, "m1", "m2", "m3");
		reach("doc-1", "m1", NHON_BINH);
		reach("doc-2", "m1", NHON_BINH);
		reach("doc-1", "m2", NHON_BINH);
		reach("doc-1", "m2", NHON_BINH); // the same reach delivered again

		assertThat(this.rollup.figures("52")).containsEntry("materials", 2L).containsEntry("materialsDigitised", 1L);
		assertThat(this.rollup.figures(NHON_BINH)).containsEntry("materialReaches", 3L)
			.containsEntry("mediatorsReachingMaterials", 2L);

		material("doc-2", 2, "540", false, true);
		assertThat(this.rollup.figures("540")).doesNotContainKey("materials");
		assertThat(this.rollup.figures("52")).containsEntry("materials", 1L);
	}

	@Test
	void aCancelledCourseTakesBackItsParticipantsAndTheirTraining() {
		team("t1", 1, NHON_BINH, true, "m1", "m2", "m3");
		participation("c1", "m1", 1, NHON_BINH, "COMPLETED", 2);
		participation("c1", "m1", 2, NHON_BINH, "CANCELLED", 2);

		assertThat(this.rollup.figures(NHON_BINH)).doesNotContainKeys("participants", "participantsCompleted",
				"mediatorsTrained");
		assertThat(this.rollup.deadLettered()).isEmpty();
	}

	@Test
	void communicationActivitiesCountForTheirOrganiserWithTheirReachAndACorrectionReplacesIt() {
		communication("a1", 1, "540", 12000);
		communication("a2", 1, NHON_BINH, 300);
		communication("a1", 2, "540", 15000);

		assertThat(this.rollup.figures("540")).containsEntry("communicationActivities", 2L)
			.containsEntry("communicationReach", 15300L);
		assertThat(this.rollup.figures(NHON_BINH)).containsEntry("communicationActivities", 1L);
		assertThat(this.rollup.figures("52")).containsEntry("communicationReach", 15300L);
	}

	private void communication(String id, long version, String organiser, long reach) {
		this.rollup.publish((version == 1) ? EventType.COMMUNICATION_RECORDED : EventType.COMMUNICATION_CHANGED, id,
				new CommunicationState(id, version, "ARTICLE", "EXEMPLARY_MEDIATOR", "Gương hòa giải viên tiêu biểu",
						organiser, LocalDate.of(2026, 5, 19), reach, Instant.now()));
	}

	private void team(String id, long version, String commune, boolean active, String... mediators) {
		List<TeamState.Member> members = new ArrayList<>();
		for (int i = 0; i < mediators.length; i++) {
			members.add(new TeamState.Member(mediators[i], (i == 0) ? Gender.FEMALE : Gender.MALE, false, i == 0));
		}
		this.rollup.publish(EventType.TEAM_CHANGED, id, new TeamState(id, version, commune, "Thôn 1", false, active,
				members, true, List.of(), Instant.now()));
	}

	private void participation(String course, String mediator, long version, String commune, String status,
			int sessionsAttended) {
		String id = course + ":" + mediator;
		this.rollup.publish(EventType.PARTICIPANT_CHANGED, id,
				new ParticipationState(id, version, course, mediator, commune, "540", "MEDIATORS", status,
						sessionsAttended, 2, "COMPLETED".equals(status) ? LocalDate.of(2026, 5, 4) : null,
						Instant.now()));
	}

	private void reach(String material, String mediator, String commune) {
		String id = material + ":" + mediator;
		this.rollup.publish(EventType.MATERIAL_REACHED, id,
				new MaterialReachState(id, 1, material, mediator, commune, "READING_LINK", Instant.now()));
	}

	private void support(String id, long version, String team, String commune, boolean active) {
		this.rollup.publish(EventType.LEGAL_SUPPORT_CHANGED, id, new LegalSupportState(id, version, team, commune,
				active, "LAWYER", LocalDate.of(2026, 1, 5), active ? null : LocalDate.of(2026, 6, 1), Instant.now()));
	}

	private void trainer(String id, long version, String unit, String level, Gender gender, boolean active,
			boolean trained, boolean materialsGiven) {
		this.rollup.publish(EventType.TRAINER_CHANGED, id,
				new TrainerState(id, version, unit, level, "JUDGE", gender, active, trained, materialsGiven,
						LocalDate.of(2025, 3, 1), active ? null : LocalDate.of(2026, 6, 1),
						trained ? LocalDate.of(2025, 5, 1) : null, materialsGiven ? LocalDate.of(2025, 5, 2) : null,
						Instant.now()));
	}

	private void material(String id, long version, String publisher, boolean digitised, boolean withdrawn) {
		this.rollup.publish(EventType.MATERIAL_CHANGED, id, new MaterialState(id, version, "Sổ tay hòa giải viên",
				"SKILLS_HANDBOOK", "MEDIATORS", publisher, 1, digitised,
				List.of(new MaterialState.Publication("PROVINCIAL_PORTAL", "https://pbgdpl.binhdinh.gov.vn/tai-lieu/1",
						LocalDate.of(2026, 2, 1))),
				withdrawn, Instant.now()));
	}


}
