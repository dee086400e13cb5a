package vn.hoagiai.reporting.rollup;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one thing (a team, a course, a case, a trainer, a participation, ...) adds to the rollup of the
 * unit it belongs to, at one version of the thing. The rollup keeps the latest version of every thing
 * and adds up the changes.
 *
 * @param unitCode the unit the thing is recorded against
 * @param version the version of the thing
 * @param figures what it contributes
 * @param month the month ({@code 2026-09}) it counts for in the figures by month, null for things
 * counted only as they stand (teams, courses); a case counts for the month it was received
 * @param links what the thing says about subjects counted once each (a mediator, a team): a team says
 * which mediators serve in it, a participation that its mediator was trained; see {@link Subjects}
 */
public record Contribution(String unitCode, long version, Figures figures, @Nullable String month,
		@Nullable List<Link> links) {

	public Contribution {
		links = (links != null) ? List.copyOf(links) : List.of();
	}

	public Contribution(String unitCode, long version, Figures figures) {
		this(unitCode, version, figures, null, null);
	}

	public Contribution(String unitCode, long version, Figures figures, @Nullable String month) {
		this(unitCode, version, figures, month, null);
	}

	/**
	 * One thing's statement about a subject.
	 *
	 * @param subject {@code mediator:<id>} or {@code team:<id>}
	 * @param role what the thing is to the subject ({@link Subjects#MEMBER}, {@link Subjects#TRAINED}, ...)
	 * @param on whether it holds now (a mediator who left a team: the team's MEMBER link is off)
	 * @param detail what more the subject needs to know, if anything (a case's outcome)
	 */
	public record Link(String subject, String role, boolean on, @Nullable String detail) {

		public Link(String subject, String role, boolean on) {
			this(subject, role, on, null);
		}

	}

}
