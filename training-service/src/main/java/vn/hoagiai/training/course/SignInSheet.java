package vn.hoagiai.training.course;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.sheet.Sheets;
import vn.hoagiai.kit.sheet.UnreadableSheetException;

/**
 * A sign-in sheet (danh sách ký tên) as a CSV file or an Excel workbook (.xlsx, first sheet), read by
 * {@link Sheets}: a
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
	 * Reads a sheet, CSV or Excel as its content shows (never its name).
	 * @throws InvalidRequestException (field {@code file}) when the file cannot be read as a sheet
	 */
	static Parsed read(byte[] content) {
		List<Sheets.SheetRow> rows;
		try {
			rows = Sheets.read(content, null, MAX_ROWS);
		}
		catch (UnreadableSheetException ex) {
			throw new InvalidRequestException("file", ex.getMessage());
		}
		if (rows.isEmpty()) {
			throw new InvalidRequestException("file", "Tệp không có dữ liệu");
		}
		List<String> header = rows.get(0).cells();
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
		List<Line> lines = new ArrayList<>();
		for (Sheets.SheetRow row : rows.subList(1, rows.size())) {
			lines.add(new Line(row.number(), row.cell(mediator), row.cell(session)));
		}
		return new Parsed(header.get(mediator).strip(), header.get(session).strip(), lines);
	}

	/** Lower case, no diacritics, no spaces or punctuation: "Mã hòa giải viên" → "mahoagiaivien". */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

}
