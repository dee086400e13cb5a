package vn.hoagiai.reporting.indicator;

import java.util.List;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;

/**
 * The indicators of Decision 315/QĐ-TTg and the plain counts, by unit, beside their targets, with the
 * drill-down to the units below; case indicators for a year, quarter or month ({@code ?period=2026-Q3}).
 */
@RestController
@RequestMapping("/api/reporting/indicators")
class IndicatorController {

	/** Indicators are aggregates: every person may read them (analysts too); district systems may not. */
	static final Role[] READERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER, Role.TRAINER,
			Role.ANALYST };

	private final Indicators indicators;

	IndicatorController(Indicators indicators) {
		this.indicators = indicators;
	}

	/** What each indicator is: the definitions as loaded from {@code indicators.json}. */
	@GetMapping
	List<IndicatorDefinition> definitions(Caller caller) {
		caller.require(READERS);
		return this.indicators.definitions();
	}

	@GetMapping("/{unitCode}")
	Indicators.UnitIndicators ofUnit(Caller caller, @PathVariable String unitCode,
			@RequestParam(required = false) @Nullable String period) {
		caller.require(READERS);
		return this.indicators.of(unitCode, period);
	}

	/** The same indicators as CSV, to open in a spreadsheet. */
	@GetMapping("/{unitCode}.csv")
	ResponseEntity<StreamingResponseBody> csv(Caller caller, @PathVariable String unitCode,
			@RequestParam(required = false) @Nullable String period) {
		caller.require(READERS);
		Indicators.UnitIndicators indicators = this.indicators.of(unitCode, period);
		String name = "chi-tieu-" + indicators.unit().code() + ((period != null) ? "-" + indicators.period() : "") + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body((out) -> IndicatorTable.writeCsv(indicators.indicators(), out));
	}

	@GetMapping("/{unitCode}/{indicator}/children")
	Indicators.DrillDown children(Caller caller, @PathVariable String unitCode, @PathVariable String indicator,
			@RequestParam(required = false) @Nullable String period) {
		caller.require(READERS);
		return this.indicators.children(unitCode, indicator, period);
	}

	@Configuration(proxyBeanMethods = false)
	static class Definitions {

		/** Loaded and checked once, at start: a broken file stops the service rather than a query. */
		@Bean
		IndicatorCatalogue indicatorCatalogue() {
			return IndicatorCatalogue.load();
		}

	}

}
