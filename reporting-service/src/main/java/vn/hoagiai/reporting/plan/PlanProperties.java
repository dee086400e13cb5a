package vn.hoagiai.reporting.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When districts' annual reports are due, and in which time zone a day is counted.
 *
 * @param annualReportDueMonth the month of the year the report is due (12: December)
 * @param annualReportDueDay the day of that month (15); a report first submitted later is late
 * @param zone the time zone the due day is counted in
 */
@ConfigurationProperties("hoagiai.reporting.plan")
record PlanProperties(@DefaultValue("12") int annualReportDueMonth, @DefaultValue("15") int annualReportDueDay,
		@DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {

	PlanProperties {
		MonthDay.of(annualReportDueMonth, annualReportDueDay); // refuses 31 June at start
	}

	LocalDate dueDate(int year) {
		return MonthDay.of(this.annualReportDueMonth, this.annualReportDueDay).atYear(year);
	}

}
