package vn.hoagiai.registry.audit;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.kit.problem.InvalidRequestException;
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

	/** The reads of one record: a team ({@code teamId}), or a trainer or a legal supporter ({@code recordId}). */
	@GetMapping
	List<AccessLog.Entry> of(Caller caller,
			@RequestParam(required = false) @Nullable @Size(max = 100, message = "Mã tối đa 100 ký tự") String teamId,
			@RequestParam(required = false) @Nullable @Size(max = 100, message = "Mã tối đa 100 ký tự") String recordId,
			@RequestParam(defaultValue = "100") @Min(value = 1, message = "Số bản ghi tối thiểu là 1")
			@Max(value = 1000, message = "Số bản ghi tối đa là 1000") int limit) {
		caller.require(Role.PROVINCE_ADMIN);
		String record = (teamId != null) ? teamId : recordId;
		if (record == null) {
			throw new InvalidRequestException("recordId", "Cần chọn bản ghi (tham số teamId hoặc recordId)");
		}
		return this.log.of(record, limit);
	}

}
