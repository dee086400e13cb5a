package vn.hoagiai.registry.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.contracts.events.TrainerState;
import vn.hoagiai.kit.problem.ConflictException;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.registry.audit.Actor;
import vn.hoagiai.registry.audit.Diff;
import vn.hoagiai.registry.audit.FieldChange;

/**
 * A trainer (tập huấn viên, báo cáo viên) of the province or of a district, appointed by a decision,
 * possibly trained and given the trainers' material set, and possibly retired: a retired trainer stops
 * counting. Changes only through the methods below, each of which checks its rules, keeps each changed
 * field in the history and records the event.
 */
@Document("trainers")
class Trainer extends PeopleAggregate {

	@Id
	private final String id;

	private Details details;

	private @Nullable Retirement retirement;

	private long version;

	private final Instant createdAt;

	private Instant changedAt;

	private final List<PeopleChange> history;

	@PersistenceCreator
	Trainer(String id, Details details, @Nullable Retirement retirement, long version, Instant createdAt,
			Instant changedAt, @Nullable List<PeopleChange> history) {
		this.id = id;
		this.details = details;
		this.retirement = retirement;
		this.version = version;
		this.createdAt = createdAt;
		this.changedAt = changedAt;
		this.history = (history == null) ? new ArrayList<>() : new ArrayList<>(history);
	}

	/**
	 * What is recorded about a trainer, and may be corrected.
	 *
	 * @param level provincial or district
	 * @param unitCode the province or district the trainer belongs to
	 * @param source where the trainer comes from
	 * @param fullName full name
	 * @param gender gender
	 * @param appointment the appointment decision
	 * @param trainedOn when the trainer was trained, null if not yet
	 * @param materialsGivenOn when the trainer was given the material set, null if not yet
	 */
	record Details(TrainerLevel level, String unitCode, SourceCategory source, String fullName, Gender gender,
			Decision appointment, @Nullable LocalDate trainedOn, @Nullable LocalDate materialsGivenOn) {

		/** The fields that differ from another version of the details. */
		List<FieldChange> changesFrom(@Nullable Details before) {
			return new Diff().compare("level", (before == null) ? null : before.level, this.level)
				.compare("unitCode", (before == null) ? null : before.unitCode, this.unitCode)
				.compare("source", (before == null) ? null : before.source, this.source)
				.compare("fullName", (before == null) ? null : before.fullName, this.fullName)
				.compare("gender", (before == null) ? null : before.gender, this.gender)
				.compare("appointmentNumber", (before == null) ? null : before.appointment.number(),
						this.appointment.number())
				.compare("appointmentDate", (before == null) ? null : before.appointment.date(), this.appointment.date())
				.compare("trainedOn", (before == null) ? null : before.trainedOn, this.trainedOn)
				.compare("materialsGivenOn", (before == null) ? null : before.materialsGivenOn, this.materialsGivenOn)
				.fields();
		}

	}

	/**
	 * The end of a trainer's service.
	 *
	 * @param date the last day
	 * @param reason why, in the official's words
	 * @param recordedAt when it was recorded
	 */
	record Retirement(LocalDate date, String reason, Instant recordedAt) {
	}

	static Trainer register(Details details, Instant now, Actor actor) {
		Trainer trainer = new Trainer(UUID.randomUUID().toString(), details, null, 1, now, now, List.of());
		trainer.history.add(PeopleChange.of(actor, now, PeopleChange.Action.TRAINER_REGISTERED,
				details.changesFrom(null)));
		trainer.record(EventType.TRAINER_REGISTERED);
		return trainer;
	}

	/** Corrects the details; nothing changes (no new version) when nothing differs. */
	void correct(Details corrected, Instant now, Actor actor) {
		if (this.retirement != null && this.retirement.date().isBefore(corrected.appointment().date())) {
			throw new InvalidRequestException("appointmentDate",
					"Ngày quyết định công nhận không được sau ngày thôi tham gia (" + PeopleSupport.date(this.retirement.date()) + ")");
		}
		List<FieldChange> fields = corrected.changesFrom(this.details);
		if (fields.isEmpty()) {
			return;
		}
		this.details = corrected;
		this.history.add(PeopleChange.of(actor, now, PeopleChange.Action.TRAINER_CORRECTED, fields));
		changed(now);
	}

	/** The trainer stops: from then on they do not count. */
	void retire(LocalDate date, String reason, Instant now, Actor actor) {
		if (this.retirement != null) {
			throw new ConflictException("Tập huấn viên này đã thôi tham gia từ ngày " + PeopleSupport.date(this.retirement.date()));
		}
		if (date.isBefore(this.details.appointment().date())) {
			throw new InvalidRequestException("date", "Ngày thôi tham gia không được trước ngày quyết định công nhận ("
					+ PeopleSupport.date(this.details.appointment().date()) + ")");
		}
		this.retirement = new Retirement(date, reason, now);
		this.history.add(PeopleChange.of(actor, now, PeopleChange.Action.TRAINER_RETIRED,
				new Diff().compare("retirementDate", null, date).compare("retirementReason", null, reason)
					.fields()));
		changed(now);
	}

	private void changed(Instant now) {
		this.version++;
		this.changedAt = now;
		record(EventType.TRAINER_CHANGED);
	}

	boolean active() {
		return this.retirement == null;
	}

	@Override
	TrainerState state() {
		Details d = this.details;
		return new TrainerState(this.id, this.version, d.unitCode(), d.level().name(), d.source().name(), d.gender(),
				active(), d.trainedOn() != null, d.materialsGivenOn() != null, d.appointment().date(),
				(this.retirement == null) ? null : this.retirement.date(), d.trainedOn(), d.materialsGivenOn(),
				this.changedAt);
	}

	@Override
	String key() {
		return this.id;
	}

	String id() {
		return this.id;
	}

	Details details() {
		return this.details;
	}

	@Nullable Retirement retirement() {
		return this.retirement;
	}

	@Override
	long version() {
		return this.version;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	@Override
	Instant changedAt() {
		return this.changedAt;
	}

	List<PeopleChange> history() {
		return List.copyOf(this.history);
	}

}
