package vn.hoagiai.reporting.plan;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A unit's progress report on one task of the plan for one period: the latest one replaces the one
 * before, so each (unit, task, period) has one.
 *
 * @param id {@code <unit code>:<task>:<period>}, e.g. {@code 540:2a:2026-Q3}
 * @param unitCode the unit reporting
 * @param lineage the unit and the units above it, so a district lists its communes' reports too
 * @param task the task or part reported on ({@code 1}, {@code 2a}, ...)
 * @param period the period: {@code 2026}, {@code 2026-Q3} or {@code 2026-09}
 * @param year the year of the period
 * @param status where the task stands
 * @param percent how far it is done, 0-100
 * @param narrative what was done, in the unit's words
 * @param evidence links to documents that show it (http or https)
 * @param submittedAt when this version was submitted
 * @param submittedBy who submitted it
 * @param version increases with every change; the ETag
 */
@Document("planProgressReports")
record ProgressReport(@Id String id, String unitCode, List<String> lineage, String task, String period, int year,
		Status status, int percent, @Nullable String narrative, List<String> evidence, Instant submittedAt,
		String submittedBy, long version) {

	ProgressReport {
		lineage = List.copyOf(lineage);
		evidence = List.copyOf(evidence);
	}

	static String idOf(String unitCode, String task, String period) {
		return unitCode + ":" + task + ":" + period;
	}

	/** Where a task stands. */
	enum Status {

		NOT_STARTED("Chưa triển khai"),

		IN_PROGRESS("Đang triển khai"),

		BEHIND_SCHEDULE("Chậm tiến độ"),

		COMPLETED("Hoàn thành");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		/** In Vietnamese. */
		String label() {
			return this.label;
		}

	}

}
