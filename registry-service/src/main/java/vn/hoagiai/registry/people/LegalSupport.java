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
import vn.hoagiai.contracts.events.LegalSupportState;
import vn.hoagiai.kit.problem.ConflictException;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.registry.audit.Actor;
import vn.hoagiai.registry.audit.Diff;

/**
 * A legal professional (người hỗ trợ pháp lý: a lawyer, a legal aid officer, a jurist, a retired
 * judge...) assigned to support one mediation team, from a day until the assignment ends. The team's
 * commune is copied in when the assignment is made, so its events count the supported team where it is.
 */
@Document("legal_supporters")
class LegalSupport extends PeopleAggregate {

	@Id
	private final String id;

	private final String teamId;

	private final String communeCode;

	private final String fullName;

	private final SourceCategory category;

	private final @Nullable String organisation;

	private final LocalDate assignedOn;

	private final @Nullable String decisionNumber;

	private @Nullable End end;

	private long version;

	private final Instant createdAt;

	private Instant changedAt;

	private final List<PeopleChange> history;

	@PersistenceCreator
	LegalSupport(String id, String teamId, String communeCode, String fullName, SourceCategory category,
			@Nullable String organisation, LocalDate assignedOn, @Nullable String decisionNumber, @Nullable End end,
			long version, Instant createdAt, Instant changedAt, @Nullable List<PeopleChange> history) {
		this.id = id;
		this.teamId = teamId;
		this.communeCode = communeCode;
		this.fullName = fullName;
		this.category = category;
		this.organisation = organisation;
		this.assignedOn = assignedOn;
		this.decisionNumber = decisionNumber;
		this.end = end;
		this.version = version;
		this.createdAt = createdAt;
		this.changedAt = changedAt;
		this.history = (history == null) ? new ArrayList<>() : new ArrayList<>(history);
	}

	/**
	 * The end of an assignment.
	 *
	 * @param date the last day of support
	 * @param reason why, if said
	 * @param recordedAt when it was recorded
	 */
	record End(LocalDate date, @Nullable String reason, Instant recordedAt) {
	}

	static LegalSupport assign(String teamId, String communeCode, String fullName, SourceCategory category,
			@Nullable String organisation, LocalDate assignedOn, @Nullable String decisionNumber, Instant now,
			Actor actor) {
		LegalSupport support = new LegalSupport(UUID.randomUUID().toString(), teamId, communeCode, fullName, category,
				organisation, assignedOn, decisionNumber, null, 1, now, now, List.of());
		support.history.add(PeopleChange.of(actor, now, PeopleChange.Action.SUPPORT_ASSIGNED,
				new Diff().compare("teamId", null, teamId)
					.compare("fullName", null, fullName)
					.compare("category", null, category)
					.compare("organisation", null, organisation)
					.compare("assignedOn", null, assignedOn)
					.compare("decisionNumber", null, decisionNumber)
					.fields()));
		support.record(EventType.LEGAL_SUPPORT_CHANGED);
		return support;
	}

	/** The assignment ends; the team stops counting as supported by this person. */
	void finish(LocalDate date, @Nullable String reason, Instant now, Actor actor) {
		if (this.end != null) {
			throw new ConflictException("Việc hỗ trợ pháp lý này đã kết thúc từ ngày " + PeopleSupport.date(this.end.date()));
		}
		if (date.isBefore(this.assignedOn)) {
			throw new InvalidRequestException("endedOn",
					"Ngày kết thúc không được trước ngày phân công (" + PeopleSupport.date(this.assignedOn) + ")");
		}
		this.end = new End(date, reason, now);
		this.history.add(PeopleChange.of(actor, now, PeopleChange.Action.SUPPORT_ENDED,
				new Diff().compare("endedOn", null, date).compare("endReason", null, reason).fields()));
		this.version++;
		this.changedAt = now;
		record(EventType.LEGAL_SUPPORT_CHANGED);
	}

	boolean active() {
		return this.end == null;
	}

	@Override
	LegalSupportState state() {
		return new LegalSupportState(this.id, this.version, this.teamId, this.communeCode, active(),
				this.category.name(), this.assignedOn, (this.end == null) ? null : this.end.date(), this.changedAt);
	}

	@Override
	String key() {
		return this.id;
	}

	String id() {
		return this.id;
	}

	String teamId() {
		return this.teamId;
	}

	String communeCode() {
		return this.communeCode;
	}

	String fullName() {
		return this.fullName;
	}

	SourceCategory category() {
		return this.category;
	}

	@Nullable String organisation() {
		return this.organisation;
	}

	LocalDate assignedOn() {
		return this.assignedOn;
	}

	@Nullable String decisionNumber() {
		return this.decisionNumber;
	}

	@Nullable End end() {
		return this.end;
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
