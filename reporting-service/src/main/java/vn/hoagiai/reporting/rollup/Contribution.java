package vn.hoagiai.reporting.rollup;

/**
 * What one thing (a team, a course, a case) adds to the rollup of the unit it belongs to, at one
 * version of the thing. The rollup keeps the latest version of every thing and adds up the changes.
 *
 * @param unitCode the unit the thing is recorded against
 * @param version the version of the thing
 * @param figures what it contributes
 */
public record Contribution(String unitCode, long version, Figures figures) {
}
