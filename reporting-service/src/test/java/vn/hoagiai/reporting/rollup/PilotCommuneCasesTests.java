package vn.hoagiai.reporting.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import vn.hoagiai.contracts.events.CaseField;
import vn.hoagiai.contracts.events.CaseState;
import vn.hoagiai.contracts.events.CaseStatus;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.PilotCommuneState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pilot commune hears from every case of the commune for as long as the system runs. What the rollup
 * keeps about it must not grow with that history: one record holding every case's statement reached
 * Kafka's 1 MB limit after about 14,000 cases in one commune during the soak, and the rollup stopped.
 */
class PilotCommuneCasesTests {

	static final String COMMUNE = "21550";

	static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

	static CaseState received(String id) {
		return new CaseState(id, 1, COMMUNE, CaseField.LAND, RECEIVED, CaseStatus.RECEIVED, null, null, null);
	}

	static CaseState closed(String id, long version, CaseStatus status) {
		return new CaseState(id, version, COMMUNE, CaseField.LAND, RECEIVED, status, RECEIVED.plusDays(5), null, null);
	}

	static void designate(RollupDriver rollup) {
		rollup.publish(EventType.PILOT_COMMUNE_CHANGED, COMMUNE,
				new PilotCommuneState(COMMUNE, 1, LocalDate.of(2025, 1, 1), null, true, Instant.EPOCH));
	}

	@Test
	void fifteenThousandCasesInOnePilotCommuneAreAllCountedAndTheCommunesRecordStaysSmall() {
		try (RollupDriver rollup = new RollupDriver()) {
			designate(rollup);
			int cases = 15_000;
			for (int i = 0; i < cases; i++) {
				rollup.publish(EventType.CASE_RECEIVED, "c" + i, received("c" + i));
			}
			long successful = 0;
			long unsuccessful = 0;
			for (int i = 0; i < cases; i++) {
				if (i % 3 == 0) {
					rollup.publish(EventType.CASE_CLOSED, "c" + i, closed("c" + i, 2, CaseStatus.SUCCESSFUL));
					successful++;
				}
				else if (i % 5 == 1) {
					rollup.publish(EventType.CASE_CLOSED, "c" + i, closed("c" + i, 2, CaseStatus.UNSUCCESSFUL));
					unsuccessful++;
				}
			}
			// A case closed as successful, then corrected to unsuccessful: counted once, as it stands.
			rollup.publish(EventType.CASE_CLOSED, "c0", closed("c0", 3, CaseStatus.UNSUCCESSFUL));
			successful--;
			unsuccessful++;
			// The same correction again, and an older version late: nothing changes.
			rollup.publish(EventType.CASE_CLOSED, "c0", closed("c0", 3, CaseStatus.UNSUCCESSFUL));
			rollup.publish(EventType.CASE_RECEIVED, "c3", received("c3"));

			assertThat(rollup.figures(COMMUNE)).containsEntry("casesSuccessfulInPilot", successful)
				.containsEntry("casesUnsuccessfulInPilot", unsuccessful);
			Subjects.State pilot = rollup.<Subjects.State>store(Subjects.STORE).get(Subjects.PILOT + COMMUNE);
			byte[] stored = RollupTopology.SUBJECT.serializer().serialize("subjects", pilot);
			assertThat(stored.length).as("bytes of the pilot commune's record").isLessThan(2_000);
		}
	}

	@Test
	void aStateStoredWithItsCasesInsideStillCountsThemAndMovesEachOutWhenItChanges() {
		try (RollupDriver rollup = new RollupDriver()) {
			designate(rollup);
			rollup.publish(EventType.CASE_RECEIVED, "new", received("new"));
			rollup.publish(EventType.CASE_CLOSED, "new", closed("new", 2, CaseStatus.SUCCESSFUL));
			assertThat(rollup.figures(COMMUNE)).containsEntry("casesSuccessfulInPilot", 1L);

			// What a state written before cases were kept apart looks like: two successful cases inside.
			var subjects = rollup.<Subjects.State>store(Subjects.STORE);
			Subjects.State now = subjects.get(Subjects.PILOT + COMMUNE);
			Map<String, Subjects.Statement> statements = new TreeMap<>(now.statements());
			statements.put(Subjects.CASE + "|old1", new Subjects.Statement(Subjects.CASE, 2, COMMUNE, true, "SUCCESSFUL"));
			statements.put(Subjects.CASE + "|old2", new Subjects.Statement(Subjects.CASE, 2, COMMUNE, true, "SUCCESSFUL"));
			subjects.put(Subjects.PILOT + COMMUNE, new Subjects.State(now.version(), new TreeMap<>(statements),
					now.counted(), now.cases()));

			// old1 is corrected: it leaves the old place and counts as unsuccessful now; old2 still counts.
			rollup.publish(EventType.CASE_CLOSED, "old1", closed("old1", 3, CaseStatus.UNSUCCESSFUL));
			// An older version of old2 changes nothing.
			rollup.publish(EventType.CASE_RECEIVED, "old2", received("old2"));

			Subjects.State after = subjects.get(Subjects.PILOT + COMMUNE);
			assertThat(after.statements()).doesNotContainKey(Subjects.CASE + "|old1")
				.containsKey(Subjects.CASE + "|old2");
			assertThat(Subjects.contribution(Subjects.PILOT + COMMUNE, after.version(), after.statements(),
					after.cases())
				.figures()
				.counts()).containsEntry("casesSuccessfulInPilot", 2L).containsEntry("casesUnsuccessfulInPilot", 1L);
		}
	}

}
