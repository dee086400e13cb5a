package vn.hoagiai.registry.people;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.registry.audit.AccessLog;
import vn.hoagiai.registry.people.PeopleViews.LegalSupportView;

/**
 * Legal professionals assigned to support mediation teams (người hỗ trợ pháp lý). An assignment names
 * the team; the team's commune decides who may see and change it.
 */
@RestController
@RequestMapping("/api/registry/legal-supporters")
class LegalSupportController {

	private final LegalSupportService service;

	private final AccessLog accessLog;

	LegalSupportController(LegalSupportService service, AccessLog accessLog) {
		this.service = service;
		this.accessLog = accessLog;
	}

	@PostMapping
	ResponseEntity<LegalSupportView> assign(Caller caller, @Valid @RequestBody PeopleRequests.AssignSupporter request) {
		LegalSupport assigned = this.service.assign(request, caller);
		return ResponseEntity.created(URI.create("/api/registry/legal-supporters/" + assigned.id()))
			.eTag(PeopleSupport.etag(assigned))
			.body(LegalSupportView.of(assigned));
	}

	/**
	 * The assignments of the teams of a unit (the caller's own unless named), or of one team, a page at
	 * a time (at most 200); the total is in {@code X-Total-Count}.
	 */
	@GetMapping
	ResponseEntity<List<LegalSupportView>> list(Caller caller,
			@RequestParam(required = false) @Nullable @Pattern(regexp = "\\d{2,5}",
					message = "Mã đơn vị hành chính gồm 2 đến 5 chữ số") String unit,
			@RequestParam(required = false) @Nullable @Size(max = 64,
					message = "Mã tổ hòa giải tối đa 64 ký tự") String teamId,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "Số trang không được âm")
			@Max(value = 100000, message = "Số trang tối đa là 100000") int page,
			@RequestParam(defaultValue = "50") @Min(value = 1, message = "Cỡ trang tối thiểu là 1")
			@Max(value = 200, message = "Cỡ trang tối đa là 200") int size) {
		LegalSupportService.Page found = this.service.list(unit, teamId, page, size, caller);
		this.accessLog.readPeople(caller, "legal-supporter", found.supports().stream().map(LegalSupport::id).toList());
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(found.total()))
			.body(found.supports().stream().map(LegalSupportView::of).toList());
	}

	/** The assignment ends; the team no longer counts as supported by this person. */
	@PostMapping("/{id}/end")
	ResponseEntity<LegalSupportView> end(Caller caller, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody PeopleRequests.EndSupport request) {
		LegalSupport ended = this.service.end(id, request, vn.hoagiai.kit.web.IfMatch.version(ifMatch), caller);
		return ResponseEntity.ok().eTag(PeopleSupport.etag(ended)).body(LegalSupportView.of(ended));
	}

}
