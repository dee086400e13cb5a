package vn.hoagiai.registry.people;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Declares the indexes the people lists use (real MongoDB builds them; the development store may
 * ignore them): trainers by unit, assignments and commendations by commune.
 */
@Component
class PeopleIndexes implements ApplicationRunner {

	private final MongoTemplate mongo;

	PeopleIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.mongo.indexOps(Trainer.class)
			.createIndex(new Index().on("details.unitCode", Sort.Direction.ASC).on("details.fullName", Sort.Direction.ASC));
		this.mongo.indexOps(LegalSupport.class)
			.createIndex(new Index().on("communeCode", Sort.Direction.ASC).on("teamId", Sort.Direction.ASC));
		this.mongo.indexOps(Commendation.class)
			.createIndex(new Index().on("communeCode", Sort.Direction.ASC).on("awardedYear", Sort.Direction.ASC));
	}

}
