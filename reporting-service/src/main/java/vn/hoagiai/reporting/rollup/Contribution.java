package vn.hoagiai.reporting.rollup;

import org.jspecify.annotations.Nullable;

/**
 * What one thing (a team, a course, ...) adds to the rollup of the unit it belongs to, at one version
 * of the thing. The rollup keeps the latest version of every thing and adds up their figures.
 *
 * @param unitCode the unit the thing is recorded against, null for the initial "nothing yet"
 * @param version the version of the thing; lower or equal versions arriving later are ignored
 * @param figures what it contributes
 */
public record Contribution(@Nullable String unitCode, long version, Figures figures) {

	static Contribution nothing() {
		return new Contribution(null, -1, Figures.none());
	}

	Contribution latest(Contribution incoming) {
		return (incoming.version > this.version) ? incoming : this;
	}

}
