package vn.hoagiai.reporting.period;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReportingPeriodTests {

	@Test
	void aYearAQuarterAndAMonthAreReadAsWrittenInAQuery() {
		assertThat(ReportingPeriod.parse("2026", "period").months()).hasSize(12)
			.startsWith(YearMonth.of(2026, 1))
			.endsWith(YearMonth.of(2026, 12));
		assertThat(ReportingPeriod.parse("2026-Q3", "period").months()).containsExactly(YearMonth.of(2026, 7),
				YearMonth.of(2026, 8), YearMonth.of(2026, 9));
		assertThat(ReportingPeriod.parse("2026-q3", "period")).hasToString("2026-Q3");
		assertThat(ReportingPeriod.parse("2026-09", "period").months()).containsExactly(YearMonth.of(2026, 9));
	}

	@Test
	void thePeriodBeforeIsOfTheSameKindAndCrossesTheYear() {
		assertThat(ReportingPeriod.parse("2026", "period").previous()).hasToString("2025");
		assertThat(ReportingPeriod.parse("2026-Q3", "period").previous()).hasToString("2026-Q2");
		assertThat(ReportingPeriod.parse("2026-Q1", "period").previous()).hasToString("2025-Q4");
		assertThat(ReportingPeriod.parse("2026-01", "period").previous()).hasToString("2025-12");
	}

	@Test
	void aYearHoldsItsQuartersAndMonths() {
		assertThat(ReportingPeriod.parse("2026", "period").withPeriodsInside()).map(ReportingPeriod::toString)
			.hasSize(17)
			.contains("2026", "2026-Q1", "2026-Q4", "2026-01", "2026-12");
		assertThat(ReportingPeriod.parse("2026-Q3", "period").withPeriodsInside()).map(ReportingPeriod::toString)
			.containsExactly("2026-Q3", "2026-07", "2026-08", "2026-09");
	}

	@Test
	void somethingThatIsNotAPeriodIsABadRequestNamingTheField() {
		for (String bad : new String[] { "2026-Q5", "2026-13", "26", "Q3-2026", "2026-00", "1999", "năm 2026" }) {
			ErrorResponseException problem = catchThrowableOfType(ErrorResponseException.class,
					() -> ReportingPeriod.parse(bad, "period"));
			assertThat(problem).as(bad).isNotNull();
			ProblemDetail body = problem.getBody();
			assertThat(body.getStatus()).isEqualTo(400);
			assertThat(body.getDetail()).startsWith("Kỳ báo cáo phải là năm (2026), quý (2026-Q3) hoặc tháng (2026-09)");
			assertThat(body.getProperties().get("errors").toString()).contains("field=period");
		}
	}

}
