package vn.hoagiai.registry.team;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.hoagiai.kit.sheet.Sheets;
import vn.hoagiai.kit.sheet.UnreadableSheetException;

/**
 * Reads the rows of a teams-and-mediators sheet (an Excel workbook or a CSV file, recognised by its
 * content) into the columns of {@link SheetColumn}, whatever their order.
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
		List<Sheets.SheetRow> rows;
		try {
			rows = Sheets.read(content, SHEET_NAME, MAX_ROWS);
		}
		catch (UnreadableSheetException ex) {
			throw InvalidSheetException.ofFile(ex.getMessage());
		}
		if (rows.isEmpty()) {
			throw InvalidSheetException.ofFile("Tệp không có dòng tiêu đề.");
		}
		Map<Integer, SheetColumn> columns = columns(rows.get(0).cells());
		List<SheetRow> read = new ArrayList<>(rows.size() - 1);
		for (Sheets.SheetRow row : rows.subList(1, rows.size())) {
			Map<SheetColumn, String> values = new EnumMap<>(SheetColumn.class);
			columns.forEach((index, column) -> {
				String value = row.cell(index);
				if (!value.isEmpty()) {
					values.put(column, value);
				}
			});
			if (!values.isEmpty()) {
				read.add(new SheetRow(row.number(), values));
			}
		}
		return read;
	}

	/** Which column each position holds; every required column must be there. */
	private static Map<Integer, SheetColumn> columns(List<String> headings) {
		Map<Integer, SheetColumn> columns = new LinkedHashMap<>();
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
