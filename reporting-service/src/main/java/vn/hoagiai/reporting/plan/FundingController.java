package vn.hoagiai.reporting.plan;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.web.IfMatch;

/**
 * The plan's funding (task 5, section IV): each unit's amounts planned and spent in a year by source,
 * and their totals for a district or the province. Every answer with one unit's funding carries its
 * version as an ETag; a change sent with {@code If-Match} is refused with 412 if it changed meanwhile.
 */
@RestController
@RequestMapping("/api/reporting/plan/funding")
class FundingController {

	private final PlanFunding funding;

	FundingController(PlanFunding funding) {
		this.funding = funding;
	}

	@GetMapping("/{unit}/{year}")
	ResponseEntity<PlanViews.Funding> funding(Caller caller, @PathVariable String unit, @PathVariable String year) {
		PlanViews.Funding view = this.funding.funding(caller, unit, year);
		return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
	}

	/** Records the unit's funding of the year, replacing what it recorded before: 201 the first time, then 200. */
	@PutMapping("/{unit}/{year}")
	ResponseEntity<PlanViews.Funding> record(Caller caller, @PathVariable String unit, @PathVariable String year,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody PlanRequests.Funding request) {
		PlanFunding.Written written = this.funding.record(caller, unit, year, request, IfMatch.version(ifMatch));
		PlanViews.Funding view = written.funding();
		ResponseEntity.BodyBuilder answer = written.created() ? ResponseEntity
			.created(URI.create("/api/reporting/plan/funding/" + view.unit().code() + "/" + view.year()))
				: ResponseEntity.ok();
		return answer.eTag(IfMatch.etag(view.version())).body(view);
	}

	/** The totals by source of a unit and the units below it in a year, with each unit's row. */
	@GetMapping
	PlanViews.FundingRollup rollup(Caller caller, @RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String under) {
		return this.funding.rollup(caller, year, under);
	}

}
