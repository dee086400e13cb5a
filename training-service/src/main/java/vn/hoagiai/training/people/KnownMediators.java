package vn.hoagiai.training.people;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * What the rest of training-service may ask about a mediator: whether the registry's events made them
 * known, and whether they still serve. Answers from the local read model only, never by calling the
 * registry.
 */
@Component
public class KnownMediators {

	private final MongoTemplate mongo;

	KnownMediators(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The mediator's standing, or empty when no team event ever named them. */
	public Optional<Standing> find(String mediatorId) {
		return Optional.ofNullable(this.mongo.findById(mediatorId, KnownMediator.class))
			.map((known) -> new Standing(known.mediatorId(), known.communeCode(), known.serving()));
	}

	/**
	 * A mediator as training-service knows them.
	 *
	 * @param mediatorId the registry's id
	 * @param communeCode the commune of the team they serve (or last served) in
	 * @param serving false once they stopped serving (thôi làm hòa giải viên) or their team was dissolved
	 */
	public record Standing(String mediatorId, String communeCode, boolean serving) {
	}

}
