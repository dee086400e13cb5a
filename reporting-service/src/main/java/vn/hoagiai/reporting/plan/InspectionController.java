package vn.hoagiai.reporting.plan;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.web.IfMatch;

/**
 * Inspections, surveys and supervisions of how units carry out the plan (task 9), with the follow-up
 * of their recommendations. Every answer with one inspection carries its version as an ETag; a
 * follow-up sent with {@code If-Match} is refused with 412 if the inspection changed meanwhile.
 */
@RestController
@RequestMapping("/api/reporting/plan/inspections")
class InspectionController {

	private final PlanInspections inspections;

	InspectionController(PlanInspections inspections) {
		this.inspections = inspections;
	}

	@PostMapping
	ResponseEntity<PlanViews.Inspection> create(Caller caller, @RequestBody PlanRequests.Inspection request) {
		PlanViews.Inspection view = this.inspections.create(caller, request);
		return ResponseEntity.created(URI.create("/api/reporting/plan/inspections/" + view.id()))
			.eTag(IfMatch.etag(view.version()))
			.body(view);
	}

	/** The inspections of a unit and the units below it, of a year or of every year. */
	@GetMapping
	List<PlanViews.Inspection> inspections(Caller caller, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String year) {
		return this.inspections.inspections(caller, unit, year);
	}

	@GetMapping("/{id}")
	ResponseEntity<PlanViews.Inspection> inspection(Caller caller, @PathVariable String id) {
		PlanViews.Inspection view = this.inspections.inspection(caller, id);
		return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
	}

	/** Records the follow-up of recommendation {@code n}, numbered from 1 as in the answers. */
	@PutMapping("/{id}/recommendations/{n}")
	ResponseEntity<PlanViews.Inspection> followUp(Caller caller, @PathVariable String id, @PathVariable int n,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody PlanRequests.FollowUp request) {
		PlanViews.Inspection view = this.inspections.followUp(caller, id, n, request, IfMatch.version(ifMatch));
		return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
	}

}
