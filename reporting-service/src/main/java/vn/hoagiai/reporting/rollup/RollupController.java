package vn.hoagiai.reporting.rollup;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.kit.problem.NotFoundException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;

/** The rollup by unit, its drill-down to the units below, and the live change feed. */
@RestController
@RequestMapping("/api/reporting/rollups")
class RollupController {

	private final RollupQueries queries;

	private final AdministrativeUnits units;

	private final RollupChanges changes;

	RollupController(RollupQueries queries, AdministrativeUnits units, RollupChanges changes) {
		this.queries = queries;
		this.units = units;
		this.changes = changes;
	}

	/** Aggregates hold no personal data: every person, analysts included, may read them; systems may not. */
	static final Role[] READERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER, Role.TRAINER,
			Role.ANALYST };

	@GetMapping("/{unitCode}")
	RollupView one(Caller caller, @PathVariable String unitCode) {
		caller.require(READERS);
		AdministrativeUnit unit = unit(unitCode);
		return RollupView.of(unit, this.queries.document(unit.code()));
	}

	@GetMapping("/{unitCode}/children")
	List<RollupView> children(Caller caller, @PathVariable String unitCode) {
		caller.require(READERS);
		List<AdministrativeUnit> children = this.units.children(unit(unitCode).code());
		List<String> codes = children.stream().map(AdministrativeUnit::code).toList();
		Map<String, RollupDocument> stored = this.queries.documents(codes);
		return children.stream().map((child) -> RollupView.of(child, stored.get(child.code()))).toList();
	}

	@GetMapping(path = "/changes", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter changes(Caller caller) {
		caller.require(READERS);
		return this.changes.listen();
	}

	private AdministrativeUnit unit(String code) {
		return this.units.find(code)
			.orElseThrow(() -> new NotFoundException("Không tìm thấy đơn vị hành chính có mã " + code));
	}

}
