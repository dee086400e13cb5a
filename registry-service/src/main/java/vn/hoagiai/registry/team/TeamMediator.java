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
 * @param movedTo the team the mediator was transferred to, null unless they were
 * @param movedFrom the team the mediator was transferred from, null unless they were
 */
record TeamMediator(String id, String fullName, Gender gender, int birthYear, String ethnicity, boolean leader,
		List<String> background, @Nullable Decision recognition, Instant joinedAt, @Nullable Dismissal dismissal,
		@Nullable Move movedTo, @Nullable String movedFrom) {

	/** The majority ethnic group; everyone else belongs to an ethnic minority (dân tộc thiểu số). */
	static final String MAJORITY_ETHNICITY = "kinh";

	TeamMediator {
		background = List.copyOf(background);
	}

	/** A newly recognised mediator. */
	static TeamMediator recognised(String id, String fullName, Gender gender, int birthYear, String ethnicity,
			boolean leader, List<String> background, @Nullable Decision recognition, Instant joinedAt) {
		return new TeamMediator(id, fullName, gender, birthYear, ethnicity, leader, background, recognition, joinedAt,
				null, null, null);
	}

	boolean serving() {
		return this.dismissal == null && this.movedTo == null;
	}

	boolean ethnicMinority() {
		return !vn.hoagiai.registry.unit.Folding.fold(this.ethnicity).equals(MAJORITY_ETHNICITY);
	}

	TeamMediator dismissed(Dismissal dismissal) {
		return new TeamMediator(this.id, this.fullName, this.gender, this.birthYear, this.ethnicity, false,
				this.background, this.recognition, this.joinedAt, dismissal, null, this.movedFrom);
	}

	TeamMediator moved(Move move) {
		return new TeamMediator(this.id, this.fullName, this.gender, this.birthYear, this.ethnicity, false,
				this.background, this.recognition, this.joinedAt, null, move, this.movedFrom);
	}

	/** The same person joining another team by transfer: their record travels with them. */
	TeamMediator arriving(String fromTeamId, Instant now) {
		return new TeamMediator(this.id, this.fullName, this.gender, this.birthYear, this.ethnicity, false,
				this.background, this.recognition, now, null, null, fromTeamId);
	}

	TeamMediator withLeadership(boolean leader) {
		return new TeamMediator(this.id, this.fullName, this.gender, this.birthYear, this.ethnicity, leader,
				this.background, this.recognition, this.joinedAt, this.dismissal, this.movedTo, this.movedFrom);
	}

	/** The same mediator with corrected personal details (identity, membership and history unchanged). */
	TeamMediator corrected(String fullName, Gender gender, int birthYear, String ethnicity, boolean leader,
			List<String> background, @Nullable Decision recognition) {
		return new TeamMediator(this.id, fullName, gender, birthYear, ethnicity, leader, background, recognition,
				this.joinedAt, this.dismissal, this.movedTo, this.movedFrom);
	}

	/**
	 * A transfer to another team of the commune. The mediator leaves this team in one write and joins
	 * the other in the next; {@code completed} turns true once they have, and a recovery completes a
	 * transfer interrupted between the two.
	 *
	 * @param teamId the team they move to
	 * @param date the date of the transfer
	 * @param decision the chairman's decision, if there is one
	 * @param at when it was recorded
	 * @param by who recorded it
	 * @param completed whether the other team has admitted them
	 */
	record Move(String teamId, LocalDate date, @Nullable Decision decision, Instant at, String by, boolean completed) {
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
