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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.kit.problem.InvalidRequestException;

/**
 * Mediation teams and their mediators. Every answer with one team carries its version as an ETag; a
 * change sent with {@code If-Match} is refused with 412 if the team changed meanwhile.
 */
@RestController
@RequestMapping("/api/registry/teams")
class TeamController {

	private final TeamService service;

	TeamController(TeamService service) {
		this.service = service;
	}

	@PostMapping
	ResponseEntity<TeamView> register(@Valid @RequestBody TeamRequests.RegisterTeam request) {
		MediationTeam team = this.service.register(request);
		return ResponseEntity.created(URI.create("/api/registry/teams/" + team.id()))
			.eTag(etag(team))
			.body(TeamView.of(team));
	}

	@GetMapping("/{id}")
	ResponseEntity<TeamView> one(@PathVariable String id) {
		MediationTeam team = this.service.find(id);
		return ResponseEntity.ok().eTag(etag(team)).body(TeamView.of(team));
	}

	@GetMapping
	List<TeamView> inCommune(
			@RequestParam @Pattern(regexp = "\\d{5}", message = "Mã đơn vị hành chính cấp xã gồm 5 chữ số") String commune,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "Số trang không được âm") int page,
			@RequestParam(defaultValue = "50") @Min(value = 1, message = "Cỡ trang tối thiểu là 1")
			@Max(value = 200, message = "Cỡ trang tối đa là 200") int size) {
		return this.service.inCommune(commune, page, size).stream().map(TeamView::of).toList();
	}

	@PostMapping("/{id}/mediators")
	ResponseEntity<TeamView> admit(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody TeamRequests.NewMediator request) {
		MediationTeam team = this.service.admit(id, version(ifMatch), request);
		return ResponseEntity.ok().eTag(etag(team)).body(TeamView.of(team));
	}

	@PostMapping("/{id}/mediators/{mediatorId}/dismissal")
	ResponseEntity<TeamView> dismiss(@PathVariable String id, @PathVariable String mediatorId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody TeamRequests.Dismiss request) {
		MediationTeam team = this.service.dismiss(id, mediatorId, version(ifMatch), request);
		return ResponseEntity.ok().eTag(etag(team)).body(TeamView.of(team));
	}

	private static String etag(MediationTeam team) {
		return "\"" + team.version() + "\"";
	}

	static @Nullable Long version(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return null;
		}
		String value = ifMatch.strip();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException("If-Match", "Giá trị If-Match phải là phiên bản (ETag) đã nhận được");
		}
	}

}
