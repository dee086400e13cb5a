package vn.hoagiai.reporting.indicator;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Indicators as a table with Vietnamese headings: the columns the CSV export and the annual report
 * workbook share. Numbers stay numbers; a missing value is an empty cell.
 */
public final class IndicatorTable {

	/** The column headings, in order. */
	public static final List<String> HEADINGS = List.of("Mã đơn vị", "Đơn vị", "Mã chỉ tiêu", "Chỉ tiêu", "Kỳ",
			"Tử số", "Mẫu số", "Giá trị", "Đơn vị tính", "Mục tiêu", "So sánh", "Chênh lệch", "Đánh giá", "Kỳ trước",
			"Giá trị kỳ trước", "Thay đổi so với kỳ trước", "Số liệu tính đến");

	private IndicatorTable() {
	}

	/** One row per indicator, a cell per heading. */
	public static List<List<@Nullable Object>> rows(List<IndicatorValue> values) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (IndicatorValue v : values) {
			IndicatorValue.Trend previous = v.previous();
			rows.add(Arrays.asList(v.unit().code(), v.unit().name(), v.id(), v.name(),
					(v.period() != null) ? v.period() : "Hiện tại", v.numerator(), v.denominator(), v.value(), v.measure(),
					v.target(), (v.comparison() != null) ? v.comparison().label() : null, v.gap(), assessment(v.met()),
					(previous != null) ? previous.period() : null, (previous != null) ? previous.value() : null,
					(previous != null) ? previous.change() : null,
					(v.asOf() != null) ? v.asOf().eventTime().toString() : null));
		}
		return rows;
	}

	/**
	 * Writes the table as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs show the
	 * Vietnamese letters right).
	 */
	public static void writeCsv(List<IndicatorValue> values, java.io.OutputStream out) {
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			try (CSVPrinter csv = new CSVPrinter(writer,
					CSVFormat.RFC4180.builder().setHeader(HEADINGS.toArray(String[]::new)).get())) {
				for (List<@Nullable Object> row : rows(values)) {
					csv.printRecord(row.stream().map((cell) -> (cell != null) ? cell.toString() : "").toList());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static @Nullable String assessment(@Nullable Boolean met) {
		if (met == null) {
			return null;
		}
		return met ? "Đạt" : "Chưa đạt";
	}

}
