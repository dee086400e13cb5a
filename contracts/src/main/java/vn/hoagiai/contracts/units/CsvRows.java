package vn.hoagiai.contracts.units;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the official lists shipped in this module: plain comma-separated UTF-8 with a header and
 * no quoted fields (no name holds a comma). Blank lines are skipped; each row keeps its line number for
 * the reports of rows that do not resolve.
 */
final class CsvRows {

	private CsvRows() {
	}

	/**
	 * One row.
	 *
	 * @param line its line number in the file, the header being line 1
	 * @param fields its fields, empty ones included
	 */
	record Row(int line, String[] fields) {
	}

	/** Every row after the header, which must begin with the given text. */
	static List<Row> read(InputStream csv, String headerStart, String what) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
		String header = reader.readLine();
		if (header == null || !header.startsWith(headerStart)) {
			throw new IllegalStateException("not " + what + ": header is " + header);
		}
		List<Row> rows = new ArrayList<>();
		String line;
		int number = 1;
		while ((line = reader.readLine()) != null) {
			number++;
			if (!line.isBlank()) {
				rows.add(new Row(number, line.split(",", -1)));
			}
		}
		return rows;
	}

}
