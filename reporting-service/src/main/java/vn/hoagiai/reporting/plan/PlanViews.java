package vn.hoagiai.reporting.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.UnitLevel;

/** What the plan endpoints answer. */
final class PlanViews {

	private PlanViews() {
	}

	/**
	 * A unit as named in the answers.
	 *
	 * @param code official code
	 * @param name full name
	 * @param level tier
	 */
	record UnitRef(String code, String name, UnitLevel level) {

		static UnitRef of(AdministrativeUnit unit) {
			return new UnitRef(unit.code(), unit.name(), unit.level());
		}

	}

	/**
	 * A progress report.
	 *
	 * @param id {@code <unit>:<task>:<period>}
	 * @param unitCode the unit
	 * @param task the task or part
	 * @param taskTitle its title in the plan
	 * @param period the period
	 * @param status where the task stands
	 * @param percent how far done
	 * @param narrative what was done
	 * @param evidence links
	 * @param submittedAt when
	 * @param submittedBy who
	 * @param version the version, also the ETag
	 */
	record Progress(String id, String unitCode, String task, String taskTitle, String period,
			ProgressReport.Status status, int percent, @Nullable String narrative, List<String> evidence,
			Instant submittedAt, String submittedBy, long version) {

		static Progress of(ProgressReport report, PlanTasks tasks) {
			return new Progress(report.id(), report.unitCode(), report.task(),
					tasks.titleOf(report.task()).orElse(report.task()), report.period(), report.status(),
					report.percent(), report.narrative(), report.evidence(), report.submittedAt(), report.submittedBy(),
					report.version());
		}

	}

	/**
	 * A district's annual report.
	 *
	 * @param district the district
	 * @param year the year
	 * @param status where it stands
	 * @param dueDate when it is due
	 * @param late whether it was first submitted after the due date (or is not submitted and overdue)
	 * @param summary the district's summary
	 * @param firstSubmittedAt first submission
	 * @param submittedAt latest submission
	 * @param submittedBy who submitted it last
	 * @param decidedAt latest approval or return
	 * @param decidedBy who decided
	 * @param returnReason the reason of the latest return
	 * @param history every step
	 * @param version the version (0: never submitted), also the ETag
	 */
	record Annual(UnitRef district, int year, AnnualReport.Status status, LocalDate dueDate, boolean late,
			@Nullable String summary, @Nullable Instant firstSubmittedAt, @Nullable Instant submittedAt,
			@Nullable String submittedBy, @Nullable Instant decidedAt, @Nullable String decidedBy,
			@Nullable String returnReason, List<AnnualReport.Step> history, long version) {
	}

	/**
	 * Which districts have submitted their annual report for a year.
	 *
	 * @param period the year
	 * @param province the province
	 * @param dueDate when the reports are due
	 * @param asOf when this was computed
	 * @param submitted how many districts have a report submitted or approved
	 * @param notSubmitted how many have none, or one returned and not submitted again
	 * @param late how many submitted late or are overdue
	 * @param districts each district, in the official order
	 */
	record Completeness(String period, UnitRef province, LocalDate dueDate, Instant asOf, int submitted,
			int notSubmitted, int late, List<DistrictStatus> districts) {
	}

	/**
	 * One district in the completeness list.
	 *
	 * @param district the district
	 * @param status its report's status
	 * @param submitted whether a report is submitted or approved now
	 * @param firstSubmittedAt when it was first submitted
	 * @param late whether it was first submitted after the due date, or is not submitted and overdue
	 * @param returnReason why it was returned, when it is
	 */
	record DistrictStatus(UnitRef district, AnnualReport.Status status, boolean submitted,
			@Nullable Instant firstSubmittedAt, boolean late, @Nullable String returnReason) {
	}

	/**
	 * What one source brought.
	 *
	 * @param source the source
	 * @param label its name in the plan
	 * @param planned planned, in đồng
	 * @param spent spent, in đồng
	 * @param overspent whether more was spent than planned
	 */
	record SourceAmounts(FundingSource source, String label, long planned, long spent, boolean overspent) {

		static SourceAmounts of(UnitFunding.Amounts amounts) {
			return new SourceAmounts(amounts.source(), amounts.source().label(), amounts.planned(), amounts.spent(),
					amounts.overspent());
		}

	}

	/**
	 * A unit's funding of the plan in a year.
	 *
	 * @param unit the unit
	 * @param year the year
	 * @param sources every source, in the plan's order
	 * @param planned planned from all sources, in đồng
	 * @param spent spent from all sources, in đồng
	 * @param overspent whether any source spent more than planned
	 * @param warnings what deserves a second look (a source spent more than planned), in Vietnamese
	 * @param note the unit's note
	 * @param updatedBy who recorded it last (null: never recorded)
	 * @param updatedAt when
	 * @param locked whether the district's approved annual report of the year locks it
	 * @param version the version (0: never recorded), also the ETag
	 */
	record Funding(UnitRef unit, int year, List<SourceAmounts> sources, long planned, long spent, boolean overspent,
			List<String> warnings, @Nullable String note, @Nullable String updatedBy, @Nullable Instant updatedAt,
			boolean locked, long version) {
	}

	/**
	 * The funding of a unit and the units below it in a year, added up by source.
	 *
	 * @param unit the unit asked for
	 * @param year the year
	 * @param totals every source, in the plan's order, summed over {@code units}
	 * @param planned planned from all sources, in đồng
	 * @param spent spent from all sources, in đồng
	 * @param units the units that recorded funding (the unit itself first, then those below by code)
	 */
	record FundingRollup(UnitRef unit, int year, List<SourceAmounts> totals, long planned, long spent,
			List<FundingRow> units) {
	}

	/**
	 * One unit's funding inside a rollup.
	 *
	 * @param unit the unit
	 * @param sources every source
	 * @param planned planned from all sources
	 * @param spent spent from all sources
	 * @param note the unit's note
	 * @param updatedBy who recorded it last
	 * @param updatedAt when
	 * @param version its version
	 */
	record FundingRow(UnitRef unit, List<SourceAmounts> sources, long planned, long spent, @Nullable String note,
			@Nullable String updatedBy, @Nullable Instant updatedAt, long version) {
	}

	/**
	 * An inspection, survey or supervision.
	 *
	 * @param id its identifier
	 * @param inspectedUnit the unit inspected
	 * @param inspectingUnit the unit that inspected
	 * @param date the day
	 * @param year its year
	 * @param kind INSPECTION, SURVEY or SUPERVISION
	 * @param findings what was found
	 * @param recommendations what was recommended, numbered from 1, each with its follow-up
	 * @param recordedBy who recorded it
	 * @param recordedAt when
	 * @param version the version, also the ETag
	 */
	record Inspection(String id, UnitRef inspectedUnit, UnitRef inspectingUnit, LocalDate date, int year,
			vn.hoagiai.reporting.plan.Inspection.Kind kind, String findings, List<Recommendation> recommendations,
			String recordedBy, Instant recordedAt, long version) {
	}

	/**
	 * A recommendation and its follow-up.
	 *
	 * @param number its number in the inspection, from 1: the {@code n} of
	 * {@code PUT /api/reporting/plan/inspections/{id}/recommendations/{n}}
	 * @param text what was recommended
	 * @param status OPEN, IN_PROGRESS or DONE
	 * @param note what was done
	 * @param date the day the follow-up was reported on
	 * @param updatedBy who recorded the follow-up
	 * @param updatedAt when
	 */
	record Recommendation(int number, String text, vn.hoagiai.reporting.plan.Inspection.FollowUp status,
			@Nullable String note, @Nullable LocalDate date, @Nullable String updatedBy, @Nullable Instant updatedAt) {
	}

}
