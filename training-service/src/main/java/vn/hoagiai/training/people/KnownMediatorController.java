package vn.hoagiai.training.people;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.kit.problem.NotFoundException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;

/** What training-service knows of a mediator from the registry's events. */
@RestController
@RequestMapping("/api/training/mediators")
class KnownMediatorController {

	private final MongoTemplate mongo;

	KnownMediatorController(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@GetMapping("/{mediatorId}")
	KnownMediator one(Caller caller, @PathVariable String mediatorId) {
		caller.require(Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER, Role.TRAINER);
		KnownMediator known = this.mongo.findById(mediatorId, KnownMediator.class);
		if (known == null || !caller.covers(known.communeCode())) {
			throw new NotFoundException("Không tìm thấy hòa giải viên " + mediatorId);
		}
		return known;
	}

}
