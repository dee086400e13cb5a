package vn.hoagiai.registry.people;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.UnitLevel;
import vn.hoagiai.kit.outbox.StaleVersionException;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;
import vn.hoagiai.registry.people.PeopleViews.PilotCommuneView;
import vn.hoagiai.registry.audit.Actor;

/**
 * Pilot communes (xã điểm): the province designates them for a period by a decision. A designation is
 * public: everyone but district systems may read the list; only the province may change it.
 */
@RestController
@RequestMapping("/api/registry/pilot-communes")
class PilotCommuneController {

	/** Who may read pilot communes: everyone who reads anything, analysts included (no personal data). */
	static final Role[] READERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER, Role.TRAINER,
			Role.ANALYST };

	private final PeopleStore store;

	private final PeopleSupport support;

	private final Clock clock;

	PilotCommuneController(PeopleStore store, PeopleSupport support, Clock clock) {
		this.store = store;
		this.support = support;
		this.clock = clock;
	}

	/**
	 * Designates the commune for the period, or replaces its designation (changes the period, withdraws
	 * it); answers 201 for a new designation, 200 otherwise. Province only.
	 */
	@PutMapping("/{communeCode}")
	ResponseEntity<PilotCommuneView> designate(Caller caller,
			@PathVariable String communeCode,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody PeopleRequests.DesignatePilotCommune request) {
		caller.require(Role.PROVINCE_ADMIN);
		// Checked here rather than by a constraint on the path, which would validate the body as method
		// parameters too and answer 400 without the body's field names.
		if (!communeCode.matches("\\d{5}")) {
			throw new InvalidRequestException("communeCode", "Mã đơn vị hành chính cấp xã gồm 5 chữ số");
		}
		AdministrativeUnit commune = this.support.find(communeCode)
			.filter((unit) -> unit.level() == UnitLevel.COMMUNE)
			.orElseThrow(() -> new InvalidRequestException("communeCode",
					"Không tìm thấy đơn vị hành chính cấp xã có mã " + communeCode));
		if (request.until() != null && request.until().isBefore(request.from())) {
			throw new InvalidRequestException("until", "Ngày kết thúc không được trước ngày bắt đầu");
		}
		caller.requireWithin(communeCode, Role.PROVINCE_ADMIN);
		Long expected = vn.hoagiai.kit.web.IfMatch.version(ifMatch);
		PilotCommune.Designation designation = new PilotCommune.Designation(request.from(), request.until(),
				PeopleSupport.clean(request.decisionNumber()), request.withdrawn());
		Actor actor = Actor.of(caller);
		Optional<PilotCommune> existing = this.store.find(communeCode, PilotCommune.class);
		PilotCommune pilot;
		HttpStatus status;
		if (existing.isEmpty()) {
			if (expected != null) {
				throw new StaleVersionException(communeCode, expected);
			}
			pilot = PilotCommune.designate(communeCode, designation, this.clock.instant(), actor);
			this.store.add(pilot);
			status = HttpStatus.CREATED;
		}
		else {
			pilot = existing.get();
			if (expected != null && expected != pilot.version()) {
				throw new StaleVersionException(communeCode, expected);
			}
			long read = pilot.version();
			pilot.redesignate(designation, this.clock.instant(), actor);
			if (pilot.version() != read) {
				this.store.update(pilot, read);
			}
			status = HttpStatus.OK;
		}
		return ResponseEntity.status(status).eTag(PeopleSupport.etag(pilot)).body(PilotCommuneView.of(pilot, commune.name()));
	}

	/** The pilot communes, all or those of a unit, withdrawn ones included (see {@code active}). */
	@GetMapping
	List<PilotCommuneView> list(Caller caller, @RequestParam(required = false) @Nullable @Pattern(regexp = "\\d{2,5}",
			message = "Mã đơn vị hành chính gồm 2 đến 5 chữ số") String unit) {
		caller.require(READERS);
		List<String> communes = null;
		if (unit != null) {
			AdministrativeUnit listed = this.support.unitToList(unit, caller);
			communes = this.support.communesOf(listed.code());
		}
		return this.store.pilotCommunes(communes)
			.stream()
			.map((p) -> PilotCommuneView.of(p,
					this.support.find(p.communeCode()).map(AdministrativeUnit::name).orElse(p.communeCode())))
			.toList();
	}

}
