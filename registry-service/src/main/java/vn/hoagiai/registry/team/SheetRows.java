package vn.hoagiai.registry.team;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the rows of a teams-and-mediators sheet from an Excel workbook (.xlsx) or a CSV file (UTF-8,
 * comma or semicolon separated), recognised by their content, not by the file's name.
 */
final class SheetRows {

	/** The most rows one file may hold. */
	static final int MAX_ROWS = 200_000;

	/** The sheet the template names; other workbooks are read from their first sheet. */
	static final String SHEET_NAME = "Hòa giải viên";

	private SheetRows() {
	}

	/**
	 * One row of the sheet.
	 *
	 * @param number the row's number as the spreadsheet program shows it (the heading is row 1)
	 * @param values the row's values by column, trimmed, absent when blank
	 */
	record SheetRow(int number, Map<SheetColumn, String> values) {

		String get(SheetColumn column) {
			return this.values.getOrDefault(column, "");
		}

	}

	/**
	 * The rows of the file.
	 * @throws InvalidSheetException when the file is neither format, or its headings miss a column
	 */
	static List<SheetRow> read(byte[] content) {
		if (content.length == 0) {
			throw InvalidSheetException.ofFile("Tệp rỗng.");
		}
		if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
			return readWorkbook(content);
		}
		if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw InvalidSheetException.ofFile(
					"Tệp Excel 97-2003 (.xls) không được hỗ trợ: hãy lưu lại thành Excel Workbook (.xlsx) hoặc CSV UTF-8.");
		}
		return readCsv(content);
	}

	private static boolean startsWith(byte[] content, int... magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static List<SheetRow> readWorkbook(byte[] content) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheet(SHEET_NAME);
			if (sheet == null) {
				sheet = workbook.getSheetAt(0);
			}
			DataFormatter formatter = new DataFormatter();
			Row heading = sheet.getRow(sheet.getFirstRowNum());
			if (heading == null) {
				throw InvalidSheetException.ofFile("Trang tính không có dòng tiêu đề.");
			}
			List<String> headings = new ArrayList<>();
			for (int i = 0; i < heading.getLastCellNum(); i++) {
				Cell cell = heading.getCell(i);
				headings.add(cell == null ? "" : formatter.formatCellValue(cell));
			}
			Map<Integer, SheetColumn> columns = columns(headings);
			if (sheet.getLastRowNum() - sheet.getFirstRowNum() > MAX_ROWS) {
				throw tooMany();
			}
			List<SheetRow> rows = new ArrayList<>();
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<SheetColumn, String> values = new EnumMap<>(SheetColumn.class);
				columns.forEach((index, column) -> {
					String value = text(row.getCell(index), formatter);
					if (!value.isEmpty()) {
						values.put(column, value);
					}
				});
				if (!values.isEmpty()) {
					rows.add(new SheetRow(r + 1, values));
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidSheetException invalid) {
				throw invalid;
			}
			throw InvalidSheetException.ofFile("Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không đúng định dạng.");
		}
	}

	/** A cell's text; dates as dd/MM/yyyy and whole numbers without decimals, as people typed them. */
	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		}
		if (type == CellType.NUMERIC) {
			double number = cell.getNumericCellValue();
			if (number == Math.rint(number) && Math.abs(number) < 1e15) {
				return String.valueOf((long) number);
			}
		}
		return formatter.formatCellValue(cell).strip();
	}

	private static List<SheetRow> readCsv(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw InvalidSheetException.ofFile(
					"Tệp không phải Excel (.xlsx) hay CSV mã hóa UTF-8: hãy dùng tệp mẫu hoặc lưu lại dưới dạng CSV UTF-8.");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.indexOf('\0') >= 0) {
			throw InvalidSheetException.ofFile("Tệp không phải Excel (.xlsx) hay CSV: hãy dùng tệp mẫu.");
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = (count(firstLine, ';') > count(firstLine, ',')) ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).get();
		try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
			List<SheetRow> rows = new ArrayList<>();
			Map<Integer, SheetColumn> columns = null;
			for (CSVRecord record : parser) {
				if (columns == null) {
					columns = columns(record.toList());
					continue;
				}
				if (rows.size() >= MAX_ROWS) {
					throw tooMany();
				}
				Map<SheetColumn, String> values = new EnumMap<>(SheetColumn.class);
				for (Map.Entry<Integer, SheetColumn> column : columns.entrySet()) {
					if (column.getKey() < record.size() && !record.get(column.getKey()).isBlank()) {
						values.put(column.getValue(), record.get(column.getKey()).strip());
					}
				}
				if (!values.isEmpty()) {
					rows.add(new SheetRow((int) parser.getCurrentLineNumber(), values));
				}
			}
			if (columns == null) {
				throw InvalidSheetException.ofFile("Tệp không có dòng tiêu đề.");
			}
			return rows;
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException ex) {
			throw InvalidSheetException.ofFile("Không đọc được tệp CSV: " + ex.getMessage());
		}
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter((ch) -> ch == c).count();
	}

	private static InvalidSheetException tooMany() {
		return InvalidSheetException.ofFile("Tệp có quá " + MAX_ROWS + " dòng: hãy chia thành nhiều tệp.");
	}

	/** Which column each position holds; every required column must be there. */
	private static Map<Integer, SheetColumn> columns(List<String> headings) {
		Map<Integer, SheetColumn> columns = new java.util.LinkedHashMap<>();
		for (int i = 0; i < headings.size(); i++) {
			int index = i;
			SheetColumn.ofHeading(headings.get(i)).ifPresent((column) -> {
				if (!columns.containsValue(column)) {
					columns.put(index, column);
				}
			});
		}
		List<InvalidSheetException.RowProblem> missing = new ArrayList<>();
		for (SheetColumn column : SheetColumn.values()) {
			if (column.required() && !columns.containsValue(column)) {
				missing.add(new InvalidSheetException.RowProblem(1, column.heading(),
						"Thiếu cột “" + column.heading() + "” trong dòng tiêu đề."));
			}
		}
		if (!missing.isEmpty()) {
			throw new InvalidSheetException(missing);
		}
		return columns;
	}


}
