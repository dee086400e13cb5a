package vn.hoagiai.registry.team;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.kit.outbox.RecordsEvents;
import vn.hoagiai.contracts.events.TeamState;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.registry.audit.Actor;
import vn.hoagiai.registry.audit.Diff;
import vn.hoagiai.registry.audit.FieldChange;

/**
 * A mediation team (tổ hòa giải) of one village or residential group, with its mediators past and
 * present. It changes only through the methods below, each of which checks the Law's rules,
 * re-evaluates compliance and records the event the change causes.
 */
@Document("teams")
public class MediationTeam extends RecordsEvents {

	@Id
	private final String id;

	private String communeCode;

	private final String villageName;

	private final String name;

	private final boolean manyEthnicMinorityResidents;

	private boolean active;

	private List<TeamMediator> mediators;

	private Compliance compliance;

	private long version;

	private final Instant createdAt;

	private Instant changedAt;

	private List<TeamChange> history;


	@PersistenceCreator
	MediationTeam(String id, String communeCode, String villageName, String name, boolean manyEthnicMinorityResidents,
			boolean active, List<TeamMediator> mediators, Compliance compliance, long version, Instant createdAt,
			Instant changedAt, @Nullable List<TeamChange> history) {
		this.id = id;
		this.communeCode = communeCode;
		this.villageName = villageName;
		this.name = name;
		this.manyEthnicMinorityResidents = manyEthnicMinorityResidents;
		this.active = active;
		this.mediators = new ArrayList<>(mediators);
		this.compliance = compliance;
		this.version = version;
		this.createdAt = createdAt;
		this.changedAt = changedAt;
		this.history = (history == null) ? new ArrayList<>() : new ArrayList<>(history);
	}

	/** Registers a new team with its first mediators. */
	static MediationTeam register(String communeCode, String villageName, String name,
			boolean manyEthnicMinorityResidents, List<TeamMediator> mediators, Instant now, Actor actor) {
		MediationTeam team = new MediationTeam(UUID.randomUUID().toString(), communeCode, villageName, name,
				manyEthnicMinorityResidents, true, List.of(), new Compliance(false, List.of()), 1, now, now, List.of());
		mediators.forEach((mediator) -> team.mediators.add(mediator));
		team.checkOneLeader();
		team.compliance = Compliance.evaluate(team.serving(), manyEthnicMinorityResidents);
		team.history.add(new TeamChange(now, actor.subject(), actor.role(), TeamChange.Action.TEAM_REGISTERED, null,
				List.of(new FieldChange("mediators", null, String.valueOf(mediators.size())))));
		team.record(EventType.TEAM_REGISTERED);
		return team;
	}

	/**
	 * Re-homes the team to the commune of the new hierarchy its village went into (the reorganisation of
	 * 2025-07-01): the village, the team and its mediators keep their identity; the history keeps the old
	 * commune.
	 */
	void rehome(String newCommune, String operationId, Instant now, Actor actor) {
		String oldCommune = this.communeCode;
		this.communeCode = newCommune;
		this.history.add(new TeamChange(now, actor.subject(), actor.role(), TeamChange.Action.TEAM_REHOMED, null,
				List.of(new FieldChange("communeCode", oldCommune, newCommune),
						new FieldChange("reorganisation", null, operationId))));
		changed(now);
	}

	/** Admits a newly recognised mediator to the team. */
	void admit(TeamMediator mediator, Instant now, Actor actor) {
		takeLeadershipFor(mediator);
		this.mediators.add(mediator);
		this.history.add(new TeamChange(now, actor.subject(), actor.role(), TeamChange.Action.MEDIATOR_RECOGNISED,
				mediator.id(), fieldsOf(null, mediator)));
		changed(now);
	}

	/** Corrects a serving mediator's details; the change of each field is kept in the history. */
	void correct(String mediatorId, TeamMediator corrected, Instant now, Actor actor) {
		int index = indexOfServing(mediatorId);
		TeamMediator before = this.mediators.get(index);
		List<FieldChange> fields = fieldsOf(before, corrected);
		if (fields.isEmpty()) {
			return;
		}
		takeLeadershipFor(corrected);
		this.mediators.set(index, corrected);
		this.history.add(new TeamChange(now, actor.subject(), actor.role(), TeamChange.Action.MEDIATOR_CORRECTED,
				mediatorId, fields));
		changed(now);
	}

	/** A mediator stops serving in this team by the chairman's decision on an Art. 11 ground. */
	void dismiss(String mediatorId, TeamMediator.Dismissal dismissal, Instant now, Actor actor) {
		int index = indexOfServing(mediatorId);
		this.mediators.set(index, this.mediators.get(index).dismissed(dismissal));
		this.history.add(new TeamChange(now, actor.subject(), actor.role(), TeamChange.Action.MEDIATOR_DISMISSED,
				mediatorId, List.of(new FieldChange("dismissalGround", null, dismissal.ground().name()),
						new FieldChange("dismissalDecision", null, dismissal.decision().number()))));
		changed(now);
	}

	/** A mediator leaves this team for another team of the commune; returns them as they leave. */
	TeamMediator moveOut(String mediatorId, TeamMediator.Move move, Instant now, Actor actor) {
		int index = indexOfServing(mediatorId);
		TeamMediator leaving = this.mediators.get(index);
		this.mediators.set(index, leaving.moved(move));
		this.history.add(new TeamChange(now, actor.subject(), actor.role(),
				TeamChange.Action.MEDIATOR_TRANSFERRED_OUT, mediatorId,
				List.of(new FieldChange("teamId", this.id, move.teamId()))));
		changed(now);
		return leaving;
	}

	/** A mediator arrives by transfer; nothing happens if they already have (a repeated completion). */
	void moveIn(TeamMediator arriving, String fromTeamId, Instant now, Actor actor) {
		if (this.mediators.stream().anyMatch((m) -> m.id().equals(arriving.id()) && fromTeamId.equals(m.movedFrom()))) {
			return;
		}
		this.mediators.add(arriving.arriving(fromTeamId, now));
		this.history.add(new TeamChange(now, actor.subject(), actor.role(), TeamChange.Action.MEDIATOR_TRANSFERRED_IN,
				arriving.id(), List.of(new FieldChange("teamId", fromTeamId, this.id))));
		changed(now);
	}

	/** Whether a transferred mediator has arrived here. */
	boolean hasArrived(String mediatorId, String fromTeamId) {
		return this.mediators.stream().anyMatch((m) -> m.id().equals(mediatorId) && fromTeamId.equals(m.movedFrom()));
	}

	private void takeLeadershipFor(TeamMediator mediator) {
		if (mediator.leader()) {
			this.mediators.replaceAll((serving) -> (serving.leader() && !serving.id().equals(mediator.id()))
					? serving.withLeadership(false) : serving);
		}
	}

	/** The fields of a mediator's record that differ between two versions of it. */
	private static List<FieldChange> fieldsOf(@Nullable TeamMediator before, TeamMediator after) {
		return new Diff().compare("fullName", (before == null) ? null : before.fullName(), after.fullName())
			.compare("gender", (before == null) ? null : before.gender(), after.gender())
			.compare("birthYear", (before == null) ? null : before.birthYear(), after.birthYear())
			.compare("ethnicity", (before == null) ? null : before.ethnicity(), after.ethnicity())
			.compare("leader", (before == null) ? null : before.leader(), after.leader())
			.compare("background", (before == null) ? null : String.join("; ", before.background()),
					String.join("; ", after.background()))
			.compare("recognitionNumber", (before == null || before.recognition() == null) ? null
					: before.recognition().number(), (after.recognition() == null) ? null : after.recognition().number())
			.compare("recognitionDate", (before == null || before.recognition() == null) ? null
					: before.recognition().date(), (after.recognition() == null) ? null : after.recognition().date())
			.fields();
	}

	boolean hasServing(String mediatorId) {
		return this.mediators.stream().anyMatch((m) -> m.id().equals(mediatorId) && m.serving());
	}

	private int indexOfServing(String mediatorId) {
		for (int i = 0; i < this.mediators.size(); i++) {
			if (this.mediators.get(i).id().equals(mediatorId) && this.mediators.get(i).serving()) {
				return i;
			}
		}
		throw new vn.hoagiai.kit.problem.NotFoundException(
				"Không tìm thấy hòa giải viên " + mediatorId + " đang hoạt động trong tổ hòa giải này");
	}

	private void checkOneLeader() {
		if (serving().stream().filter(TeamMediator::leader).count() > 1) {
			throw new InvalidRequestException("mediators", "Mỗi tổ hòa giải chỉ có một tổ trưởng");
		}
	}

	private void changed(Instant now) {
		checkOneLeader();
		this.version++;
		this.changedAt = now;
		this.compliance = Compliance.evaluate(serving(), this.manyEthnicMinorityResidents);
		record(EventType.TEAM_CHANGED);
	}

	List<TeamMediator> serving() {
		return this.mediators.stream().filter(TeamMediator::serving).toList();
	}

	/** The state every team event carries: no names, no birth years, no contacts. */
	/** The changes to the team and its people, oldest first. */
	List<TeamChange> history() {
		return List.copyOf(this.history);
	}

	/** The mediator with this id, serving or not. */
	java.util.Optional<TeamMediator> mediator(String mediatorId) {
		return this.mediators.stream().filter((m) -> m.id().equals(mediatorId)).findFirst();
	}

	TeamState state() {
		return new TeamState(this.id, this.version, this.communeCode, this.villageName,
				this.manyEthnicMinorityResidents, this.active,
				serving().stream()
					.map((m) -> new TeamState.Member(m.id(), m.gender(), m.ethnicMinority(), m.leader()))
					.toList(),
				this.compliance.compliant(), this.compliance.reasons(), this.changedAt);
	}


	String id() {
		return this.id;
	}

	String communeCode() {
		return this.communeCode;
	}

	String villageName() {
		return this.villageName;
	}

	String name() {
		return this.name;
	}

	boolean manyEthnicMinorityResidents() {
		return this.manyEthnicMinorityResidents;
	}

	boolean active() {
		return this.active;
	}

	List<TeamMediator> mediators() {
		return List.copyOf(this.mediators);
	}

	Compliance compliance() {
		return this.compliance;
	}

	long version() {
		return this.version;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant changedAt() {
		return this.changedAt;
	}

}
