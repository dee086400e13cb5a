package vn.hoagiai.registry.team;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.kit.outbox.RecordsEvents;
import vn.hoagiai.contracts.events.TeamState;
import vn.hoagiai.kit.problem.InvalidRequestException;

/**
 * A mediation team (tổ hòa giải) of one village or residential group, with its mediators past and
 * present. It changes only through the methods below, each of which checks the Law's rules,
 * re-evaluates compliance and records the event the change causes.
 */
@Document("teams")
public class MediationTeam extends RecordsEvents {

	@Id
	private final String id;

	private final String communeCode;

	private final String villageName;

	private final String name;

	private final boolean manyEthnicMinorityResidents;

	private boolean active;

	private List<TeamMediator> mediators;

	private Compliance compliance;

	private long version;

	private final Instant createdAt;

	private Instant changedAt;


	@PersistenceCreator
	MediationTeam(String id, String communeCode, String villageName, String name, boolean manyEthnicMinorityResidents,
			boolean active, List<TeamMediator> mediators, Compliance compliance, long version, Instant createdAt,
			Instant changedAt) {
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
	}

	/** Registers a new team with its first mediators. */
	static MediationTeam register(String communeCode, String villageName, String name,
			boolean manyEthnicMinorityResidents, List<TeamMediator> mediators, Instant now) {
		MediationTeam team = new MediationTeam(UUID.randomUUID().toString(), communeCode, villageName, name,
				manyEthnicMinorityResidents, true, List.of(), new Compliance(false, List.of()), 1, now, now);
		mediators.forEach((mediator) -> team.mediators.add(mediator));
		team.checkOneLeader();
		team.compliance = Compliance.evaluate(team.serving(), manyEthnicMinorityResidents);
		team.record(EventType.TEAM_REGISTERED);
		return team;
	}

	/** Admits a newly recognised mediator to the team. */
	void admit(TeamMediator mediator, Instant now) {
		if (mediator.leader()) {
			this.mediators.replaceAll((serving) -> serving.leader() ? withoutLeadership(serving) : serving);
		}
		this.mediators.add(mediator);
		changed(now);
	}

	/** A mediator stops serving in this team by the chairman's decision on an Art. 11 ground. */
	void dismiss(String mediatorId, TeamMediator.Dismissal dismissal, Instant now) {
		int index = indexOfServing(mediatorId);
		this.mediators.set(index, this.mediators.get(index).dismissed(dismissal));
		changed(now);
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

	private static TeamMediator withoutLeadership(TeamMediator mediator) {
		return new TeamMediator(mediator.id(), mediator.fullName(), mediator.gender(), mediator.birthYear(),
				mediator.ethnicity(), false, mediator.background(), mediator.recognition(), mediator.joinedAt(),
				mediator.dismissal());
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
