package vn.hoagiai.registry.team;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.registry.audit.AccessLog;

/** The mediators of a unit as one list, across its teams. */
@RestController
@RequestMapping("/api/registry/mediators")
class MediatorController {

	private final TeamService service;

	private final AccessLog accessLog;

	MediatorController(TeamService service, AccessLog accessLog) {
		this.service = service;
		this.accessLog = accessLog;
	}

	/**
	 * The mediators of a unit at any level, filtered by gender, ethnicity, background and status,
	 * sorted by name, birth year or team, a page at a time (at most 200); the total is in
	 * {@code X-Total-Count}.
	 */
	@GetMapping
	ResponseEntity<List<MediatorRow>> list(Caller caller,
			@RequestParam @Pattern(regexp = "\\d{2,5}(@2025-07-01)?", message = "Mã đơn vị hành chính gồm 2 đến 5 chữ số (đơn vị sau sắp xếp năm 2025 thêm @2025-07-01)") String unit,
			@RequestParam(required = false) @Nullable Gender gender,
			@RequestParam(required = false) @Nullable Boolean ethnicMinority,
			@RequestParam(required = false) @Nullable @Size(max = 50, message = "Dân tộc tối đa 50 ký tự") String ethnicity,
			@RequestParam(required = false) @Nullable @Size(max = 100, message = "Thành phần tối đa 100 ký tự") String background,
			@RequestParam(defaultValue = "SERVING") MediatorList.Status status,
			@RequestParam(defaultValue = "NAME") MediatorList.Order sort,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "Số trang không được âm")
			@Max(value = 100000, message = "Số trang tối đa là 100000") int page,
			@RequestParam(defaultValue = "50") @Min(value = 1, message = "Cỡ trang tối thiểu là 1")
			@Max(value = 200, message = "Cỡ trang tối đa là 200") int size) {
		TeamService.MediatorPage found = this.service.mediators(unit,
				new MediatorList.Filter(gender, ethnicMinority, ethnicity, background, status, sort), page, size, caller);
		this.accessLog.read(caller, AccessLog.TEAM,
				TeamView.peopleOf(found.entries().stream().map(MediatorList.Entry::team).distinct().toList()));
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(found.total()))
			.body(found.entries().stream().map((entry) -> MediatorRow.of(entry, caller)).toList());
	}

	/**
	 * A mediator with their team.
	 *
	 * @param teamId the team's id
	 * @param teamName the team's name
	 * @param communeCode the team's commune
	 * @param villageName the team's village
	 * @param mediator the mediator, personal data masked as in a team's answer
	 */
	record MediatorRow(String teamId, String teamName, String communeCode, String villageName,
			TeamView.MediatorView mediator) {

		static MediatorRow of(MediatorList.Entry entry, Caller caller) {
			MediationTeam team = entry.team();
			return new MediatorRow(team.id(), team.name(), team.communeCode(), team.villageName(),
					TeamView.MediatorView.of(entry.mediator(), TeamView.mayShowPersonalData(team, caller)));
		}

	}

}
