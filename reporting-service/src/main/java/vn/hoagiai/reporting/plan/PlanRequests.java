package vn.hoagiai.reporting.plan;

import java.math.BigDecimal;
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

	/**
	 * A unit's funding of the plan for a year; it replaces what the unit recorded before.
	 *
	 * @param sources one line per source; a source left out has nothing planned or spent
	 * @param note what the unit adds (at most 2,000 characters)
	 */
	// Named apart from PlanViews.Funding: with one simple name the API document showed the view's shape for both.
	@io.swagger.v3.oas.annotations.media.Schema(name = "FundingRequest")
	record Funding(@Nullable List<FundingLine> sources, @Nullable String note) {
	}

	/**
	 * The amounts of one source.
	 *
	 * @param source REGULAR_BUDGET, INTEGRATED_PROGRAMMES or MOBILISED
	 * @param planned planned, in whole đồng, not negative
	 * @param spent spent, in whole đồng, not negative; may exceed {@code planned}, which the answer flags
	 */
	record FundingLine(@Nullable String source, @Nullable BigDecimal planned, @Nullable BigDecimal spent) {
	}

	/**
	 * An inspection, survey or supervision of a unit.
	 *
	 * @param inspectedUnitCode the unit inspected
	 * @param inspectingUnitCode the unit inspecting: a unit above the inspected one
	 * @param date the day ({@code 2026-05-12}): in 2024 - 2030 and not in the future
	 * @param kind INSPECTION, SURVEY or SUPERVISION
	 * @param findings what was found (required, at most 10,000 characters)
	 * @param recommendations what was recommended (at most 50, each at most 2,000 characters), numbered from 1
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "InspectionRequest")
	record Inspection(@Nullable String inspectedUnitCode, @Nullable String inspectingUnitCode, @Nullable String date,
			@Nullable String kind, @Nullable String findings, @Nullable List<String> recommendations) {
	}

	/**
	 * How a recommendation has been followed up.
	 *
	 * @param status OPEN, IN_PROGRESS or DONE
	 * @param note what was done (at most 2,000 characters)
	 * @param date the day reported on ({@code 2026-08-01}): not before the inspection, not in the future
	 */
	record FollowUp(@Nullable String status, @Nullable String note, @Nullable String date) {
	}

}
