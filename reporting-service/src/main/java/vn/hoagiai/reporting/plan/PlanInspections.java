package vn.hoagiai.reporting.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.kit.outbox.StaleVersionException;
import vn.hoagiai.kit.problem.FieldProblem;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;
import vn.hoagiai.reporting.web.Problems;

/**
 * Inspections, surveys and supervisions of how units carry out the plan (task 9): who may record
 * them, the rules they keep, and the follow-up of their recommendations.
 */
@Component
class PlanInspections {

	/** Who records an inspection: the province for any unit, a district's officers for its communes. */
	static final Role[] INSPECTORS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER };

	static final int MAX_FINDINGS = 10000;

	static final int MAX_RECOMMENDATIONS = 50;

	static final int MAX_RECOMMENDATION = 2000;

	static final int MAX_NOTE = 2000;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final PlanStore store;

	private final AdministrativeUnits units;

	private final PlanProperties properties;

	private final Clock clock;

	@Autowired
	PlanInspections(PlanStore store, AdministrativeUnits units, PlanProperties properties) {
		this(store, units, properties, Clock.systemUTC());
	}

	PlanInspections(PlanStore store, AdministrativeUnits units, PlanProperties properties, Clock clock) {
		this.store = store;
		this.units = units;
		this.properties = properties;
		this.clock = clock;
	}

	/** Records an inspection; the inspecting unit must lie in the caller's scope and above the inspected unit. */
	PlanViews.Inspection create(Caller caller, PlanRequests.Inspection request) {
		caller.require(INSPECTORS);
		List<FieldProblem> problems = new ArrayList<>();
		AdministrativeUnit inspected = unit(request.inspectedUnitCode(), "inspectedUnitCode", "đơn vị được kiểm tra",
				problems);
		AdministrativeUnit inspecting = unit(request.inspectingUnitCode(), "inspectingUnitCode", "đơn vị kiểm tra",
				problems);
		if (inspected != null && inspecting != null && !isAbove(inspecting, inspected)) {
			problems.add(new FieldProblem("inspectingUnitCode", "Đơn vị kiểm tra phải là đơn vị cấp trên của "
					+ inspected.name() + "; " + inspecting.name() + " không phải."));
		}
		LocalDate date = inspectionDate(request.date(), problems);
		Inspection.Kind kind = null;
		if (request.kind() == null || request.kind().isBlank()) {
			problems.add(new FieldProblem("kind", "Cần ghi hình thức: " + kinds() + "."));
		}
		else {
			kind = Arrays.stream(Inspection.Kind.values())
				.filter((k) -> k.name().equals(request.kind().strip()))
				.findFirst()
				.orElse(null);
			if (kind == null) {
				problems.add(new FieldProblem("kind", "Hình thức '" + request.kind() + "' không hợp lệ; chọn một trong: "
						+ kinds() + "."));
			}
		}
		String findings = (request.findings() != null) ? request.findings().strip() : "";
		if (findings.isEmpty()) {
			problems.add(new FieldProblem("findings", "Cần ghi kết quả kiểm tra, khảo sát (không được để trống)."));
		}
		else if (findings.length() > MAX_FINDINGS) {
			problems.add(new FieldProblem("findings", "Kết quả kiểm tra tối đa " + MAX_FINDINGS + " ký tự."));
		}
		List<String> recommendations = new ArrayList<>();
		List<String> given = (request.recommendations() != null) ? request.recommendations() : List.of();
		if (given.size() > MAX_RECOMMENDATIONS) {
			problems.add(new FieldProblem("recommendations", "Tối đa " + MAX_RECOMMENDATIONS + " kiến nghị."));
		}
		for (int i = 0; i < given.size(); i++) {
			String text = (given.get(i) != null) ? given.get(i).strip() : "";
			if (text.isEmpty() || text.length() > MAX_RECOMMENDATION) {
				problems.add(new FieldProblem("recommendations[" + i + "]",
						"Kiến nghị không được để trống và tối đa " + MAX_RECOMMENDATION + " ký tự."));
			}
			recommendations.add(text);
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		caller.requireWithin(inspecting.code(), INSPECTORS);
		Inspection inspection = Inspection.recorded(UUID.randomUUID().toString(), inspected.code(), lineage(inspected),
				inspecting.code(), date, kind, findings, recommendations, caller.subject(), this.clock.instant());
		return view(this.store.save(inspection, 0));
	}

	PlanViews.Inspection inspection(Caller caller, String id) {
		return view(readable(caller, id));
	}

	/** The inspections of a unit and the units below it, of a year or of every year. */
	List<PlanViews.Inspection> inspections(Caller caller, @Nullable String unitCode, @Nullable String yearText) {
		caller.require(PlanReports.READERS);
		String code = (unitCode != null && !unitCode.isBlank()) ? unitCode.strip() : caller.unit();
		if (code == null) {
			throw Problems.badRequest("unit", "Cần chọn đơn vị (tham số unit).");
		}
		AdministrativeUnit unit = this.units.find(code)
			.orElseThrow(() -> Problems.notFound("unit", "Không tìm thấy đơn vị hành chính có mã " + code + "."));
		Integer year = (yearText == null || yearText.isBlank()) ? null : PlanReports.year(yearText.strip());
		requireReadable(caller, unit.code());
		return this.store.inspections(unit.code(), year).stream().map(this::view).toList();
	}

	/** The inspections of a unit and the units below it in a year (no check of the caller: the workbook's). */
	List<PlanViews.Inspection> of(AdministrativeUnit unit, int year) {
		return this.store.inspections(unit.code(), year).stream().map(this::view).toList();
	}

	/**
	 * Records how recommendation {@code number} (from 1) has been followed up: the officers of the
	 * inspected unit and of the units above it (the inspector among them) may.
	 */
	PlanViews.Inspection followUp(Caller caller, String id, int number, PlanRequests.FollowUp request,
			@Nullable Long ifMatch) {
		caller.require(PlanReports.WRITERS);
		Inspection current = this.store.inspection(id)
			.orElseThrow(() -> Problems.notFound("id", "Không có cuộc kiểm tra, khảo sát " + id + "."));
		caller.requireWithin(current.inspectedUnitCode(), PlanReports.WRITERS);
		current.requireRecommendation(number);
		List<FieldProblem> problems = new ArrayList<>();
		Inspection.FollowUp status = null;
		if (request.status() == null || request.status().isBlank()) {
			problems.add(new FieldProblem("status", "Cần ghi tình trạng thực hiện kiến nghị: " + statuses() + "."));
		}
		else {
			status = Arrays.stream(Inspection.FollowUp.values())
				.filter((s) -> s.name().equals(request.status().strip()))
				.findFirst()
				.orElse(null);
			if (status == null) {
				problems.add(new FieldProblem("status", "Tình trạng '" + request.status() + "' không hợp lệ; chọn một trong: "
						+ statuses() + "."));
			}
		}
		if (request.note() != null && request.note().length() > MAX_NOTE) {
			problems.add(new FieldProblem("note", "Ghi chú tối đa " + MAX_NOTE + " ký tự."));
		}
		LocalDate date = today();
		if (request.date() != null && !request.date().isBlank()) {
			date = parse(request.date(), "date", "Ngày cập nhật", problems).orElse(null);
			if (date != null && date.isAfter(today())) {
				problems.add(new FieldProblem("date",
						"Ngày cập nhật không được ở tương lai (hôm nay là " + DAY.format(today()) + ")."));
			}
			else if (date != null && date.isBefore(current.date())) {
				problems.add(new FieldProblem("date",
						"Ngày cập nhật không được trước ngày kiểm tra " + DAY.format(current.date()) + "."));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		if (ifMatch != null && ifMatch != current.version()) {
			throw new StaleVersionException(current.id(), ifMatch);
		}
		String note = (request.note() != null && !request.note().isBlank()) ? request.note().strip() : null;
		Inspection changed = current.followUp(number, status, note, date, caller.subject(), this.clock.instant());
		return view(this.store.save(changed, current.version()));
	}

	private Inspection readable(Caller caller, String id) {
		caller.require(PlanReports.READERS);
		Inspection inspection = this.store.inspection(id)
			.orElseThrow(() -> Problems.notFound("id", "Không có cuộc kiểm tra, khảo sát " + id + "."));
		requireReadable(caller, inspection.inspectedUnitCode());
		return inspection;
	}

	private @Nullable LocalDate inspectionDate(@Nullable String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem("date", "Cần ghi ngày kiểm tra, khảo sát (dạng yyyy-MM-dd, ví dụ 2026-05-12)."));
			return null;
		}
		LocalDate date = parse(text, "date", "Ngày kiểm tra", problems).orElse(null);
		if (date == null) {
			return null;
		}
		if (date.getYear() < PlanReports.FIRST_YEAR || date.getYear() > PlanReports.LAST_YEAR) {
			problems.add(new FieldProblem("date",
					"Ngày kiểm tra phải thuộc giai đoạn " + PlanReports.FIRST_YEAR + " - " + PlanReports.LAST_YEAR + "."));
			return null;
		}
		if (date.isAfter(today())) {
			problems.add(new FieldProblem("date",
					"Ngày kiểm tra không được ở tương lai (hôm nay là " + DAY.format(today()) + ")."));
			return null;
		}
		return date;
	}

	private static Optional<LocalDate> parse(String text, String field, String what, List<FieldProblem> problems) {
		try {
			return Optional.of(LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, what + " phải có dạng yyyy-MM-dd (ví dụ 2026-05-12), không phải '"
					+ text + "'."));
			return Optional.empty();
		}
	}

	private @Nullable AdministrativeUnit unit(@Nullable String code, String field, String what,
			List<FieldProblem> problems) {
		if (code == null || code.isBlank()) {
			problems.add(new FieldProblem(field, "Cần ghi mã " + what + "."));
			return null;
		}
		AdministrativeUnit unit = this.units.find(code.strip()).orElse(null);
		if (unit == null) {
			problems.add(new FieldProblem(field, "Không có đơn vị hành chính mã " + code + "."));
		}
		return unit;
	}

	/** Whether {@code upper} is a unit above {@code lower} (not the unit itself). */
	private boolean isAbove(AdministrativeUnit upper, AdministrativeUnit lower) {
		return !upper.code().equals(lower.code())
				&& this.units.lineage(lower.code()).stream().anyMatch((unit) -> unit.code().equals(upper.code()));
	}

	private PlanViews.Inspection view(Inspection inspection) {
		List<PlanViews.Recommendation> recommendations = new ArrayList<>();
		for (int i = 0; i < inspection.recommendations().size(); i++) {
			Inspection.Recommendation r = inspection.recommendations().get(i);
			recommendations.add(new PlanViews.Recommendation(i + 1, r.text(), r.status(), r.note(), r.date(),
					r.updatedBy(), r.updatedAt()));
		}
		return new PlanViews.Inspection(inspection.id(), ref(inspection.inspectedUnitCode()),
				ref(inspection.inspectingUnitCode()), inspection.date(), inspection.year(), inspection.kind(),
				inspection.findings(), recommendations, inspection.recordedBy(), inspection.recordedAt(),
				inspection.version());
	}

	private PlanViews.UnitRef ref(String code) {
		return this.units.find(code)
			.map(PlanViews.UnitRef::of)
			.orElse(new PlanViews.UnitRef(code, code, vn.hoagiai.contracts.units.UnitLevel.COMMUNE));
	}

	private List<String> lineage(AdministrativeUnit unit) {
		return this.units.lineage(unit.code()).stream().map(AdministrativeUnit::code).toList();
	}

	private static void requireReadable(Caller caller, String unitCode) {
		if (!caller.is(Role.ANALYST)) {
			caller.requireWithin(unitCode, PlanReports.WRITERS);
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.properties.zone()));
	}

	private static String kinds() {
		return Arrays.stream(Inspection.Kind.values())
			.map((k) -> k.name() + " (" + k.label().toLowerCase(java.util.Locale.forLanguageTag("vi")) + ")")
			.collect(Collectors.joining(", "));
	}

	private static String statuses() {
		return Arrays.stream(Inspection.FollowUp.values())
			.map((s) -> s.name() + " (" + s.label().toLowerCase(java.util.Locale.forLanguageTag("vi")) + ")")
			.collect(Collectors.joining(", "));
	}

}
