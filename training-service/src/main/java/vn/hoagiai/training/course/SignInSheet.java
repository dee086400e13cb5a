package vn.hoagiai.training.course;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.hoagiai.kit.problem.InvalidRequestException;

/**
 * A sign-in sheet (danh sách ký tên) as a CSV file or an Excel workbook (.xlsx, first sheet): a
 * header row, then one row per mediator and session. The columns are found by their header, in
 * English or Vietnamese, diacritics and case aside: {@code mediatorId} / {@code Mã hòa giải viên} and
 * {@code sessionId} / {@code Mã buổi}. Other columns (a name, a signature) are ignored: the service
 * keeps no names.
 */
final class SignInSheet {

	/** Most rows a sheet may have: a full course (500 mediators) over 10 sessions. */
	static final int MAX_ROWS = 5000;

	/** Largest sheet accepted: 5,000 rows of ids are far below it. */
	static final long MAX_BYTES = 2L * 1024 * 1024;

	static final String MEDIATOR = "mediatorId";

	static final String SESSION = "sessionId";

	private SignInSheet() {
	}

	/**
	 * One row of the sheet.
	 *
	 * @param row the row's number as the spreadsheet shows it (the header is row 1)
	 * @param mediatorId the mediator's id, blank when the cell is empty
	 * @param sessionId the session's id, blank when the cell is empty
	 */
	record Line(int row, String mediatorId, String sessionId) {
	}

	/**
	 * The rows of a sheet, with the headers of its two columns as written.
	 *
	 * @param mediatorHeader the header of the mediator column
	 * @param sessionHeader the header of the session column
	 * @param lines the rows below the header that are not entirely empty
	 */
	record Parsed(String mediatorHeader, String sessionHeader, List<Line> lines) {
	}

	/**
	 * Reads a sheet.
	 * @param filename the uploaded file's name, which says whether it is CSV or Excel
	 * @throws InvalidRequestException (field {@code file}) when the file cannot be read as a sheet
	 */
	static Parsed read(String filename, byte[] content) {
		String name = filename.toLowerCase(Locale.ROOT);
		List<List<String>> rows;
		if (name.endsWith(".xlsx")) {
			rows = excelRows(content);
		}
		else if (name.endsWith(".csv") || name.endsWith(".txt")) {
			rows = csvRows(content);
		}
		else {
			throw new InvalidRequestException("file", "Tệp phải là CSV (.csv) hoặc Excel (.xlsx)");
		}
		if (rows.isEmpty()) {
			throw new InvalidRequestException("file", "Tệp không có dữ liệu");
		}
		List<String> header = rows.get(0);
		int mediator = -1;
		int session = -1;
		for (int i = 0; i < header.size(); i++) {
			String folded = fold(header.get(i));
			if (folded.equals("mediatorid") || folded.equals("mahoagiaivien")) {
				mediator = i;
			}
			else if (folded.equals("sessionid") || folded.equals("mabuoi") || folded.equals("mabuoihoc")) {
				session = i;
			}
		}
		if (mediator < 0 || session < 0) {
			throw new InvalidRequestException("file",
					"Dòng tiêu đề phải có cột \"Mã hòa giải viên\" (mediatorId) và cột \"Mã buổi\" (sessionId)");
		}
		if (rows.size() - 1 > MAX_ROWS) {
			throw new InvalidRequestException("file", "Tệp có quá " + MAX_ROWS + " dòng");
		}
		List<Line> lines = new ArrayList<>();
		for (int r = 1; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			lines.add(new Line(r + 1, cell(row, mediator), cell(row, session)));
		}
		return new Parsed(header.get(mediator).strip(), header.get(session).strip(), lines);
	}

	private static String cell(List<String> row, int index) {
		return (index < row.size()) ? row.get(index).strip() : "";
	}

	/** Lower case, no diacritics, no spaces or punctuation: "Mã hòa giải viên" → "mahoagiaivien". */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	private static List<List<String>> excelRows(byte[] content) {
		List<List<String>> rows = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				return rows;
			}
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			if (sheet.getLastRowNum() > MAX_ROWS + 1) {
				throw new InvalidRequestException("file", "Tệp có quá " + MAX_ROWS + " dòng");
			}
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
						Cell cell = row.getCell(c);
						cells.add((cell == null) ? "" : formatter.formatCellValue(cell));
					}
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidRequestException invalid) {
				throw invalid;
			}
			throw new InvalidRequestException("file", "Không đọc được tệp Excel (.xlsx)");
		}
	}

	/** RFC 4180 CSV in UTF-8 (a byte order mark is skipped); comma or semicolon, as the header uses. */
	private static List<List<String>> csvRows(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new InvalidRequestException("file", "Tệp CSV phải được lưu với mã UTF-8");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int firstLineEnd = text.indexOf('\n');
		String firstLine = (firstLineEnd < 0) ? text : text.substring(0, firstLineEnd);
		char separator = (firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0) ? ';' : ',';
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == separator) {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				if (rows.size() > MAX_ROWS + 1) {
					throw new InvalidRequestException("file", "Tệp có quá " + MAX_ROWS + " dòng");
				}
			}
			else {
				field.append(c);
			}
		}
		if (!field.isEmpty() || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}

}
