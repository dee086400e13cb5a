package vn.hoagiai.registry.team;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;

/** The 2025 reorganisation of the registry's teams, by the province (Sở Tư pháp) only. */
@RestController
@RequestMapping("/api/registry/reorganisations")
class ReorganisationController {

	private final TeamReorganisation reorganisation;

	ReorganisationController(TeamReorganisation reorganisation) {
		this.reorganisation = reorganisation;
	}

	/**
	 * The body of a run.
	 *
	 * @param provinceCode the old province (2 digits)
	 * @param assignments for teams of split communes: team id to new commune id
	 * @param dryRun only say what would happen
	 */
	record RunRequest(
			@NotNull(message = "Cần mã tỉnh") @Pattern(regexp = "\\d{2}", message = "Mã tỉnh gồm 2 chữ số") String provinceCode,
			@Nullable @Size(max = 100000, message = "Tối đa 100000 tổ được chỉ định") Map<String,
					@Pattern(regexp = "\\d{5}@2025-07-01", message = "Xã mới ghi theo dạng 5 chữ số@2025-07-01") String> assignments,
			@Nullable Boolean dryRun) {
	}

	/** Re-homes the province's teams to the communes of the two-tier hierarchy (or, dry, says how it would). */
	@PostMapping
	TeamReorganisation.Run run(Caller caller, @Valid @RequestBody RunRequest request) {
		return this.reorganisation.rehome(new TeamReorganisation.Request(request.provinceCode(), request.assignments(),
				Boolean.TRUE.equals(request.dryRun())), caller);
	}

	/** Every run, newest first: the audit of the operation. */
	@GetMapping
	List<TeamReorganisation.Run> runs(Caller caller) {
		caller.require(Role.PROVINCE_ADMIN);
		return this.reorganisation.runs();
	}

}
