package vn.hoagiai.reporting.plan;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the plan endpoints accept. Every field is checked by {@link PlanReports}, which names the ones at fault. */
final class PlanRequests {

	private PlanRequests() {
	}

	/**
	 * A progress report on a task.
	 *
	 * @param unitCode the unit reporting (commune, district or province)
	 * @param task the task or part: {@code 1}, {@code 2a}, ... (see {@code GET /api/reporting/plan/tasks})
	 * @param period {@code 2026}, {@code 2026-Q3} or {@code 2026-09}
	 * @param status NOT_STARTED, IN_PROGRESS, BEHIND_SCHEDULE or COMPLETED
	 * @param percent how far done, 0 to 100 (0 when not started, 100 when completed)
	 * @param narrative what was done (at most 4,000 characters)
	 * @param evidence links to documents (at most 20, http or https)
	 */
	record Progress(@Nullable String unitCode, @Nullable String task, @Nullable String period,
			ProgressReport.@Nullable Status status, @Nullable Integer percent, @Nullable String narrative,
			@Nullable List<String> evidence) {
	}

	/**
	 * A district's submission of its annual report.
	 *
	 * @param summary the year's results in the district's words (at most 10,000 characters)
	 */
	record Submission(@Nullable String summary) {
	}

	/**
	 * The province's return of a report.
	 *
	 * @param reason why it is returned (required, at most 2,000 characters)
	 */
	record Return(@Nullable String reason) {
	}

}
