package vn.hoagiai.registry.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.UnitLevel;
import vn.hoagiai.kit.outbox.StaleVersionException;
import vn.hoagiai.kit.problem.FieldProblem;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.problem.NotFoundException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;
import vn.hoagiai.registry.audit.Actor;

/**
 * The trainer use cases. The province manages every trainer; a district manages its own district's
 * trainers; every rule is checked before anything is stored, so nothing partial is.
 */
@Service
class TrainerService {

	/** Who may register and change trainers: the province, and a district for its own district trainers. */
	static final Role[] MANAGERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER };

	/**
	 * Who may read trainers: the managers and trainers, each within their scope. Trainers belong to the
	 * province or a district, never to a commune, so no trainer is in a commune officer's scope.
	 */
	static final Role[] READERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.TRAINER };

	private final PeopleStore store;

	private final PeopleSupport support;

	private final Clock clock;

	TrainerService(PeopleStore store, PeopleSupport support, Clock clock) {
		this.store = store;
		this.support = support;
		this.clock = clock;
	}

	Trainer register(PeopleRequests.TrainerDetails request, Caller caller) {
		caller.require(MANAGERS);
		Trainer.Details details = detailsOf(request);
		caller.requireWithin(details.unitCode(), MANAGERS);
		Trainer trainer = Trainer.register(details, this.clock.instant(), Actor.of(caller));
		this.store.add(trainer);
		return trainer;
	}

	Trainer correct(String id, PeopleRequests.TrainerDetails request, @Nullable Long ifMatch, Caller caller) {
		Trainer trainer = current(id, ifMatch, caller);
		Trainer.Details details = detailsOf(request);
		caller.requireWithin(details.unitCode(), MANAGERS);
		long read = trainer.version();
		trainer.correct(details, this.clock.instant(), Actor.of(caller));
		if (trainer.version() != read) {
			this.store.update(trainer, read);
		}
		return trainer;
	}

	Trainer retire(String id, PeopleRequests.Retire request, @Nullable Long ifMatch, Caller caller) {
		Trainer trainer = current(id, ifMatch, caller);
		long read = trainer.version();
		trainer.retire(request.date(), PeopleSupport.clean(request.reason()), this.clock.instant(),
				Actor.of(caller));
		this.store.update(trainer, read);
		return trainer;
	}

	/** The trainer if the caller may see it; one outside their scope is not found, so it does not leak. */
	Trainer find(String id, Caller caller, Role... roles) {
		caller.require(roles);
		Trainer trainer = this.store.find(id, Trainer.class).orElseThrow(() -> notFound(id));
		if (!caller.covers(trainer.details().unitCode())) {
			throw notFound(id);
		}
		return trainer;
	}

	/** A page of trainers and how many there are in all. */
	record Page(List<Trainer> trainers, long total) {
	}

	/** The trainers of a unit (the province's own and its districts', or one district's). */
	Page list(@Nullable String unit, @Nullable TrainerLevel level, @Nullable String status, int page, int size,
			Caller caller) {
		caller.require(READERS);
		AdministrativeUnit listed = this.support.unitToList(unit, caller);
		caller.requireWithin(listed.code(), READERS);
		Boolean active = (status == null) ? null : "ACTIVE".equals(status);
		List<String> units = this.support.unitsAtOrBelow(listed.code(), UnitLevel.DISTRICT);
		return new Page(this.store.trainers(units, level, active, page, size),
				this.store.countTrainers(units, level, active));
	}

	List<PeopleChange> history(String id, Caller caller) {
		return find(id, caller, Role.PROVINCE_ADMIN).history();
	}

	String unitName(String code) {
		return this.support.find(code).map(AdministrativeUnit::name).orElse(code);
	}

	private Trainer current(String id, @Nullable Long ifMatch, Caller caller) {
		Trainer trainer = find(id, caller, MANAGERS);
		if (ifMatch != null && ifMatch != trainer.version()) {
			throw new StaleVersionException(id, ifMatch);
		}
		return trainer;
	}

	/**
	 * The details a well-formed request describes, once its unit is an official unit at the level the
	 * trainer's level requires.
	 * @throws InvalidRequestException otherwise
	 */
	private Trainer.Details detailsOf(PeopleRequests.TrainerDetails request) {
		List<FieldProblem> problems = new ArrayList<>();
		AdministrativeUnit unit = this.support.find(request.unitCode()).orElse(null);
		if (unit == null) {
			problems.add(new FieldProblem("unitCode", "Không tìm thấy đơn vị hành chính có mã " + request.unitCode()));
		}
		else if (unit.level() != request.level().unitLevel()) {
			problems.add(new FieldProblem("unitCode", (request.level() == TrainerLevel.PROVINCIAL)
					? "Tập huấn viên cấp tỉnh phải thuộc đơn vị cấp tỉnh, không phải " + unit.name()
					: "Tập huấn viên cấp huyện phải thuộc đơn vị cấp huyện, không phải " + unit.name()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return new Trainer.Details(request.level(), request.unitCode(), request.source(),
				PeopleSupport.clean(request.fullName()), request.gender(),
				new Decision(PeopleSupport.clean(request.appointmentNumber()), request.appointmentDate()),
				request.trainedOn(), request.materialsGivenOn());
	}

	private static NotFoundException notFound(String id) {
		return new NotFoundException("Không tìm thấy tập huấn viên " + id);
	}

}
