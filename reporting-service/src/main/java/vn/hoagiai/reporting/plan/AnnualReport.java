package vn.hoagiai.reporting.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.hoagiai.reporting.web.Problems;

/**
 * A district's annual report on the plan to the province (báo cáo kết quả thực hiện năm, section III.5
 * of the plan): the district submits it, the province approves it or returns it with a reason. An
 * approved report locks the district's progress reports of that year until it is returned.
 *
 * @param id {@code <district code>:<year>}
 * @param districtCode the district
 * @param year the year reported on
 * @param status where it stands
 * @param summary the district's summary of the year's results
 * @param firstSubmittedAt when it was first submitted: whether it was late is judged by this
 * @param submittedAt when it was last submitted
 * @param submittedBy who last submitted it
 * @param decidedAt when the province last approved or returned it
 * @param decidedBy who did
 * @param returnReason why it was last returned, when it was
 * @param history every step, oldest first
 * @param version increases with every change; the ETag
 */
@Document("annualReports")
record AnnualReport(@Id String id, String districtCode, int year, Status status, @Nullable String summary,
		@Nullable Instant firstSubmittedAt, @Nullable Instant submittedAt, @Nullable String submittedBy,
		@Nullable Instant decidedAt, @Nullable String decidedBy, @Nullable String returnReason, List<Step> history,
		long version) {

	AnnualReport {
		history = List.copyOf(history);
	}

	/** Where an annual report stands. */
	enum Status {

		NOT_SUBMITTED("Chưa nộp"),

		SUBMITTED("Đã nộp, chờ duyệt"),

		/** The district's progress reports of the year are locked. */
		APPROVED("Đã duyệt"),

		/** Returned with a reason: the district corrects it and submits again. */
		RETURNED("Bị trả lại");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		/** In Vietnamese. */
		String label() {
			return this.label;
		}

	}

	/**
	 * One step of the report's life.
	 *
	 * @param status the status it reached
	 * @param by who took it
	 * @param at when
	 * @param reason the reason, for a return
	 */
	record Step(Status status, String by, Instant at, @Nullable String reason) {
	}

	static String idOf(String districtCode, int year) {
		return districtCode + ":" + year;
	}

	/** The report of a district that has not submitted one yet (not stored: version 0). */
	static AnnualReport notSubmitted(String districtCode, int year) {
		return new AnnualReport(idOf(districtCode, year), districtCode, year, Status.NOT_SUBMITTED, null, null, null,
				null, null, null, null, List.of(), 0);
	}

	boolean locksProgressReports() {
		return this.status == Status.APPROVED;
	}

	/** The district submits (nộp) its report, the first time or again after a return. */
	AnnualReport submit(@Nullable String summary, String by, Instant at) {
		if (this.status == Status.SUBMITTED) {
			throw Problems.conflict("annual-report-submitted", "Báo cáo đã được nộp",
					"Báo cáo năm " + this.year + " đã được nộp và đang chờ Sở Tư pháp duyệt.");
		}
		if (this.status == Status.APPROVED) {
			throw locked();
		}
		return new AnnualReport(this.id, this.districtCode, this.year, Status.SUBMITTED, summary,
				(this.firstSubmittedAt != null) ? this.firstSubmittedAt : at, at, by, this.decidedAt, this.decidedBy,
				this.returnReason, with(new Step(Status.SUBMITTED, by, at, null)), this.version);
	}

	/** The province approves (duyệt) a submitted report. */
	AnnualReport approve(String by, Instant at) {
		if (this.status != Status.SUBMITTED) {
			throw Problems.conflict("annual-report-not-submitted", "Báo cáo chưa ở trạng thái chờ duyệt",
					"Chỉ duyệt được báo cáo đã nộp và đang chờ duyệt; báo cáo năm " + this.year + " đang ở trạng thái "
							+ this.status + ".");
		}
		return decided(Status.APPROVED, by, at, null);
	}

	/** The province returns (trả lại) a submitted or approved report, which unlocks it. */
	AnnualReport returnWith(String reason, String by, Instant at) {
		if (this.status != Status.SUBMITTED && this.status != Status.APPROVED) {
			throw Problems.conflict("annual-report-not-submitted", "Báo cáo chưa được nộp",
					"Chỉ trả lại được báo cáo đã nộp hoặc đã duyệt; báo cáo năm " + this.year + " đang ở trạng thái "
							+ this.status + ".");
		}
		return decided(Status.RETURNED, by, at, reason);
	}

	private AnnualReport decided(Status status, String by, Instant at, @Nullable String reason) {
		return new AnnualReport(this.id, this.districtCode, this.year, status, this.summary, this.firstSubmittedAt,
				this.submittedAt, this.submittedBy, at, by, (reason != null) ? reason : this.returnReason,
				with(new Step(status, by, at, reason)), this.version);
	}

	AnnualReport withVersion(long version) {
		return new AnnualReport(this.id, this.districtCode, this.year, this.status, this.summary, this.firstSubmittedAt,
				this.submittedAt, this.submittedBy, this.decidedAt, this.decidedBy, this.returnReason, this.history,
				version);
	}

	private List<Step> with(Step step) {
		List<Step> steps = new ArrayList<>(this.history);
		steps.add(step);
		return steps;
	}

	org.springframework.web.ErrorResponseException locked() {
		return Problems.conflict("annual-report-approved", "Báo cáo năm đã được duyệt",
				"Báo cáo năm " + this.year + " của đơn vị " + this.districtCode
						+ " đã được Sở Tư pháp duyệt nên đã khóa; chỉ thay đổi được khi báo cáo được trả lại.");
	}

}
