package vn.hoagiai.reporting.rollup;

import org.jspecify.annotations.Nullable;

/**
 * What one thing (a team, a course, a case) adds to the rollup of the unit it belongs to, at one
 * version of the thing. The rollup keeps the latest version of every thing and adds up the changes.
 *
 * @param unitCode the unit the thing is recorded against
 * @param version the version of the thing
 * @param figures what it contributes
 * @param month the month ({@code 2026-09}) it counts for in the figures by month, null for things
 * counted only as they stand (teams, courses); a case counts for the month it was received
 */
public record Contribution(String unitCode, long version, Figures figures, @Nullable String month) {

	public Contribution(String unitCode, long version, Figures figures) {
		this(unitCode, version, figures, null);
	}

}
