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

}
