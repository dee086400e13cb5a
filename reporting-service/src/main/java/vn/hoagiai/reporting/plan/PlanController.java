package vn.hoagiai.reporting.plan;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.web.IfMatch;
import vn.hoagiai.kit.security.Role;

/**
 * Plan 123/KH-UBND: its tasks as data, units' progress reports on them, districts' annual reports
 * (submitted, then approved or returned by the province), and which districts have reported. Every
 * answer with one report carries its version as an ETag; a change sent with {@code If-Match} is
 * refused with 412 if the report changed meanwhile.
 */
@RestController
@RequestMapping("/api/reporting/plan")
class PlanController {

	/** The plan itself is public text: every person may read it. */
	static final Role[] PLAN_READERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER, Role.TRAINER,
			Role.ANALYST };

	private final PlanTasks tasks;

	private final PlanReports reports;

	PlanController(PlanTasks tasks, PlanReports reports) {
		this.tasks = tasks;
		this.reports = reports;
	}

	@GetMapping("/tasks")
	PlanTasks.Plan tasks(Caller caller) {
		caller.require(PLAN_READERS);
		return this.tasks.plan();
	}

	@PostMapping("/reports")
	ResponseEntity<PlanViews.Progress> submitProgress(Caller caller,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody PlanRequests.Progress request) {
		PlanReports.Written written = this.reports.submitProgress(caller, request, IfMatch.version(ifMatch));
		PlanViews.Progress view = PlanViews.Progress.of(written.report(), this.tasks);
		ResponseEntity.BodyBuilder answer = written.created()
				? ResponseEntity.created(URI.create("/api/reporting/plan/reports/" + view.id())) : ResponseEntity.ok();
		return answer.eTag(etag(view.version())).body(view);
	}

	@GetMapping("/reports/{id}")
	ResponseEntity<PlanViews.Progress> progress(Caller caller, @PathVariable String id) {
		PlanViews.Progress view = PlanViews.Progress.of(this.reports.progress(caller, id), this.tasks);
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	/** The progress reports of a unit and the units below it, in a period and the periods inside it. */
	@GetMapping("/reports")
	List<PlanViews.Progress> progressReports(Caller caller, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String period) {
		return this.reports.progressReports(caller, unit, period)
			.stream()
			.map((report) -> PlanViews.Progress.of(report, this.tasks))
			.toList();
	}

	@GetMapping("/annual-reports/{district}/{year}")
	ResponseEntity<PlanViews.Annual> annual(Caller caller, @PathVariable String district, @PathVariable String year) {
		return withEtag(this.reports.annual(caller, district, year));
	}

	@PostMapping("/annual-reports/{district}/{year}/submission")
	ResponseEntity<PlanViews.Annual> submit(Caller caller, @PathVariable String district, @PathVariable String year,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) PlanRequests.@Nullable Submission request) {
		return withEtag(this.reports.submitAnnual(caller, district, year,
				(request != null) ? request : new PlanRequests.Submission(null), IfMatch.version(ifMatch)));
	}

	@PostMapping("/annual-reports/{district}/{year}/approval")
	ResponseEntity<PlanViews.Annual> approve(Caller caller, @PathVariable String district, @PathVariable String year,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withEtag(this.reports.approveAnnual(caller, district, year, IfMatch.version(ifMatch)));
	}

	@PostMapping("/annual-reports/{district}/{year}/return")
	ResponseEntity<PlanViews.Annual> giveBack(Caller caller, @PathVariable String district, @PathVariable String year,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody PlanRequests.Return request) {
		return withEtag(this.reports.returnAnnual(caller, district, year, request, IfMatch.version(ifMatch)));
	}

	/**
	 * The annual report of a district or the province as a workbook (.xlsx): general information,
	 * indicators of the year, progress on each task, the plan's tasks and, for the province, which
	 * districts have reported.
	 */
	@GetMapping("/annual-reports/{unit}/{year}/workbook")
	ResponseEntity<StreamingResponseBody> workbook(Caller caller, @PathVariable String unit, @PathVariable String year) {
		AnnualReportWorkbook.Content content = this.reports.workbook(caller, unit, year);
		String name = "bao-cao-nam-" + content.year() + "-" + content.unit().code() + ".xlsx";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body((out) -> AnnualReportWorkbook.write(content, out));
	}

	/** Which districts of a province have submitted their annual report for a year, and who was late. */
	@GetMapping("/completeness")
	PlanViews.Completeness completeness(Caller caller, @RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String unit) {
		return this.reports.completeness(caller, period, unit);
	}

	private static ResponseEntity<PlanViews.Annual> withEtag(PlanViews.Annual view) {
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	private static String etag(long version) {
		return "\"" + version + "\"";
	}

	@Configuration(proxyBeanMethods = false)
	static class PlanData {

		/** Loaded and checked once, at start: a broken file stops the service rather than a request. */
		@Bean
		PlanTasks planTasks() {
			return PlanTasks.load();
		}

	}

}
