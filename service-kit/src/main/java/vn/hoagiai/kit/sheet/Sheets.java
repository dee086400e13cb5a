package vn.hoagiai.kit.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

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
import org.jspecify.annotations.Nullable;

/**
 * Reads the rows of a spreadsheet people uploaded: an Excel workbook (.xlsx) or a CSV file (UTF-8,
 * comma or semicolon separated), recognised by its content, never by its name. Cells come as the text
 * people typed: dates as dd/MM/yyyy, whole numbers without decimals.
 */
public final class Sheets {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Sheets() {
	}

	/**
	 * One row.
	 *
	 * @param number the row's number as a spreadsheet program shows it (the first row is 1)
	 * @param cells its cells, trimmed, blank as empty text
	 */
	public record SheetRow(int number, List<String> cells) {

		public String cell(int index) {
			return (index >= 0 && index < this.cells.size()) ? this.cells.get(index) : "";
		}

		public boolean blank() {
			return this.cells.stream().allMatch(String::isEmpty);
		}

	}

	/**
	 * The rows of a file, the heading first; wholly blank rows are left out.
	 *
	 * @param sheetName the workbook's sheet to read if it has one of that name (otherwise the first)
	 * @param maxRows the most rows a file may hold, heading excluded
	 * @throws UnreadableSheetException when the file is neither format, is broken, or is too long
	 */
	public static List<SheetRow> read(byte[] content, @Nullable String sheetName, int maxRows) {
		if (content.length == 0) {
			throw new UnreadableSheetException("Tệp rỗng.");
		}
		if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
			return workbook(content, sheetName, maxRows);
		}
		if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw new UnreadableSheetException(
					"Tệp Excel 97-2003 (.xls) không được hỗ trợ: hãy lưu lại thành Excel Workbook (.xlsx) hoặc CSV UTF-8.");
		}
		return csv(content, maxRows);
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

	private static List<SheetRow> workbook(byte[] content, @Nullable String sheetName, int maxRows) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				return List.of();
			}
			Sheet sheet = (sheetName != null && workbook.getSheet(sheetName) != null) ? workbook.getSheet(sheetName)
					: workbook.getSheetAt(0);
			if (sheet.getLastRowNum() - sheet.getFirstRowNum() > maxRows) {
				throw tooLong(maxRows);
			}
			DataFormatter formatter = new DataFormatter();
			List<SheetRow> rows = new ArrayList<>();
			for (int r = Math.max(0, sheet.getFirstRowNum()); r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
						cells.add(text(row.getCell(c), formatter));
					}
				}
				SheetRow sheetRow = new SheetRow(r + 1, cells);
				if (!sheetRow.blank()) {
					rows.add(sheetRow);
				}
			}
			return rows;
		}
		catch (UnreadableSheetException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableSheetException("Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không đúng định dạng.");
		}
	}

	private static String text(@Nullable Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().format(DATE);
		}
		if (type == CellType.NUMERIC) {
			double number = cell.getNumericCellValue();
			if (number == Math.rint(number) && Math.abs(number) < 1e15) {
				return String.valueOf((long) number);
			}
		}
		return formatter.formatCellValue(cell).strip();
	}

	private static List<SheetRow> csv(byte[] content, int maxRows) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableSheetException(
					"Tệp không phải Excel (.xlsx) hay CSV mã hóa UTF-8: hãy dùng tệp mẫu hoặc lưu lại dưới dạng CSV UTF-8.");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.indexOf('\0') >= 0) {
			throw new UnreadableSheetException("Tệp không phải Excel (.xlsx) hay CSV: hãy dùng tệp mẫu.");
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = (count(firstLine, ';') > count(firstLine, ',')) ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<SheetRow> rows = new ArrayList<>();
			int line = 1;
			for (CSVRecord record : parser) {
				SheetRow row = new SheetRow(line, record.toList().stream().map(String::strip).toList());
				line = (int) parser.getCurrentLineNumber() + 1;
				if (row.blank()) {
					continue;
				}
				if (rows.size() > maxRows) {
					throw tooLong(maxRows);
				}
				rows.add(row);
			}
			return rows;
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new UnreadableSheetException("Không đọc được tệp CSV: " + ex.getMessage());
		}
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter((ch) -> ch == c).count();
	}

	private static UnreadableSheetException tooLong(int maxRows) {
		return new UnreadableSheetException("Tệp có quá " + maxRows + " dòng: hãy chia thành nhiều tệp.");
	}

}
