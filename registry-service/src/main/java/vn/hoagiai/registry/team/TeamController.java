package vn.hoagiai.registry.team;

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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.registry.audit.AccessLog;
import vn.hoagiai.kit.web.IfMatch;
import vn.hoagiai.kit.security.Role;
import vn.hoagiai.registry.audit.FieldChange;

/**
 * Mediation teams and their mediators. Every answer with one team carries its version as an ETag; a
 * change sent with {@code If-Match} is refused with 412 if the team changed meanwhile. Every endpoint
 * checks the caller's role and that the team's commune lies in the caller's scope; a team outside it is
 * answered as not found, so its existence does not leak.
 */
@RestController
@RequestMapping("/api/registry/teams")
class TeamController {

	private final TeamService service;

	private final AccessLog accessLog;

	TeamController(TeamService service, AccessLog accessLog) {
		this.service = service;
		this.accessLog = accessLog;
	}

	/** Who may register and change teams: the province, and the district or commune they belong to. */
	static final Role[] MANAGERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER };

	/** Who may read teams and their mediators: the managers, and trainers of the unit. */
	static final Role[] READERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER, Role.TRAINER };

	@PostMapping
	ResponseEntity<TeamView> register(Caller caller, @Valid @RequestBody TeamRequests.RegisterTeam request) {
		caller.require(MANAGERS);
		MediationTeam team = this.service.register(request, caller);
		return ResponseEntity.created(URI.create("/api/registry/teams/" + team.id()))
			.eTag(etag(team))
			.body(TeamView.of(team, caller));
	}

	@GetMapping("/{id}")
	ResponseEntity<TeamView> one(Caller caller, @PathVariable String id) {
		MediationTeam team = this.service.find(id, caller, READERS);
		this.accessLog.read(caller, AccessLog.TEAM, TeamView.peopleOf(List.of(team)));
		return ResponseEntity.ok().eTag(etag(team)).body(TeamView.of(team, caller));
	}

	/**
	 * The teams of a unit at any level (a commune, a district, the province), optionally only those
	 * that do or do not meet Art. 12, a page at a time (at most 200); the total is in {@code X-Total-Count}.
	 */
	@GetMapping
	ResponseEntity<List<TeamView>> list(Caller caller,
			@RequestParam(required = false) @Nullable @Pattern(regexp = "\\d{5}(@2025-07-01)?",
					message = "Mã đơn vị hành chính cấp xã gồm 5 chữ số (đơn vị sau sắp xếp năm 2025 thêm @2025-07-01)") String commune,
			@RequestParam(required = false) @Nullable @Pattern(regexp = "\\d{2,5}(@2025-07-01)?",
					message = "Mã đơn vị hành chính gồm 2 đến 5 chữ số (đơn vị sau sắp xếp năm 2025 thêm @2025-07-01)") String unit,
			@RequestParam(required = false) @Nullable Boolean compliant,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "Số trang không được âm")
			@Max(value = 100000, message = "Số trang tối đa là 100000") int page,
			@RequestParam(defaultValue = "50") @Min(value = 1, message = "Cỡ trang tối thiểu là 1")
			@Max(value = 200, message = "Cỡ trang tối đa là 200") int size) {
		String scope = (unit != null) ? unit : commune;
		if (scope == null) {
			throw new InvalidRequestException("unit", "Cần chọn đơn vị hành chính (tham số unit hoặc commune)");
		}
		TeamService.Page found = this.service.list(scope, compliant, page, size, caller);
		this.accessLog.read(caller, AccessLog.TEAM, TeamView.peopleOf(found.teams()));
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(found.total()))
			.body(found.teams().stream().map((team) -> TeamView.of(team, caller)).toList());
	}

	/**
	 * The teams of a unit with their serving mediators as an Excel workbook, in the import template's
	 * columns plus the team's id and compliance, so a list can be corrected and imported elsewhere.
	 */
	@GetMapping("/export.xlsx")
	ResponseEntity<StreamingResponseBody> export(Caller caller,
			@RequestParam @Pattern(regexp = "\\d{2,5}(@2025-07-01)?", message = "Mã đơn vị hành chính gồm 2 đến 5 chữ số (đơn vị sau sắp xếp năm 2025 thêm @2025-07-01)") String unit,
			@RequestParam(required = false) @Nullable Boolean compliant) {
		// Checks the unit and the caller's scope before the answer starts.
		this.service.list(unit, compliant, 0, 1, caller);
		StreamingResponseBody body = (out) -> TeamWorkbook.export((page) -> {
			List<MediationTeam> teams = this.service.list(unit, compliant, page, EXPORT_PAGE, caller).teams();
			this.accessLog.read(caller, AccessLog.TEAM, TeamView.peopleOf(teams));
			return teams;
		}, (team) -> TeamView.mayShowPersonalData(team, caller), out);
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(TeamWorkbook.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
				.filename("to-hoa-giai-" + unit + ".xlsx")
				.build()
				.toString())
			.body(body);
	}

	/** Teams read at a time while exporting. */
	static final int EXPORT_PAGE = 1000;

	@PostMapping("/{id}/mediators")
	ResponseEntity<TeamView> admit(Caller caller, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody TeamRequests.NewMediator request) {
		MediationTeam team = this.service.admit(id, caller, IfMatch.version(ifMatch), request);
		return ResponseEntity.ok().eTag(etag(team)).body(TeamView.of(team, caller));
	}

	/** Corrects a serving mediator's details; each changed field is kept in the team's history. */
	@PutMapping("/{id}/mediators/{mediatorId}")
	ResponseEntity<TeamView> correct(Caller caller, @PathVariable String id, @PathVariable String mediatorId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody TeamRequests.NewMediator request) {
		MediationTeam team = this.service.correct(id, mediatorId, caller, IfMatch.version(ifMatch), request);
		return ResponseEntity.ok().eTag(etag(team)).body(TeamView.of(team, caller));
	}

	/** Moves a mediator to another team of the same commune; answers with the team they left. */
	@PostMapping("/{id}/mediators/{mediatorId}/transfer")
	ResponseEntity<TeamView> transfer(Caller caller, @PathVariable String id, @PathVariable String mediatorId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody TeamRequests.Transfer request) {
		MediationTeam team = this.service.transfer(id, mediatorId, caller, IfMatch.version(ifMatch), request);
		return ResponseEntity.ok().eTag(etag(team)).body(TeamView.of(team, caller));
	}

	/** Every change to the team and its people: who, when, what, each field before and after. Province only. */
	@GetMapping("/{id}/history")
	List<HistoryEntry> history(Caller caller, @PathVariable String id) {
		return this.service.history(id, caller).stream().map(HistoryEntry::of).toList();
	}

	/**
	 * One change as the API shows it.
	 *
	 * @param at when
	 * @param by who
	 * @param role their role
	 * @param action what happened
	 * @param description what happened, in Vietnamese
	 * @param mediatorId whose record, if a mediator's
	 * @param fields each changed field, before and after
	 */
	record HistoryEntry(java.time.Instant at, String by, @Nullable String role, TeamChange.Action action,
			String description, @Nullable String mediatorId, List<FieldChange> fields) {

		static HistoryEntry of(TeamChange change) {
			return new HistoryEntry(change.at(), change.by(), change.role(), change.action(), change.action().label(),
					change.mediatorId(), change.fields());
		}

	}

	@PostMapping("/{id}/mediators/{mediatorId}/dismissal")
	ResponseEntity<TeamView> dismiss(Caller caller, @PathVariable String id, @PathVariable String mediatorId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody TeamRequests.Dismiss request) {
		MediationTeam team = this.service.dismiss(id, mediatorId, caller, IfMatch.version(ifMatch), request);
		return ResponseEntity.ok().eTag(etag(team)).body(TeamView.of(team, caller));
	}

	private static String etag(MediationTeam team) {
		return "\"" + team.version() + "\"";
	}

}
