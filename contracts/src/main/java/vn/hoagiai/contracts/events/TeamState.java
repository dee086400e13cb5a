package vn.hoagiai.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * The whole current state of a mediation team (tổ hòa giải), carried by every team event so a
 * consumer never calls back. It carries no names, birth dates or contact details of mediators: what
 * consumers count needs none.
 *
 * @param teamId the team's id, also the Kafka key
 * @param version increases by one with every change; consumers ignore versions they have passed
 * @param communeCode official code of the commune the team belongs to
 * @param villageName the village or residential group (thôn, tổ dân phố) the team serves
 * @param manyEthnicMinorityResidents the commune's "many ethnic-minority residents" flag
 * @param active false once the team is dissolved
 * @param members current mediators of the team
 * @param compliant whether the team meets Art. 12 of the Law on Grassroots Mediation
 * @param complianceReasons why it does not, in Vietnamese, empty when compliant
 * @param changedAt when the change was recorded
 */
public record TeamState(String teamId, long version, String communeCode, String villageName,
		boolean manyEthnicMinorityResidents, boolean active, List<Member> members, boolean compliant,
		List<String> complianceReasons, Instant changedAt) {

	public TeamState {
		members = List.copyOf(members);
		complianceReasons = List.copyOf(complianceReasons);
	}

	/**
	 * A mediator as the team's events show them: enough to count, nothing that identifies.
	 *
	 * @param mediatorId the mediator's id in the registry
	 * @param gender gender
	 * @param ethnicMinority whether the mediator belongs to an ethnic minority
	 * @param leader whether the mediator is the elected team leader (tổ trưởng)
	 */
	public record Member(String mediatorId, Gender gender, boolean ethnicMinority, boolean leader) {
	}

}
