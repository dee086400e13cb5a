package vn.hoagiai.registry.people;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
import vn.hoagiai.registry.audit.AccessLog;
import vn.hoagiai.registry.people.PeopleViews.HistoryEntry;
import vn.hoagiai.registry.people.PeopleViews.TrainerView;

/**
 * Trainers (tập huấn viên, báo cáo viên) of the province and the districts. Every answer with one
 * trainer carries its version as an ETag; a change sent with {@code If-Match} is refused with 412 if
 * the trainer changed meanwhile. A trainer outside the caller's scope is answered as not found.
 */
@RestController
@RequestMapping("/api/registry/trainers")
class TrainerController {

	private final TrainerService service;

	private final AccessLog accessLog;

	TrainerController(TrainerService service, AccessLog accessLog) {
		this.service = service;
		this.accessLog = accessLog;
	}

	@PostMapping
	ResponseEntity<TrainerView> register(Caller caller, @Valid @RequestBody PeopleRequests.TrainerDetails request) {
		Trainer trainer = this.service.register(request, caller);
		return ResponseEntity.created(URI.create("/api/registry/trainers/" + trainer.id()))
			.eTag(PeopleSupport.etag(trainer))
			.body(view(trainer));
	}

	/**
	 * The trainers of a unit (the caller's own unless named), optionally of one level and status
	 * (ACTIVE or RETIRED), a page at a time (at most 200); the total is in {@code X-Total-Count}.
	 */
	@GetMapping
	ResponseEntity<List<TrainerView>> list(Caller caller,
			@RequestParam(required = false) @Nullable @Pattern(regexp = "\\d{2,5}",
					message = "Mã đơn vị hành chính gồm 2 đến 5 chữ số") String unit,
			@RequestParam(required = false) @Nullable TrainerLevel level,
			@RequestParam(required = false) @Nullable @Pattern(regexp = "ACTIVE|RETIRED",
					message = "Trạng thái là ACTIVE (đang tham gia) hoặc RETIRED (đã thôi)") String status,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "Số trang không được âm")
			@Max(value = 100000, message = "Số trang tối đa là 100000") int page,
			@RequestParam(defaultValue = "50") @Min(value = 1, message = "Cỡ trang tối thiểu là 1")
			@Max(value = 200, message = "Cỡ trang tối đa là 200") int size) {
		TrainerService.Page found = this.service.list(unit, level, status, page, size, caller);
		this.accessLog.readPeople(caller, "trainer", found.trainers().stream().map(Trainer::id).toList());
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(found.total()))
			.body(found.trainers().stream().map(this::view).toList());
	}

	@GetMapping("/{id}")
	ResponseEntity<TrainerView> one(Caller caller, @PathVariable String id) {
		Trainer trainer = this.service.find(id, caller, TrainerService.READERS);
		this.accessLog.readPeople(caller, "trainer", List.of(trainer.id()));
		return ResponseEntity.ok().eTag(PeopleSupport.etag(trainer)).body(view(trainer));
	}

	/** Corrects a trainer's details; each changed field is kept in the trainer's history. */
	@PutMapping("/{id}")
	ResponseEntity<TrainerView> correct(Caller caller, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody PeopleRequests.TrainerDetails request) {
		Trainer trainer = this.service.correct(id, request, vn.hoagiai.kit.web.IfMatch.version(ifMatch), caller);
		return ResponseEntity.ok().eTag(PeopleSupport.etag(trainer)).body(view(trainer));
	}

	/** The trainer stops (thôi tham gia) and no longer counts. */
	@PostMapping("/{id}/retirement")
	ResponseEntity<TrainerView> retire(Caller caller, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody PeopleRequests.Retire request) {
		Trainer trainer = this.service.retire(id, request, vn.hoagiai.kit.web.IfMatch.version(ifMatch), caller);
		return ResponseEntity.ok().eTag(PeopleSupport.etag(trainer)).body(view(trainer));
	}

	/** Every change to the trainer's record: who, when, what, each field before and after. Province only. */
	@GetMapping("/{id}/history")
	List<HistoryEntry> history(Caller caller, @PathVariable String id) {
		return this.service.history(id, caller).stream().map(HistoryEntry::of).toList();
	}

	private TrainerView view(Trainer trainer) {
		return TrainerView.of(trainer, this.service.unitName(trainer.details().unitCode()));
	}

}
