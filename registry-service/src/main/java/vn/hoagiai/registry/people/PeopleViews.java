package vn.hoagiai.registry.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.registry.audit.FieldChange;

/** How the people endpoints show things: codes with their Vietnamese labels, never the stored documents. */
final class PeopleViews {

	private PeopleViews() {
	}

	/** A trainer as the API shows them. */
	record TrainerView(String id, TrainerLevel level, String levelLabel, String unitCode, String unitName,
			SourceCategory source, String sourceLabel, String fullName, Gender gender, String appointmentNumber,
			LocalDate appointmentDate, boolean trained, @Nullable LocalDate trainedOn, boolean materialsGiven,
			@Nullable LocalDate materialsGivenOn, String status, String statusLabel, @Nullable LocalDate retirementDate,
			@Nullable String retirementReason, long version, Instant changedAt) {

		static TrainerView of(Trainer trainer, String unitName) {
			Trainer.Details d = trainer.details();
			Trainer.Retirement r = trainer.retirement();
			return new TrainerView(trainer.id(), d.level(), d.level().label(), d.unitCode(), unitName, d.source(),
					d.source().label(), d.fullName(), d.gender(), d.appointment().number(), d.appointment().date(),
					d.trainedOn() != null, d.trainedOn(), d.materialsGivenOn() != null, d.materialsGivenOn(),
					(r == null) ? "ACTIVE" : "RETIRED", (r == null) ? "Đang tham gia" : "Đã thôi tham gia",
					(r == null) ? null : r.date(), (r == null) ? null : r.reason(), trainer.version(),
					trainer.changedAt());
		}

	}

	/** A legal supporter's assignment as the API shows it. */
	record LegalSupportView(String id, String teamId, String communeCode, String fullName, SourceCategory category,
			String categoryLabel, @Nullable String organisation, LocalDate assignedOn, @Nullable String decisionNumber,
			boolean active, @Nullable LocalDate endedOn, @Nullable String endReason, long version, Instant changedAt) {

		static LegalSupportView of(LegalSupport s) {
			LegalSupport.End end = s.end();
			return new LegalSupportView(s.id(), s.teamId(), s.communeCode(), s.fullName(), s.category(),
					s.category().label(), s.organisation(), s.assignedOn(), s.decisionNumber(), s.active(),
					(end == null) ? null : end.date(), (end == null) ? null : end.reason(), s.version(), s.changedAt());
		}

	}

	/** A pilot commune as the API shows it. */
	record PilotCommuneView(String communeCode, String communeName, LocalDate from, @Nullable LocalDate until,
			String decisionNumber, boolean active, long version, Instant changedAt) {

		static PilotCommuneView of(PilotCommune p, String communeName) {
			PilotCommune.Designation d = p.designation();
			return new PilotCommuneView(p.communeCode(), communeName, d.from(), d.until(), d.decisionNumber(),
					!d.withdrawn(), p.version(), p.changedAt());
		}

	}

	/** A commendation as the API shows it. */
	record CommendationView(String id, String recipient, String teamId, String communeCode,
			@Nullable String mediatorId, CommendationForm form, String formLabel, String basis,
			@Nullable String decisionNumber, LocalDate awardedOn, String awardingUnitCode, String awardingUnitName,
			Instant recordedAt) {

		static CommendationView of(Commendation c, String awardingUnitName) {
			return new CommendationView(c.id(), (c.mediatorId() == null) ? "TEAM" : "MEDIATOR", c.teamId(),
					c.communeCode(), c.mediatorId(), c.form(), c.form().label(), c.basis(), c.decisionNumber(),
					c.awardedOn(), c.awardingUnitCode(), awardingUnitName, c.recordedAt());
		}

	}

	/**
	 * One change as the API shows it.
	 *
	 * @param at when
	 * @param by who
	 * @param role their role
	 * @param action what happened
	 * @param description what happened, in Vietnamese
	 * @param fields each changed field, before and after
	 */
	record HistoryEntry(Instant at, String by, @Nullable String role, PeopleChange.Action action, String description,
			List<FieldChange> fields) {

		static HistoryEntry of(PeopleChange change) {
			return new HistoryEntry(change.at(), change.by(), change.role(), change.action(), change.action().label(),
					change.fields());
		}

	}

}
