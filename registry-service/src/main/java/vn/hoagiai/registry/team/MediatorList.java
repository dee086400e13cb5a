package vn.hoagiai.registry.team;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.registry.unit.Folding;

/**
 * The mediators of a unit as one list, filtered and sorted: who serves where, by gender, ethnicity,
 * background and status.
 */
final class MediatorList {

	private MediatorList() {
	}

	/** Serving, former (dismissed or transferred away), or both. */
	enum Status {

		SERVING, FORMER, ALL

	}

	/** The orders a list can be read in. */
	enum Order {

		/** By name as Vietnamese is alphabetised (given name last): by full name, diacritics folded. */
		NAME,

		/** Oldest first. */
		BIRTH_YEAR,

		/** By commune, village and team. */
		TEAM

	}

	/**
	 * What to list.
	 *
	 * @param gender only this gender
	 * @param ethnicMinority only (or no) ethnic-minority mediators
	 * @param ethnicity only this ethnic group (folded comparison)
	 * @param background only mediators with this background category (folded, contained)
	 * @param status serving, former or all
	 * @param order how to sort
	 */
	record Filter(@Nullable Gender gender, @Nullable Boolean ethnicMinority, @Nullable String ethnicity,
			@Nullable String background, Status status, Order order) {

		/** Whether it filters on sensitive personal data (ethnicity). */
		boolean sensitive() {
			return this.ethnicMinority != null || this.ethnicity != null;
		}

	}

	/**
	 * One mediator in a list, with their team.
	 *
	 * @param team the team
	 * @param mediator the mediator
	 */
	record Entry(MediationTeam team, TeamMediator mediator) {
	}

	/** The entries of these teams that match, in order. */
	static List<Entry> of(List<MediationTeam> teams, Filter filter) {
		Predicate<TeamMediator> matches = (m) -> switch (filter.status()) {
			case SERVING -> m.serving();
			case FORMER -> !m.serving();
			case ALL -> true;
		};
		if (filter.gender() != null) {
			matches = matches.and((m) -> m.gender() == filter.gender());
		}
		if (filter.ethnicMinority() != null) {
			matches = matches.and((m) -> m.ethnicMinority() == filter.ethnicMinority());
		}
		if (filter.ethnicity() != null) {
			String ethnicity = Folding.fold(filter.ethnicity());
			matches = matches.and((m) -> Folding.fold(m.ethnicity()).equals(ethnicity));
		}
		if (filter.background() != null) {
			String background = Folding.fold(filter.background());
			matches = matches.and((m) -> m.background().stream().anyMatch((b) -> Folding.fold(b).contains(background)));
		}
		Predicate<TeamMediator> selected = matches;
		return teams.stream()
			.flatMap((team) -> team.mediators().stream().filter(selected).map((m) -> new Entry(team, m)))
			.sorted(order(filter.order()))
			.toList();
	}

	private static Comparator<Entry> order(Order order) {
		Comparator<Entry> byTeam = Comparator.comparing((Entry e) -> e.team().communeCode())
			.thenComparing((e) -> Folding.fold(e.team().villageName()))
			.thenComparing((e) -> Folding.fold(e.team().name()));
		Comparator<Entry> byName = Comparator.comparing((Entry e) -> Folding.fold(e.mediator().fullName())
			.toLowerCase(Locale.ROOT));
		Comparator<Entry> then = Comparator.comparing((Entry e) -> e.mediator().id());
		return switch (order) {
			case NAME -> byName.thenComparing(byTeam).thenComparing(then);
			case BIRTH_YEAR -> Comparator.comparingInt((Entry e) -> e.mediator().birthYear())
				.thenComparing(byName)
				.thenComparing(then);
			case TEAM -> byTeam.thenComparing(byName).thenComparing(then);
		};
	}

}
