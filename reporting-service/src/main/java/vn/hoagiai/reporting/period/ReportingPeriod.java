package vn.hoagiai.reporting.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hoagiai.reporting.web.Problems;

/**
 * A reporting period (kỳ báo cáo): a year ({@code 2026}), a quarter ({@code 2026-Q3}) or a month
 * ({@code 2026-09}). Case figures are kept by month; a year or a quarter is the sum of its months.
 *
 * @param kind year, quarter or month
 * @param year the calendar year
 * @param number the quarter (1-4) or month (1-12); 0 for a year
 */
public record ReportingPeriod(Kind kind, int year, int number) {

	/** The years a period may name: mediation case data starts well after 2000. */
	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

	/** The kinds of period. */
	public enum Kind {

		YEAR, QUARTER, MONTH

	}

	public ReportingPeriod {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new IllegalArgumentException("year out of range: " + year);
		}
		boolean valid = switch (kind) {
			case YEAR -> number == 0;
			case QUARTER -> number >= 1 && number <= 4;
			case MONTH -> number >= 1 && number <= 12;
		};
		if (!valid) {
			throw new IllegalArgumentException(kind + " " + number);
		}
	}

	public static ReportingPeriod year(int year) {
		return new ReportingPeriod(Kind.YEAR, year, 0);
	}

	public static ReportingPeriod month(YearMonth month) {
		return new ReportingPeriod(Kind.MONTH, month.getYear(), month.getMonthValue());
	}

	/**
	 * Reads a period as a query parameter gives it.
	 * @param field the parameter's name, for the problem answered when the text is not a period
	 * @throws org.springframework.web.ErrorResponseException 400 naming the field otherwise
	 */
	public static ReportingPeriod parse(String text, String field) {
		return tryParse(text).orElseThrow(() -> Problems.badRequest(field, problem(text)));
	}

	/** The period a text names, empty when it names none (or a year out of range). */
	public static java.util.Optional<ReportingPeriod> tryParse(String text) {
		String value = text.strip().toUpperCase(java.util.Locale.ROOT);
		try {
			Matcher m;
			if ((m = YEAR.matcher(value)).matches()) {
				return java.util.Optional.of(year(Integer.parseInt(m.group(1))));
			}
			if ((m = QUARTER.matcher(value)).matches()) {
				return java.util.Optional.of(new ReportingPeriod(Kind.QUARTER, Integer.parseInt(m.group(1)),
						Integer.parseInt(m.group(2))));
			}
			if ((m = MONTH.matcher(value)).matches()) {
				return java.util.Optional.of(new ReportingPeriod(Kind.MONTH, Integer.parseInt(m.group(1)),
						Integer.parseInt(m.group(2))));
			}
		}
		catch (IllegalArgumentException ex) {
			// a year out of range
		}
		return java.util.Optional.empty();
	}

	/** Why a text is not a period, in Vietnamese. */
	public static String problem(String text) {
		return "Kỳ báo cáo phải là năm (2026), quý (2026-Q3) hoặc tháng (2026-09) từ năm " + FIRST_YEAR + " đến năm "
				+ LAST_YEAR + ", không phải '" + text + "'.";
	}

	/** The months the period covers, in order. */
	public List<YearMonth> months() {
		return switch (this.kind) {
			case YEAR -> range(1, 12);
			case QUARTER -> range(3 * this.number - 2, 3 * this.number);
			case MONTH -> List.of(YearMonth.of(this.year, this.number));
		};
	}

	/** The period itself and every shorter period inside it (a year: its quarters and months). */
	public List<ReportingPeriod> withPeriodsInside() {
		List<ReportingPeriod> periods = new ArrayList<>();
		periods.add(this);
		if (this.kind == Kind.YEAR) {
			for (int q = 1; q <= 4; q++) {
				periods.add(new ReportingPeriod(Kind.QUARTER, this.year, q));
			}
		}
		if (this.kind != Kind.MONTH) {
			months().forEach((month) -> periods.add(month(month)));
		}
		return periods;
	}

	/** The period of the same kind just before: 2025 for 2026, 2026-Q2 for 2026-Q3, 2026-08 for 2026-09. */
	public ReportingPeriod previous() {
		return switch (this.kind) {
			case YEAR -> year(this.year - 1);
			case QUARTER -> (this.number == 1) ? new ReportingPeriod(Kind.QUARTER, this.year - 1, 4)
					: new ReportingPeriod(Kind.QUARTER, this.year, this.number - 1);
			case MONTH -> month(YearMonth.of(this.year, this.number).minusMonths(1));
		};
	}

	public LocalDate firstDay() {
		return months().get(0).atDay(1);
	}

	public LocalDate lastDay() {
		return months().get(months().size() - 1).atEndOfMonth();
	}

	private List<YearMonth> range(int from, int to) {
		List<YearMonth> months = new ArrayList<>();
		for (int m = from; m <= to; m++) {
			months.add(YearMonth.of(this.year, m));
		}
		return months;
	}

	/** As written in a query: {@code 2026}, {@code 2026-Q3}, {@code 2026-09}. */
	@Override
	public String toString() {
		return switch (this.kind) {
			case YEAR -> String.valueOf(this.year);
			case QUARTER -> this.year + "-Q" + this.number;
			case MONTH -> YearMonth.of(this.year, this.number).toString();
		};
	}

}
