package vn.hoagiai.registry.team;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;

/** The access log of people's records, for the province only. */
@RestController
@RequestMapping("/api/registry/access-log")
class AccessLogController {

	private final AccessLog log;

	AccessLogController(AccessLog log) {
		this.log = log;
	}

	@GetMapping
	List<AccessLog.Entry> ofTeam(Caller caller, @RequestParam String teamId,
			@RequestParam(defaultValue = "100") @Min(value = 1, message = "Số bản ghi tối thiểu là 1")
			@Max(value = 1000, message = "Số bản ghi tối đa là 1000") int limit) {
		caller.require(Role.PROVINCE_ADMIN);
		return this.log.ofTeam(teamId, limit);
	}

}
