package vn.hoagiai.registry.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.PilotCommuneState;
import vn.hoagiai.registry.audit.Actor;
import vn.hoagiai.registry.audit.Diff;
import vn.hoagiai.registry.audit.FieldChange;

/**
 * A commune the province designated as its pilot commune (xã điểm, "cấp xã điển hình về hòa giải ở cơ
 * sở", task 1 of the plan) for a period, by a decision. One document per commune, identified by its
 * code; a new designation replaces the old one, whose values stay in the history.
 */
@Document("pilot_communes")
class PilotCommune extends PeopleAggregate {

	@Id
	private final String communeCode;

	private Designation designation;

	private long version;

	private final Instant createdAt;

	private Instant changedAt;

	private final List<PeopleChange> history;

	@PersistenceCreator
	PilotCommune(String communeCode, Designation designation, long version, Instant createdAt, Instant changedAt,
			@Nullable List<PeopleChange> history) {
		this.communeCode = communeCode;
		this.designation = designation;
		this.version = version;
		this.createdAt = createdAt;
		this.changedAt = changedAt;
		this.history = (history == null) ? new ArrayList<>() : new ArrayList<>(history);
	}

	/**
	 * The province's designation.
	 *
	 * @param from first day of the pilot period
	 * @param until last day, null when open-ended
	 * @param decisionNumber the province's decision
	 * @param withdrawn whether the province withdrew it
	 */
	record Designation(LocalDate from, @Nullable LocalDate until, String decisionNumber, boolean withdrawn) {

		List<FieldChange> changesFrom(@Nullable Designation before) {
			return new Diff().compare("from", (before == null) ? null : before.from, this.from)
				.compare("until", (before == null) ? null : before.until, this.until)
				.compare("decisionNumber", (before == null) ? null : before.decisionNumber, this.decisionNumber)
				.compare("withdrawn", (before == null) ? null : before.withdrawn, this.withdrawn)
				.fields();
		}

	}

	static PilotCommune designate(String communeCode, Designation designation, Instant now, Actor actor) {
		PilotCommune pilot = new PilotCommune(communeCode, designation, 1, now, now, List.of());
		pilot.history.add(PeopleChange.of(actor, now, PeopleChange.Action.PILOT_COMMUNE_DESIGNATED,
				designation.changesFrom(null)));
		pilot.record(EventType.PILOT_COMMUNE_CHANGED);
		return pilot;
	}

	/** Replaces the designation; nothing changes (no new version) when nothing differs. */
	void redesignate(Designation designation, Instant now, Actor actor) {
		List<FieldChange> fields = designation.changesFrom(this.designation);
		if (fields.isEmpty()) {
			return;
		}
		this.designation = designation;
		this.history.add(PeopleChange.of(actor, now, PeopleChange.Action.PILOT_COMMUNE_CHANGED, fields));
		this.version++;
		this.changedAt = now;
		record(EventType.PILOT_COMMUNE_CHANGED);
	}

	@Override
	PilotCommuneState state() {
		return new PilotCommuneState(this.communeCode, this.version, this.designation.from(), this.designation.until(),
				!this.designation.withdrawn(), this.changedAt);
	}

	@Override
	String key() {
		return this.communeCode;
	}

	String communeCode() {
		return this.communeCode;
	}

	Designation designation() {
		return this.designation;
	}

	@Override
	long version() {
		return this.version;
	}

	@Override
	Instant changedAt() {
		return this.changedAt;
	}

	List<PeopleChange> history() {
		return List.copyOf(this.history);
	}

}
