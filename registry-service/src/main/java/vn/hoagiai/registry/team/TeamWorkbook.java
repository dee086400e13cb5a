package vn.hoagiai.registry.team;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.contracts.units.AdministrativeUnit;

/**
 * The teams-and-mediators sheet as a file: the import template (with a guide and the communes the
 * caller may import for) and the export of a list, both in the columns of {@link SheetColumn}, so an
 * exported list can be corrected and read back.
 */
final class TeamWorkbook {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String GUIDE_SHEET = "Hướng dẫn";

	static final String COMMUNES_SHEET = "Danh mục xã";

	/** Extra columns of an export, after the sheet's own; an import ignores them. */
	static final List<String> EXPORT_COLUMNS = List.of("Mã tổ hòa giải", "Đủ số lượng, thành phần (Điều 12)",
			"Lý do chưa đủ");

	/** Rows the template's drop-down lists cover. */
	private static final int TEMPLATE_ROWS = 20_000;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private TeamWorkbook() {
	}

	/**
	 * An empty sheet to fill in, with drop-down lists, a guide, and the communes (code, name, district).
	 *
	 * @param communes the communes the caller may import teams for
	 * @param districtName the name of a commune's district
	 */
	static byte[] template(List<AdministrativeUnit> communes, Function<AdministrativeUnit, String> districtName) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = bold(workbook);
			Sheet sheet = workbook.createSheet(SheetRows.SHEET_NAME);
			headings(sheet, bold, List.of());
			Sheet list = workbook.createSheet(COMMUNES_SHEET);
			Row listHeading = list.createRow(0);
			String[] listColumns = { "Mã xã", "Tên xã, phường, thị trấn", "Huyện, thị xã, thành phố" };
			for (int i = 0; i < listColumns.length; i++) {
				listHeading.createCell(i).setCellValue(listColumns[i]);
				listHeading.getCell(i).setCellStyle(bold);
				list.setColumnWidth(i, (i == 0 ? 10 : 36) * 256);
			}
			for (int i = 0; i < communes.size(); i++) {
				Row row = list.createRow(i + 1);
				row.createCell(0).setCellValue(communes.get(i).code());
				row.createCell(1).setCellValue(communes.get(i).name());
				row.createCell(2).setCellValue(districtName.apply(communes.get(i)));
			}
			DataValidationHelper validations = sheet.getDataValidationHelper();
			choose(sheet, validations, SheetColumn.GENDER, "Nam", "Nữ");
			for (SheetColumn column : List.of(SheetColumn.MANY_ETHNIC_MINORITY_RESIDENTS, SheetColumn.LEADER)) {
				choose(sheet, validations, column, "Có", "Không");
			}
			if (!communes.isEmpty()) {
				DataValidation commune = validations.createValidation(
						validations.createFormulaListConstraint(
								"'" + COMMUNES_SHEET + "'!$A$2:$A$" + (communes.size() + 1)),
						rows(SheetColumn.COMMUNE_CODE));
				commune.setShowErrorBox(true);
				commune.createErrorBox("Mã xã", "Chọn mã xã trong trang Danh mục xã.");
				sheet.addValidationData(commune);
			}
			guide(workbook.createSheet(GUIDE_SHEET), bold);
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The template as CSV: the heading line, UTF-8 with a byte order mark so Excel reads the diacritics. */
	static byte[] csvTemplate() {
		StringBuilder text = new StringBuilder("\uFEFF");
		try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
			for (SheetColumn column : SheetColumn.values()) {
				printer.print(column.heading());
			}
			printer.println();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Writes teams with their serving mediators, one mediator a row (a team without any gets one row).
	 *
	 * @param pages the teams, a page at a time, until an empty page
	 * @param personal whether the caller may see a team's birth years and ethnicities
	 */
	static void export(Function<Integer, List<MediationTeam>> pages, Function<MediationTeam, Boolean> personal,
			OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet(SheetRows.SHEET_NAME);
			headings(sheet, bold(workbook), EXPORT_COLUMNS);
			int r = 1;
			List<MediationTeam> page;
			for (int p = 0; !(page = pages.apply(p)).isEmpty(); p++) {
				for (MediationTeam team : page) {
					List<TeamMediator> serving = team.serving();
					boolean mayShow = personal.apply(team);
					for (int m = 0; m < Math.max(1, serving.size()); m++) {
						Row row = sheet.createRow(r++);
						write(row, team, m < serving.size() ? serving.get(m) : null, mayShow);
					}
				}
			}
			workbook.write(out);
		}
	}

	private static void write(Row row, MediationTeam team, TeamMediator mediator, boolean personal) {
		String[] values = new String[SheetColumn.values().length + EXPORT_COLUMNS.size()];
		values[SheetColumn.COMMUNE_CODE.ordinal()] = team.communeCode();
		values[SheetColumn.VILLAGE.ordinal()] = team.villageName();
		values[SheetColumn.TEAM_NAME.ordinal()] = team.name();
		values[SheetColumn.MANY_ETHNIC_MINORITY_RESIDENTS.ordinal()] = yesNo(team.manyEthnicMinorityResidents());
		if (mediator != null) {
			values[SheetColumn.FULL_NAME.ordinal()] = mediator.fullName();
			values[SheetColumn.GENDER.ordinal()] = (mediator.gender() == Gender.FEMALE) ? "Nữ" : "Nam";
			values[SheetColumn.BIRTH_YEAR.ordinal()] = personal ? String.valueOf(mediator.birthYear()) : null;
			values[SheetColumn.ETHNICITY.ordinal()] = personal ? mediator.ethnicity() : null;
			values[SheetColumn.LEADER.ordinal()] = yesNo(mediator.leader());
			values[SheetColumn.BACKGROUND.ordinal()] = String.join("; ", mediator.background());
			if (mediator.recognition() != null) {
				values[SheetColumn.RECOGNITION_NUMBER.ordinal()] = mediator.recognition().number();
				values[SheetColumn.RECOGNITION_DATE.ordinal()] = mediator.recognition().date().format(DATE);
			}
		}
		int extra = SheetColumn.values().length;
		values[extra] = team.id();
		values[extra + 1] = yesNo(team.compliance().compliant());
		values[extra + 2] = String.join("; ", team.compliance().reasons());
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null && !values[i].isEmpty()) {
				row.createCell(i).setCellValue(values[i]);
			}
		}
	}

	private static String yesNo(boolean value) {
		return value ? "Có" : "Không";
	}

	private static void headings(Sheet sheet, CellStyle bold, List<String> extra) {
		Row heading = sheet.createRow(0);
		int i = 0;
		for (SheetColumn column : SheetColumn.values()) {
			heading.createCell(i).setCellValue(column.heading());
			heading.getCell(i).setCellStyle(bold);
			sheet.setColumnWidth(i, Math.max(12, column.heading().length() + 4) * 256);
			i++;
		}
		for (String name : extra) {
			heading.createCell(i).setCellValue(name);
			heading.getCell(i).setCellStyle(bold);
			sheet.setColumnWidth(i, Math.max(12, name.length() + 4) * 256);
			i++;
		}
		sheet.createFreezePane(0, 1);
	}

	private static void guide(Sheet guide, CellStyle bold) {
		Row heading = guide.createRow(0);
		String[] columns = { "Cột", "Bắt buộc", "Cách điền" };
		for (int i = 0; i < columns.length; i++) {
			heading.createCell(i).setCellValue(columns[i]);
			heading.getCell(i).setCellStyle(bold);
		}
		int r = 1;
		for (SheetColumn column : SheetColumn.values()) {
			Row row = guide.createRow(r++);
			row.createCell(0).setCellValue(column.heading());
			row.createCell(1).setCellValue(yesNo(column.required()));
			row.createCell(2).setCellValue(column.hint());
		}
		r++;
		for (String note : List.of("Mỗi dòng là một hòa giải viên; các dòng cùng mã xã, thôn và tên tổ là một tổ hòa giải.",
				"Tổ hòa giải cần ít nhất 3 hòa giải viên, có hòa giải viên nữ, có tổ trưởng; có người dân tộc thiểu số nếu địa bàn có nhiều người dân tộc thiểu số (Điều 12 Luật Hòa giải ở cơ sở).",
				"Hãy kiểm tra thử trước khi nhập: mọi lỗi được liệt kê theo dòng và cột; tệp còn lỗi thì không có dòng nào được nhập.",
				"Cũng có thể nhập tệp CSV (UTF-8) có cùng dòng tiêu đề.")) {
			guide.createRow(r++).createCell(0).setCellValue(note);
		}
		guide.setColumnWidth(0, 34 * 256);
		guide.setColumnWidth(1, 10 * 256);
		guide.setColumnWidth(2, 90 * 256);
	}

	private static void choose(Sheet sheet, DataValidationHelper validations, SheetColumn column, String... values) {
		DataValidation validation = validations.createValidation(validations.createExplicitListConstraint(values),
				rows(column));
		validation.setShowErrorBox(true);
		validation.createErrorBox(column.heading(), "Chọn một trong: " + String.join(", ", values));
		sheet.addValidationData(validation);
	}

	private static CellRangeAddressList rows(SheetColumn column) {
		return new CellRangeAddressList(1, TEMPLATE_ROWS, column.ordinal(), column.ordinal());
	}

	private static CellStyle bold(Workbook workbook) {
		Font font = workbook.createFont();
		font.setBold(true);
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		return style;
	}

	private static byte[] bytes(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
