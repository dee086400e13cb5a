package vn.hoagiai.reporting.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.UnitLevel;
import vn.hoagiai.reporting.indicator.IndicatorTable;
import vn.hoagiai.reporting.indicator.Indicators;

/**
 * The annual report of a district or of the province as a workbook (.xlsx), one sheet per section,
 * with Vietnamese headings: general information, indicators of the year, progress on the plan's tasks,
 * the plan's tasks themselves, for the province which districts have reported, then the year's
 * funding by source and the inspections of the unit and the units below it. Amounts and totals are
 * numbers, never text.
 */
final class AnnualReportWorkbook {

	static final String GENERAL = "Thông tin chung";

	static final String INDICATORS = "Chỉ tiêu";

	static final String PROGRESS = "Tiến độ nhiệm vụ";

	static final String TASKS = "Nhiệm vụ kế hoạch";

	static final String COMPLETENESS = "Tình hình nộp báo cáo";

	static final String FUNDING = "Kinh phí";

	static final String INSPECTIONS = "Kiểm tra, khảo sát";

	/** The label of the row of totals on the funding sheet. */
	static final String TOTAL = "Tổng cộng";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private AnnualReportWorkbook() {
	}

	/**
	 * What the workbook holds.
	 *
	 * @param unit the district or the province
	 * @param year the year
	 * @param annual the district's annual report, null for the province
	 * @param completeness which districts have reported, null for a district
	 * @param indicators the unit's indicators for the year
	 * @param progress the progress reports of the unit and the units below in the year
	 * @param tasks the plan
	 * @param zone the time zone times are shown in
	 * @param generatedAt when the workbook was made
	 * @param funding the funding of the unit and the units below it in the year, by source
	 * @param inspections the inspections of the unit and the units below it in the year
	 */
	record Content(AdministrativeUnit unit, int year, PlanViews.@Nullable Annual annual,
			PlanViews.@Nullable Completeness completeness, Indicators.UnitIndicators indicators,
			List<ProgressReport> progress, PlanTasks tasks, ZoneId zone, Instant generatedAt,
			PlanViews.FundingRollup funding, List<PlanViews.Inspection> inspections) {
	}

	static void write(Content content, OutputStream out) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle heading = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			heading.setFont(bold);
			heading.setWrapText(true);
			CellStyle wrapped = workbook.createCellStyle();
			wrapped.setWrapText(true);
			short grouped = workbook.createDataFormat().getFormat("#,##0");
			CellStyle amount = workbook.createCellStyle();
			amount.setDataFormat(grouped);
			CellStyle total = workbook.createCellStyle();
			total.setDataFormat(grouped);
			total.setFont(bold);
			Styles styles = new Styles(heading, wrapped, amount, total);
			general(workbook.createSheet(GENERAL), content, styles);
			table(workbook.createSheet(INDICATORS), IndicatorTable.HEADINGS, IndicatorTable.rows(content.indicators().indicators()),
					styles);
			progress(workbook.createSheet(PROGRESS), content, styles);
			tasks(workbook.createSheet(TASKS), content.tasks(), styles);
			if (content.completeness() != null) {
				completeness(workbook.createSheet(COMPLETENESS), content.completeness(), content.zone(), styles);
			}
			funding(workbook.createSheet(FUNDING), content.funding(), content.zone(), styles);
			inspections(workbook.createSheet(INSPECTIONS), content.inspections(), content.zone(), styles);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Headings, wrapped text, amounts in đồng ({@code 12,500,000} as the reader's Excel groups it), totals. */
	private record Styles(CellStyle heading, CellStyle wrapped, CellStyle amount, CellStyle total) {
	}

	private static void general(Sheet sheet, Content content, Styles styles) {
		List<List<@Nullable Object>> rows = new java.util.ArrayList<>();
		rows.add(List.of("Đơn vị", content.unit().name() + " (mã " + content.unit().code() + ")"));
		rows.add(List.of("Cấp", (content.unit().level() == UnitLevel.PROVINCE) ? "Cấp tỉnh" : "Cấp huyện"));
		rows.add(List.of("Năm báo cáo", content.year()));
		rows.add(List.of("Kế hoạch", content.tasks().plan().plan()));
		rows.add(List.of("Nội dung", content.tasks().plan().title()));
		PlanViews.Annual annual = content.annual();
		if (annual != null) {
			rows.add(List.of("Tình trạng báo cáo năm", annual.status().label()));
			rows.add(List.of("Hạn nộp", annual.dueDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
			rows.add(java.util.Arrays.asList("Nộp lần đầu", when(annual.firstSubmittedAt(), content.zone())));
			rows.add(java.util.Arrays.asList("Nộp muộn", (annual.firstSubmittedAt() != null || annual.late())
					? (annual.late() ? "Có" : "Không") : null));
			rows.add(java.util.Arrays.asList("Duyệt/trả lại lúc", when(annual.decidedAt(), content.zone())));
			rows.add(java.util.Arrays.asList("Lý do trả lại", annual.returnReason()));
			rows.add(java.util.Arrays.asList("Tóm tắt kết quả", annual.summary()));
		}
		rows.add(java.util.Arrays.asList("Số liệu tính đến", (content.indicators().asOf() != null)
				? when(content.indicators().asOf().eventTime(), content.zone()) : "Chưa có số liệu"));
		rows.add(List.of("Ngày lập", when(content.generatedAt(), content.zone())));
		int r = 0;
		for (List<@Nullable Object> cells : rows) {
			Row row = sheet.createRow(r++);
			set(row, 0, cells.get(0), styles.heading());
			set(row, 1, cells.get(1), styles.wrapped());
		}
		sheet.setColumnWidth(0, 28 * 256);
		sheet.setColumnWidth(1, 90 * 256);
	}

	private static void progress(Sheet sheet, Content content, Styles styles) {
		List<String> headings = List.of("Mã nhiệm vụ", "Nhiệm vụ", "Mã đơn vị", "Kỳ", "Tình trạng",
				"Tỷ lệ hoàn thành (%)", "Kết quả thực hiện", "Minh chứng", "Người báo cáo", "Thời điểm báo cáo");
		List<String> order = content.tasks().reportableCodes();
		List<List<@Nullable Object>> rows = content.progress()
			.stream()
			.sorted(java.util.Comparator.comparing((ProgressReport p) -> order.indexOf(p.task()))
				.thenComparing(ProgressReport::unitCode)
				.thenComparing(ProgressReport::period))
			.map((p) -> java.util.Arrays.<@Nullable Object>asList(p.task(), content.tasks().titleOf(p.task()).orElse(p.task()),
					p.unitCode(), p.period(), p.status().label(), p.percent(), p.narrative(), String.join("\n", p.evidence()),
					p.submittedBy(), when(p.submittedAt(), content.zone())))
			.toList();
		table(sheet, headings, rows, styles);
		sheet.setColumnWidth(1, 60 * 256);
		sheet.setColumnWidth(6, 60 * 256);
		sheet.setColumnWidth(7, 40 * 256);
	}

	private static void tasks(Sheet sheet, PlanTasks tasks, Styles styles) {
		List<String> headings = List.of("Mã", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện");
		List<List<@Nullable Object>> rows = new java.util.ArrayList<>();
		for (PlanTasks.Task task : tasks.plan().tasks()) {
			rows.add(java.util.Arrays.asList(task.code(), task.title(), join(task.lead()), join(task.coordinating()),
					task.timeFrame()));
			if (task.parts() != null) {
				for (PlanTasks.Part part : task.parts()) {
					rows.add(java.util.Arrays.asList(part.code(), part.title(), join(part.lead()), join(part.coordinating()),
							part.timeFrame()));
				}
			}
		}
		table(sheet, headings, rows, styles);
		sheet.setColumnWidth(1, 80 * 256);
		sheet.setColumnWidth(2, 30 * 256);
		sheet.setColumnWidth(3, 40 * 256);
	}

	private static void completeness(Sheet sheet, PlanViews.Completeness completeness, ZoneId zone, Styles styles) {
		List<String> headings = List.of("Mã đơn vị", "Đơn vị", "Tình trạng báo cáo năm", "Đã nộp", "Nộp lần đầu",
				"Muộn hạn (" + completeness.dueDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ")",
				"Lý do trả lại");
		List<List<@Nullable Object>> rows = completeness.districts()
			.stream()
			.map((d) -> java.util.Arrays.<@Nullable Object>asList(d.district().code(), d.district().name(),
					d.status().label(), d.submitted() ? "Có" : "Chưa", when(d.firstSubmittedAt(), zone),
					d.late() ? "Có" : "Không", d.returnReason()))
			.toList();
		table(sheet, headings, rows, styles);
		sheet.setColumnWidth(1, 30 * 256);
	}

	/**
	 * The funding by source (planned, spent, and the row of totals), then each unit's amounts: the
	 * totals are those of {@code GET /api/reporting/plan/funding?year=&under=}.
	 */
	private static void funding(Sheet sheet, PlanViews.FundingRollup funding, ZoneId zone, Styles styles) {
		List<String> headings = List.of("Mã nguồn", "Nguồn kinh phí", "Căn cứ", "Kinh phí kế hoạch (đồng)",
				"Kinh phí đã chi (đồng)", "Chi vượt kế hoạch");
		List<List<@Nullable Object>> rows = funding.totals()
			.stream()
			.map((source) -> java.util.Arrays.<@Nullable Object>asList(source.source().name(), source.label(),
					source.source().basis(), null, null, source.overspent() ? "Có" : "Không"))
			.toList();
		table(sheet, headings, rows, styles);
		int r = 1;
		for (PlanViews.SourceAmounts source : funding.totals()) {
			Row row = sheet.getRow(r++);
			set(row, 3, source.planned(), styles.amount());
			set(row, 4, source.spent(), styles.amount());
		}
		Row total = sheet.createRow(r++);
		set(total, 1, TOTAL, styles.heading());
		set(total, 3, funding.planned(), styles.total());
		set(total, 4, funding.spent(), styles.total());
		set(total, 5, (funding.spent() > funding.planned()) ? "Có" : "Không", styles.heading());
		r++;
		set(sheet.createRow(r++), 0, "Kinh phí theo đơn vị (" + funding.unit().name() + " và các đơn vị trực thuộc, năm "
				+ funding.year() + ")", styles.heading());
		List<String> unitHeadings = new java.util.ArrayList<>(List.of("Mã đơn vị", "Đơn vị"));
		for (PlanViews.SourceAmounts source : funding.totals()) {
			unitHeadings.add(source.label() + " - kế hoạch (đồng)");
			unitHeadings.add(source.label() + " - đã chi (đồng)");
		}
		unitHeadings.addAll(List.of("Tổng kế hoạch (đồng)", "Tổng đã chi (đồng)", "Ghi chú", "Người cập nhật",
				"Cập nhật lúc"));
		Row top = sheet.createRow(r++);
		for (int c = 0; c < unitHeadings.size(); c++) {
			set(top, c, unitHeadings.get(c), styles.heading());
		}
		if (funding.units().isEmpty()) {
			set(sheet.createRow(r), 0, "Chưa có đơn vị nào ghi số liệu kinh phí năm " + funding.year() + ".",
					styles.wrapped());
		}
		for (PlanViews.FundingRow unit : funding.units()) {
			Row row = sheet.createRow(r++);
			set(row, 0, unit.unit().code(), styles.wrapped());
			set(row, 1, unit.unit().name(), styles.wrapped());
			int c = 2;
			for (PlanViews.SourceAmounts source : unit.sources()) {
				set(row, c++, source.planned(), styles.amount());
				set(row, c++, source.spent(), styles.amount());
			}
			set(row, c++, unit.planned(), styles.amount());
			set(row, c++, unit.spent(), styles.amount());
			set(row, c++, unit.note(), styles.wrapped());
			set(row, c++, unit.updatedBy(), styles.wrapped());
			set(row, c, when(unit.updatedAt(), zone), styles.wrapped());
		}
		for (int c = 0; c < unitHeadings.size(); c++) {
			sheet.setColumnWidth(c, 22 * 256);
		}
		sheet.setColumnWidth(1, 40 * 256);
		sheet.setColumnWidth(2, 45 * 256);
	}

	/**
	 * One row per recommendation (one row for an inspection without any), then how many inspections,
	 * surveys and supervisions there were and how far their recommendations are carried out.
	 */
	private static void inspections(Sheet sheet, List<PlanViews.Inspection> inspections, ZoneId zone, Styles styles) {
		List<String> headings = List.of("Ngày", "Hình thức", "Mã đơn vị được kiểm tra", "Đơn vị được kiểm tra",
				"Đơn vị kiểm tra", "Kết quả kiểm tra, khảo sát", "Kiến nghị số", "Nội dung kiến nghị",
				"Tình trạng thực hiện", "Kết quả thực hiện kiến nghị", "Ngày cập nhật");
		DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		List<List<@Nullable Object>> rows = new java.util.ArrayList<>();
		for (PlanViews.Inspection inspection : inspections) {
			List<@Nullable Object> common = java.util.Arrays.asList(day.format(inspection.date()),
					inspection.kind().label(), inspection.inspectedUnit().code(), inspection.inspectedUnit().name(),
					inspection.inspectingUnit().name(), inspection.findings());
			if (inspection.recommendations().isEmpty()) {
				rows.add(common);
			}
			for (PlanViews.Recommendation recommendation : inspection.recommendations()) {
				List<@Nullable Object> row = new java.util.ArrayList<>(common);
				row.addAll(java.util.Arrays.asList(recommendation.number(), recommendation.text(),
						recommendation.status().label(), recommendation.note(),
						(recommendation.date() != null) ? day.format(recommendation.date()) : null));
				rows.add(row);
			}
		}
		table(sheet, headings, rows, styles);
		List<PlanViews.Recommendation> recommendations = inspections.stream()
			.flatMap((inspection) -> inspection.recommendations().stream())
			.toList();
		List<List<Object>> totals = new java.util.ArrayList<>();
		totals.add(List.of("Tổng số cuộc kiểm tra, khảo sát, giám sát", inspections.size()));
		for (Inspection.Kind kind : Inspection.Kind.values()) {
			totals.add(List.of("Số cuộc " + kind.label().toLowerCase(java.util.Locale.forLanguageTag("vi")),
					inspections.stream().filter((inspection) -> inspection.kind() == kind).count()));
		}
		totals.add(List.of("Tổng số kiến nghị", recommendations.size()));
		for (Inspection.FollowUp status : Inspection.FollowUp.values()) {
			totals.add(List.of("Kiến nghị " + status.label().toLowerCase(java.util.Locale.forLanguageTag("vi")),
					recommendations.stream().filter((recommendation) -> recommendation.status() == status).count()));
		}
		int r = rows.size() + 2;
		for (List<Object> line : totals) {
			Row row = sheet.createRow(r++);
			set(row, 0, line.get(0), styles.heading());
			set(row, 1, line.get(1), styles.total());
		}
		sheet.setColumnWidth(0, 24 * 256);
		sheet.setColumnWidth(3, 30 * 256);
		sheet.setColumnWidth(4, 30 * 256);
		sheet.setColumnWidth(5, 60 * 256);
		sheet.setColumnWidth(7, 50 * 256);
		sheet.setColumnWidth(9, 40 * 256);
	}

	private static void table(Sheet sheet, List<String> headings, List<List<@Nullable Object>> rows, Styles styles) {
		Row top = sheet.createRow(0);
		for (int c = 0; c < headings.size(); c++) {
			set(top, c, headings.get(c), styles.heading());
			sheet.setColumnWidth(c, 18 * 256);
		}
		sheet.createFreezePane(0, 1);
		int r = 1;
		for (List<@Nullable Object> cells : rows) {
			Row row = sheet.createRow(r++);
			for (int c = 0; c < cells.size(); c++) {
				set(row, c, cells.get(c), styles.wrapped());
			}
		}
	}

	private static void set(Row row, int column, @Nullable Object value, CellStyle style) {
		if (value == null) {
			return;
		}
		var cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value instanceof BigDecimal decimal) {
			cell.setCellValue(decimal.doubleValue());
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else {
			String text = value.toString();
			// A cell holds at most 32,767 characters; text starting with = is never a formula here.
			cell.setCellValue(text.length() > 32000 ? text.substring(0, 32000) : text);
		}
	}

	private static @Nullable String when(@Nullable Instant instant, ZoneId zone) {
		return (instant != null) ? WHEN.format(instant.atZone(zone)) : null;
	}

	private static @Nullable String join(@Nullable List<String> values) {
		return (values != null) ? String.join("; ", values) : null;
	}

}
