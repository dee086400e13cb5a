package vn.hoagiai.registry.team;

import java.util.List;

/** A file to import that cannot be imported as it is: every problem found, by row and column. */
class InvalidSheetException extends RuntimeException {

	private final List<RowProblem> problems;

	InvalidSheetException(List<RowProblem> problems) {
		super(problems.size() + " problems, first: " + problems.get(0));
		this.problems = List.copyOf(problems);
	}

	/** A problem with the file as a whole (its format, its headings). */
	static InvalidSheetException ofFile(String message) {
		return new InvalidSheetException(List.of(new RowProblem(0, "", message)));
	}

	List<RowProblem> problems() {
		return this.problems;
	}

	/**
	 * One problem of a file.
	 *
	 * @param row the row as the spreadsheet program numbers it (1 is the heading), 0 for the whole file
	 * @param column the column's heading, empty for the whole row or file
	 * @param message what is wrong, in Vietnamese
	 */
	record RowProblem(int row, String column, String message) {

		/** Where, in words: "Dòng 5, cột Giới tính". */
		String field() {
			if (this.row == 0) {
				return "file";
			}
			return "Dòng " + this.row + (this.column.isEmpty() ? "" : ", cột " + this.column);
		}

	}

}
