package vn.hoagiai.reporting.plan;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.contracts.units.UnitLevel;
import vn.hoagiai.kit.outbox.StaleVersionException;
import vn.hoagiai.kit.problem.FieldProblem;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;
import vn.hoagiai.reporting.indicator.Indicators;
import vn.hoagiai.reporting.period.ReportingPeriod;
import vn.hoagiai.reporting.web.Problems;

/**
 * Progress reports on the plan's tasks and districts' annual reports: who may write and read them,
 * the rules they must keep, and the lock an approved annual report puts on a district's year.
 */
@Component
class PlanReports {

	/** The years of the scheme (Đề án giai đoạn 2024 - 2030). */
	static final int FIRST_YEAR = 2024;

	static final int LAST_YEAR = 2030;

	static final int MAX_NARRATIVE = 4000;

	static final int MAX_SUMMARY = 10000;

	static final int MAX_REASON = 2000;

	static final int MAX_EVIDENCE = 20;

	/** Who writes progress reports: the province for any unit, officers for the units in their scope. */
	static final Role[] WRITERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER };

	/** Who reads them: the writers in their scope, and analysts everywhere. */
	static final Role[] READERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER, Role.ANALYST };

	private final PlanStore store;

	private final PlanTasks tasks;

	private final AdministrativeUnits units;

	private final PlanProperties properties;

	private final Indicators indicators;

	private final PlanFunding funding;

	private final PlanInspections inspections;

	private final Clock clock;

	@org.springframework.beans.factory.annotation.Autowired
	PlanReports(PlanStore store, PlanTasks tasks, AdministrativeUnits units, PlanProperties properties,
			Indicators indicators, PlanFunding funding, PlanInspections inspections) {
		this(store, tasks, units, properties, indicators, funding, inspections, Clock.systemUTC());
	}

	PlanReports(PlanStore store, PlanTasks tasks, AdministrativeUnits units, PlanProperties properties,
			Indicators indicators, PlanFunding funding, PlanInspections inspections, Clock clock) {
		this.indicators = indicators;
		this.funding = funding;
		this.inspections = inspections;
		this.store = store;
		this.tasks = tasks;
		this.units = units;
		this.properties = properties;
		this.clock = clock;
	}

	/** A report stored, and whether it is new. */
	record Written(ProgressReport report, boolean created) {
	}

	Written submitProgress(Caller caller, PlanRequests.Progress request, @Nullable Long ifMatch) {
		caller.require(WRITERS);
		List<FieldProblem> problems = new ArrayList<>();
		AdministrativeUnit unit = null;
		if (request.unitCode() == null || request.unitCode().isBlank()) {
			problems.add(new FieldProblem("unitCode", "Cần ghi mã đơn vị báo cáo."));
		}
		else {
			unit = this.units.find(request.unitCode()).orElse(null);
			if (unit == null) {
				problems.add(new FieldProblem("unitCode", "Không có đơn vị hành chính mã " + request.unitCode() + "."));
			}
		}
		if (request.task() == null || this.tasks.titleOf(request.task()).isEmpty()) {
			problems.add(new FieldProblem("task", "Nhiệm vụ phải là một trong " + String.join(", ", this.tasks.reportableCodes())
					+ " của Kế hoạch 123/KH-UBND."));
		}
		ReportingPeriod period = (request.period() != null) ? ReportingPeriod.tryParse(request.period()).orElse(null) : null;
		if (period == null) {
			problems.add(new FieldProblem("period", ReportingPeriod.problem(String.valueOf(request.period()))));
		}
		else if (period.year() < FIRST_YEAR || period.year() > LAST_YEAR) {
			problems.add(new FieldProblem("period", "Kỳ báo cáo phải thuộc giai đoạn " + FIRST_YEAR + " - " + LAST_YEAR + "."));
		}
		if (request.status() == null) {
			problems.add(new FieldProblem("status", "Cần ghi tình trạng thực hiện."));
		}
		Integer percent = request.percent();
		if (percent == null || percent < 0 || percent > 100) {
			problems.add(new FieldProblem("percent", "Tỷ lệ hoàn thành phải từ 0 đến 100."));
		}
		else if (request.status() == ProgressReport.Status.COMPLETED && percent != 100) {
			problems.add(new FieldProblem("percent", "Nhiệm vụ đã hoàn thành thì tỷ lệ hoàn thành phải là 100."));
		}
		else if (request.status() == ProgressReport.Status.NOT_STARTED && percent != 0) {
			problems.add(new FieldProblem("percent", "Nhiệm vụ chưa triển khai thì tỷ lệ hoàn thành phải là 0."));
		}
		if (request.narrative() != null && request.narrative().length() > MAX_NARRATIVE) {
			problems.add(new FieldProblem("narrative", "Nội dung báo cáo tối đa " + MAX_NARRATIVE + " ký tự."));
		}
		List<String> evidence = (request.evidence() != null) ? request.evidence() : List.of();
		if (evidence.size() > MAX_EVIDENCE) {
			problems.add(new FieldProblem("evidence", "Tối đa " + MAX_EVIDENCE + " đường dẫn minh chứng."));
		}
		for (int i = 0; i < evidence.size(); i++) {
			if (!isWebLink(evidence.get(i))) {
				problems.add(new FieldProblem("evidence[" + i + "]",
						"Minh chứng phải là đường dẫn http hoặc https đầy đủ (tối đa 2000 ký tự)."));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		caller.requireWithin(unit.code(), WRITERS);
		AdministrativeUnit district = this.units.ancestorAt(unit.code(), UnitLevel.DISTRICT).orElse(null);
		if (district != null) {
			AnnualReport annual = this.store.annual(district.code(), period.year()).orElse(null);
			if (annual != null && annual.locksProgressReports()) {
				throw annual.locked();
			}
		}
		String id = ProgressReport.idOf(unit.code(), request.task(), period.toString());
		ProgressReport current = this.store.progress(id).orElse(null);
		long versionRead = (current != null) ? current.version() : 0;
		if (ifMatch != null && ifMatch != versionRead) {
			throw new StaleVersionException(id, ifMatch);
		}
		ProgressReport report = new ProgressReport(id, unit.code(),
				this.units.lineage(unit.code()).stream().map(AdministrativeUnit::code).toList(), request.task(),
				period.toString(), period.year(), request.status(), percent,
				(request.narrative() != null) ? request.narrative().strip() : null, evidence, now(), caller.subject(),
				versionRead + 1);
		this.store.save(report, versionRead);
		return new Written(report, current == null);
	}

	ProgressReport progress(Caller caller, String id) {
		caller.require(READERS);
		ProgressReport report = this.store.progress(id)
			.orElseThrow(() -> Problems.notFound("id", "Không có báo cáo tiến độ " + id + "."));
		requireReadable(caller, report.unitCode());
		return report;
	}

	List<ProgressReport> progressReports(Caller caller, @Nullable String unitCode, @Nullable String periodText) {
		caller.require(READERS);
		String code = (unitCode != null && !unitCode.isBlank()) ? unitCode : caller.unit();
		if (code == null) {
			throw Problems.badRequest("unit", "Cần chọn đơn vị (tham số unit).");
		}
		AdministrativeUnit unit = this.units.find(code)
			.orElseThrow(() -> Problems.notFound("unit", "Không tìm thấy đơn vị hành chính có mã " + code + "."));
		requireReadable(caller, unit.code());
		List<String> periods = (periodText == null || periodText.isBlank()) ? List.of()
				: ReportingPeriod.parse(periodText, "period").withPeriodsInside().stream().map(ReportingPeriod::toString).toList();
		return this.store.progressReports(unit.code(), periods);
	}

	PlanViews.Annual annual(Caller caller, String districtCode, String yearText) {
		caller.require(READERS);
		AdministrativeUnit district = district(districtCode);
		int year = year(yearText);
		requireReadable(caller, district.code());
		return view(this.store.annual(district.code(), year).orElse(AnnualReport.notSubmitted(district.code(), year)));
	}

	PlanViews.Annual submitAnnual(Caller caller, String districtCode, String yearText, PlanRequests.Submission request,
			@Nullable Long ifMatch) {
		caller.require(Role.DISTRICT_OFFICER);
		AdministrativeUnit district = district(districtCode);
		int year = year(yearText);
		caller.requireWithin(district.code(), Role.DISTRICT_OFFICER);
		if (request.summary() != null && request.summary().length() > MAX_SUMMARY) {
			throw new InvalidRequestException("summary", "Báo cáo tóm tắt tối đa " + MAX_SUMMARY + " ký tự.");
		}
		return change(district.code(), year, ifMatch,
				(report) -> report.submit((request.summary() != null) ? request.summary().strip() : null,
						caller.subject(), now()));
	}

	PlanViews.Annual approveAnnual(Caller caller, String districtCode, String yearText, @Nullable Long ifMatch) {
		caller.require(Role.PROVINCE_ADMIN);
		AdministrativeUnit district = district(districtCode);
		int year = year(yearText);
		caller.requireWithin(district.code(), Role.PROVINCE_ADMIN);
		return change(district.code(), year, ifMatch, (report) -> report.approve(caller.subject(), now()));
	}

	PlanViews.Annual returnAnnual(Caller caller, String districtCode, String yearText, PlanRequests.Return request,
			@Nullable Long ifMatch) {
		caller.require(Role.PROVINCE_ADMIN);
		AdministrativeUnit district = district(districtCode);
		int year = year(yearText);
		caller.requireWithin(district.code(), Role.PROVINCE_ADMIN);
		String reason = (request.reason() != null) ? request.reason().strip() : "";
		if (reason.isEmpty() || reason.length() > MAX_REASON) {
			throw new InvalidRequestException("reason",
					"Cần ghi lý do trả lại báo cáo (tối đa " + MAX_REASON + " ký tự).");
		}
		return change(district.code(), year, ifMatch, (report) -> report.returnWith(reason, caller.subject(), now()));
	}

	PlanViews.Completeness completeness(Caller caller, @Nullable String periodText, @Nullable String unitCode) {
		caller.require(Role.PROVINCE_ADMIN, Role.ANALYST);
		if (periodText == null || periodText.isBlank()) {
			throw Problems.badRequest("period", "Cần chọn năm báo cáo (tham số period, ví dụ 2026).");
		}
		ReportingPeriod period = ReportingPeriod.parse(periodText, "period");
		if (period.kind() != ReportingPeriod.Kind.YEAR) {
			throw Problems.badRequest("period", "Báo cáo năm chỉ tính theo năm (ví dụ 2026), không phải '" + periodText + "'.");
		}
		String code = (unitCode != null && !unitCode.isBlank()) ? unitCode
				: (caller.unit() != null) ? this.units.ancestorAt(caller.unit(), UnitLevel.PROVINCE)
					.map(AdministrativeUnit::code)
					.orElse(caller.unit()) : null;
		AdministrativeUnit province = (code != null) ? this.units.find(code).orElse(null) : null;
		if (province == null || province.level() != UnitLevel.PROVINCE) {
			throw Problems.notFound("unit", "Không tìm thấy tỉnh có mã " + code + ".");
		}
		if (caller.is(Role.PROVINCE_ADMIN)) {
			caller.requireWithin(province.code(), Role.PROVINCE_ADMIN);
		}
		return completenessOf(province, period);
	}

	private PlanViews.Completeness completenessOf(AdministrativeUnit province, ReportingPeriod period) {
		List<AdministrativeUnit> districts = this.units.children(province.code())
			.stream()
			.sorted(Comparator.comparing(AdministrativeUnit::code))
			.toList();
		Map<String, AnnualReport> reports = this.store
			.annualReports(districts.stream().map(AdministrativeUnit::code).toList(), period.year())
			.stream()
			.collect(Collectors.toMap(AnnualReport::districtCode, Function.identity()));
		List<PlanViews.DistrictStatus> statuses = districts.stream().map((district) -> {
			AnnualReport report = reports.getOrDefault(district.code(), AnnualReport.notSubmitted(district.code(), period.year()));
			return new PlanViews.DistrictStatus(PlanViews.UnitRef.of(district), report.status(), submitted(report),
					report.firstSubmittedAt(), late(report), report.returnReason());
		}).toList();
		int submitted = (int) statuses.stream().filter(PlanViews.DistrictStatus::submitted).count();
		int late = (int) statuses.stream().filter(PlanViews.DistrictStatus::late).count();
		return new PlanViews.Completeness(period.toString(), PlanViews.UnitRef.of(province),
				this.properties.dueDate(period.year()), now(), submitted, statuses.size() - submitted, late, statuses);
	}

	/**
	 * What the annual report workbook of a district or the province holds. The district's officers,
	 * the province's administrators and analysts may export it.
	 */
	AnnualReportWorkbook.Content workbook(Caller caller, String unitCode, String yearText) {
		caller.require(Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.ANALYST);
		AdministrativeUnit unit = this.units.find(unitCode)
			.orElseThrow(() -> Problems.notFound("unit", "Không tìm thấy đơn vị hành chính có mã " + unitCode + "."));
		if (unit.level() == UnitLevel.COMMUNE) {
			throw Problems.badRequest("unit", "Báo cáo năm là của cấp huyện hoặc cấp tỉnh; " + unit.name()
					+ " là đơn vị cấp xã.");
		}
		int year = year(yearText);
		if (!caller.is(Role.ANALYST)) {
			caller.requireWithin(unit.code(), Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER);
		}
		ReportingPeriod period = ReportingPeriod.year(year);
		boolean province = unit.level() == UnitLevel.PROVINCE;
		PlanViews.Annual annual = province ? null
				: view(this.store.annual(unit.code(), year).orElse(AnnualReport.notSubmitted(unit.code(), year)));
		List<String> periods = period.withPeriodsInside().stream().map(ReportingPeriod::toString).toList();
		return new AnnualReportWorkbook.Content(unit, year, annual, province ? completenessOf(unit, period) : null,
				this.indicators.of(unit.code(), period.toString()), this.store.progressReports(unit.code(), periods),
				this.tasks, this.properties.zone(), now(), this.funding.rollupOf(unit, year),
				this.inspections.of(unit, year));
	}

	private PlanViews.Annual change(String districtCode, int year, @Nullable Long ifMatch,
			Function<AnnualReport, AnnualReport> step) {
		AnnualReport current = this.store.annual(districtCode, year).orElse(AnnualReport.notSubmitted(districtCode, year));
		if (ifMatch != null && ifMatch != current.version()) {
			throw new StaleVersionException(current.id(), ifMatch);
		}
		return view(this.store.save(step.apply(current), current.version()));
	}

	private PlanViews.Annual view(AnnualReport report) {
		AdministrativeUnit district = this.units.find(report.districtCode()).orElseThrow();
		return new PlanViews.Annual(PlanViews.UnitRef.of(district), report.year(), report.status(),
				this.properties.dueDate(report.year()), late(report), report.summary(), report.firstSubmittedAt(),
				report.submittedAt(), report.submittedBy(), report.decidedAt(), report.decidedBy(), report.returnReason(),
				report.history(), report.version());
	}

	private static boolean submitted(AnnualReport report) {
		return report.status() == AnnualReport.Status.SUBMITTED || report.status() == AnnualReport.Status.APPROVED;
	}

	/** First submitted after the due day (in the province's time zone), or not submitted and the day has passed. */
	boolean late(AnnualReport report) {
		LocalDate due = this.properties.dueDate(report.year());
		Instant first = report.firstSubmittedAt();
		LocalDate day = (first != null) ? first.atZone(this.properties.zone()).toLocalDate()
				: LocalDate.now(this.clock.withZone(this.properties.zone()));
		return day.isAfter(due);
	}

	private void requireReadable(Caller caller, String unitCode) {
		if (!caller.is(Role.ANALYST)) {
			caller.requireWithin(unitCode, WRITERS);
		}
	}

	private AdministrativeUnit district(String code) {
		AdministrativeUnit unit = this.units.find(code)
			.orElseThrow(() -> Problems.notFound("district", "Không tìm thấy đơn vị hành chính có mã " + code + "."));
		if (unit.level() != UnitLevel.DISTRICT) {
			throw Problems.badRequest("district", "Báo cáo năm là của cấp huyện; " + unit.name() + " không phải đơn vị cấp huyện.");
		}
		return unit;
	}

	/** A year of the scheme from a path or query parameter; 400 naming {@code year} otherwise. */
	static int year(String text) {
		if (text.matches("\\d{4}")) {
			int year = Integer.parseInt(text);
			if (year >= FIRST_YEAR && year <= LAST_YEAR) {
				return year;
			}
		}
		throw Problems.badRequest("year", "Năm báo cáo phải từ " + FIRST_YEAR + " đến " + LAST_YEAR + ", không phải '" + text + "'.");
	}

	private static boolean isWebLink(@Nullable String text) {
		if (text == null || text.length() > 2000) {
			return false;
		}
		try {
			URI uri = new URI(text);
			return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

}
