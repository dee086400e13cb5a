package vn.hoagiai.registry.people;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.kit.problem.ConflictException;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.registry.audit.Actor;
import vn.hoagiai.registry.audit.FieldChange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The aggregates' own rules, without Spring: what each change records, and what it refuses. */
class PeopleAggregateTests {

	static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

	static final Actor ACTOR = new Actor("someone", "PROVINCE_ADMIN");

	static Trainer.Details details(String name, LocalDate trainedOn) {
		return new Trainer.Details(TrainerLevel.DISTRICT, "540", SourceCategory.PROSECUTOR, name, Gender.MALE,
				new Decision("15/QĐ-UBND", LocalDate.of(2026, 3, 2)), trainedOn, null);
	}

	@Test
	void aTrainerCountsUntilRetiredAndEveryChangeIsOneNewVersionWithItsEvent() {
		Trainer trainer = Trainer.register(details("Lê Văn Tám", null), NOW, ACTOR);
		assertThat(trainer.recordedEvents()).containsExactly(EventType.TRAINER_REGISTERED);
		assertThat(trainer.state().active()).isTrue();
		assertThat(trainer.state().trained()).isFalse();

		trainer.correct(details("Lê Văn Tám", LocalDate.of(2026, 4, 8)), NOW, ACTOR);
		trainer.retire(LocalDate.of(2026, 10, 1), "Chuyển công tác", NOW, ACTOR);

		assertThat(trainer.version()).isEqualTo(3);
		assertThat(trainer.recordedEvents()).containsExactly(EventType.TRAINER_REGISTERED, EventType.TRAINER_CHANGED,
				EventType.TRAINER_CHANGED);
		assertThat(trainer.state().active()).isFalse();
		assertThat(trainer.state().trained()).isTrue();
		assertThat(trainer.state().retiredOn()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(trainer.history()).extracting(PeopleChange::action)
			.containsExactly(PeopleChange.Action.TRAINER_REGISTERED, PeopleChange.Action.TRAINER_CORRECTED,
					PeopleChange.Action.TRAINER_RETIRED);
		assertThat(trainer.history().get(1).fields())
			.containsExactly(new FieldChange("trainedOn", null, "2026-04-08"));
	}

	@Test
	void aCorrectionThatChangesNothingIsNoChange() {
		Trainer trainer = Trainer.register(details("Lê Văn Tám", null), NOW, ACTOR);
		trainer.clearRecordedEvents();

		trainer.correct(details("Lê Văn Tám", null), NOW, ACTOR);

		assertThat(trainer.version()).isEqualTo(1);
		assertThat(trainer.recordedEvents()).isEmpty();
		assertThat(trainer.history()).hasSize(1);
	}

	@Test
	void aTrainerRetiresOnceAndNotBeforeTheirAppointment() {
		Trainer trainer = Trainer.register(details("Lê Văn Tám", null), NOW, ACTOR);
		assertThatThrownBy(() -> trainer.retire(LocalDate.of(2026, 3, 1), "x", NOW, ACTOR))
			.isInstanceOf(InvalidRequestException.class);
		trainer.retire(LocalDate.of(2026, 3, 2), "Nghỉ hưu", NOW, ACTOR);
		assertThatThrownBy(() -> trainer.retire(LocalDate.of(2026, 4, 1), "x", NOW, ACTOR))
			.isInstanceOf(ConflictException.class);
		assertThat(trainer.version()).isEqualTo(2);
	}

	@Test
	void aSupportEndsOnceNotBeforeItBeganAndCarriesItsTeamAndCommune() {
		LegalSupport support = LegalSupport.assign("t-1", "21550", "Trần Quốc Bảo", SourceCategory.LAWYER, null,
				LocalDate.of(2026, 4, 1), null, NOW, ACTOR);
		assertThat(support.state().teamId()).isEqualTo("t-1");
		assertThat(support.state().communeCode()).isEqualTo("21550");
		assertThatThrownBy(() -> support.finish(LocalDate.of(2026, 3, 31), null, NOW, ACTOR))
			.isInstanceOf(InvalidRequestException.class);

		support.finish(LocalDate.of(2026, 4, 1), null, NOW, ACTOR);

		assertThat(support.state().active()).isFalse();
		assertThatThrownBy(() -> support.finish(LocalDate.of(2026, 5, 1), null, NOW, ACTOR))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void aPilotCommuneIsActiveUntilWithdrawnAndAnUnchangedDesignationIsNoChange() {
		PilotCommune.Designation designation = new PilotCommune.Designation(LocalDate.of(2024, 7, 1), null,
				"1234/QĐ-UBND", false);
		PilotCommune pilot = PilotCommune.designate("21550", designation, NOW, ACTOR);
		pilot.redesignate(designation, NOW, ACTOR);
		assertThat(pilot.version()).isEqualTo(1);

		pilot.redesignate(new PilotCommune.Designation(LocalDate.of(2024, 7, 1), LocalDate.of(2026, 12, 31),
				"77/QĐ-UBND", true), NOW, ACTOR);

		assertThat(pilot.version()).isEqualTo(2);
		assertThat(pilot.state().active()).isFalse();
		assertThat(pilot.history().get(1).fields()).extracting(FieldChange::field)
			.containsExactly("until", "decisionNumber", "withdrawn");
	}

}
