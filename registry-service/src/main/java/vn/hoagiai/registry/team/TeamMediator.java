package vn.hoagiai.registry.team;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hoagiai.contracts.events.Gender;

/**
 * A mediator (hòa giải viên) as a member of a team, current or former: the team keeps who was in it
 * and when.
 *
 * @param id the mediator's id
 * @param fullName full name
 * @param gender gender
 * @param birthYear year of birth
 * @param ethnicity ethnic group (dân tộc), e.g. "Kinh", "Ba Na", "Chăm"
 * @param leader whether the mediator is the elected team leader (tổ trưởng)
 * @param background the plan's background categories (e.g. legal communicator, commune official)
 * @param recognition the commune chairman's recognition decision, if recorded
 * @param joinedAt when the mediator joined this team in the registry
 * @param dismissal why and when the mediator stopped, null while serving
 */
record TeamMediator(String id, String fullName, Gender gender, int birthYear, String ethnicity, boolean leader,
		List<String> background, @Nullable Decision recognition, Instant joinedAt, @Nullable Dismissal dismissal) {

	/** The majority ethnic group; everyone else belongs to an ethnic minority (dân tộc thiểu số). */
	static final String MAJORITY_ETHNICITY = "kinh";

	TeamMediator {
		background = List.copyOf(background);
	}

	boolean serving() {
		return this.dismissal == null;
	}

	boolean ethnicMinority() {
		return !vn.hoagiai.registry.unit.Folding.fold(this.ethnicity).equals(MAJORITY_ETHNICITY);
	}

	TeamMediator dismissed(Dismissal dismissal) {
		return new TeamMediator(this.id, this.fullName, this.gender, this.birthYear, this.ethnicity, false,
				this.background, this.recognition, this.joinedAt, dismissal);
	}

	/**
	 * A decision of the commune People's Committee chairman.
	 *
	 * @param number decision number (số quyết định)
	 * @param date decision date
	 */
	record Decision(String number, LocalDate date) {
	}

	/**
	 * The end of a mediator's service (thôi làm hòa giải viên), Art. 11 of the Law.
	 *
	 * @param decision the chairman's decision
	 * @param ground the Art. 11 ground
	 * @param recordedAt when it was recorded
	 */
	record Dismissal(Decision decision, DismissalGround ground, Instant recordedAt) {
	}

}
