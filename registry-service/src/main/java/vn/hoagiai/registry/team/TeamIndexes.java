package vn.hoagiai.registry.team;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Declares the indexes of the teams collection (real MongoDB builds them; the development store
 * ignores them, so there every import's release reads every team, which BENCHMARKS.md measures): an
 * import's staged teams, released or discarded together, and the teams of a commune, which reports
 * and anyone counting straight from the collection select by.
 */
@Component
class TeamIndexes implements ApplicationRunner {

	private final MongoTemplate mongo;

	TeamIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.mongo.indexOps(MediationTeam.class)
			.createIndex(new Index().on(OutboxTeamRepository.IMPORT, Sort.Direction.ASC).sparse());
		this.mongo.indexOps(MediationTeam.class)
			.createIndex(new Index().on("communeCode", Sort.Direction.ASC).on("active", Sort.Direction.ASC));
		this.mongo.indexOps(TeamImport.class).createIndex(new Index().on("sha256", Sort.Direction.ASC));
	}

}
