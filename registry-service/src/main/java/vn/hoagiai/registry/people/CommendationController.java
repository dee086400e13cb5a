package vn.hoagiai.registry.people;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.kit.problem.FieldProblem;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.registry.people.PeopleViews.CommendationView;

/**
 * Commendations (khen thưởng) of mediators and teams, and exemplary mediators (gương hòa giải viên
 * giỏi). Recorded by whoever manages the team, read within scope; never by analysts (they name people).
 */
@RestController
@RequestMapping("/api/registry/commendations")
class CommendationController {



	private final PeopleStore store;

	private final TeamLookup teams;

	private final PeopleSupport support;

	private final Clock clock;

	CommendationController(PeopleStore store, TeamLookup teams, PeopleSupport support, Clock clock) {
		this.store = store;
		this.teams = teams;
		this.support = support;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<CommendationView> record(Caller caller, @Valid @RequestBody PeopleRequests.RecordCommendation request) {
		caller.require(PeopleSupport.TEAM_MANAGERS);
		TeamLookup.TeamRef team = this.teams.managed(request.teamId(), caller);
		String mediatorId = PeopleSupport.cleanOrNull(request.mediatorId());
		List<FieldProblem> problems = new ArrayList<>();
		if (mediatorId != null && !team.mediatorIds().contains(mediatorId)) {
			problems.add(new FieldProblem("mediatorId",
					"Không tìm thấy hòa giải viên " + mediatorId + " trong tổ hòa giải này"));
		}
		if (mediatorId == null && request.form() == CommendationForm.EXEMPLARY_MEDIATOR) {
			problems.add(new FieldProblem("mediatorId", "Gương hòa giải viên giỏi phải là một hòa giải viên cụ thể"));
		}
		AdministrativeUnit awarding = this.support.find(request.awardingUnitCode()).orElse(null);
		if (awarding == null) {
			problems.add(new FieldProblem("awardingUnitCode",
					"Không tìm thấy đơn vị hành chính có mã " + request.awardingUnitCode()));
		}
		else if (!this.support.within(team.communeCode(), awarding.code())) {
			problems.add(new FieldProblem("awardingUnitCode",
					"Đơn vị khen thưởng phải là xã của tổ hòa giải, huyện hoặc tỉnh quản lý xã đó"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		Commendation commendation = new Commendation(UUID.randomUUID().toString(), team.id(), team.communeCode(),
				mediatorId, request.form(), PeopleSupport.clean(request.basis()),
				PeopleSupport.cleanOrNull(request.decisionNumber()), request.awardedOn(), request.awardedOn().getYear(),
				request.awardingUnitCode(), this.clock.instant(), caller.subject(),
				(caller.role() == null) ? null : caller.role().name());
		this.store.add(commendation);
		return ResponseEntity.created(URI.create("/api/registry/commendations/" + commendation.id()))
			.body(view(commendation));
	}

	/**
	 * The commendations of the teams of a unit (the caller's own unless named), of one year if asked,
	 * newest first, a page at a time (at most 200); the total is in {@code X-Total-Count}.
	 */
	@GetMapping
	ResponseEntity<List<CommendationView>> list(Caller caller,
			@RequestParam(required = false) @Nullable @Pattern(regexp = "\\d{2,5}",
					message = "Mã đơn vị hành chính gồm 2 đến 5 chữ số") String unit,
			@RequestParam(required = false) @Nullable @Min(value = 1990, message = "Năm phải từ 1990")
			@Max(value = 2100, message = "Năm không được sau 2100") Integer year,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "Số trang không được âm")
			@Max(value = 100000, message = "Số trang tối đa là 100000") int page,
			@RequestParam(defaultValue = "50") @Min(value = 1, message = "Cỡ trang tối thiểu là 1")
			@Max(value = 200, message = "Cỡ trang tối đa là 200") int size) {
		caller.require(PeopleSupport.TEAM_READERS);
		AdministrativeUnit listed = this.support.unitToList(unit, caller);
		caller.requireWithin(listed.code(), PeopleSupport.TEAM_READERS);
		List<String> communes = this.support.communesOf(listed.code());
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(this.store.countCommendations(communes, year)))
			.body(this.store.commendations(communes, year, page, size).stream().map(this::view).toList());
	}

	private CommendationView view(Commendation c) {
		return CommendationView.of(c,
				this.support.find(c.awardingUnitCode()).map(AdministrativeUnit::name).orElse(c.awardingUnitCode()));
	}

}
