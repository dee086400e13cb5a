package vn.hoagiai.benchmarks;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The on-demand side of the query benchmark counts what the rollup counts: teams stored as the registry
 * stores them (null fields left out, as Spring Data writes them), on the embedded server the stack uses.
 * The smoke run checks the two agree on imported teams; these are the cases an import never makes.
 */
class OnDemandFiguresTests {

	private MongoServer server;

	private MongoClient client;

	private MongoCollection<Document> teams;

	@BeforeEach
	void start() {
		this.server = new MongoServer(H2Backend.inMemory());
		InetSocketAddress address = this.server.bind();
		this.client = MongoClients.create("mongodb://localhost:" + address.getPort());
		this.teams = this.client.getDatabase(OnDemandBenchmark.REGISTRY_DATABASE)
			.getCollection(OnDemandBenchmark.TEAMS_COLLECTION);
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void countsActiveCommittedTeamsOfTheCommunesAndTheirServingMediatorsOnly() {
		this.teams.insertMany(List.of(
				team("a", "21550", true, true, mediator("FEMALE"), mediator("MALE"),
						mediator("FEMALE").append("dismissal", new Document("ground", "RESIGNED")),
						mediator("MALE").append("movedTo", new Document("teamId", "b").append("completed", true))),
				team("b", "21553", true, false, mediator("MALE"), mediator("FEMALE").append("movedFrom", "a"),
						mediator("MALE").append("dismissal", null)),
				team("dissolved", "21550", false, true, mediator("FEMALE"), mediator("MALE"), mediator("MALE")),
				team("staged", "21550", true, true, mediator("FEMALE")).append("_staged", true),
				team("elsewhere", "00004", true, true, mediator("FEMALE"))));

		Map<String, Long> figures = OnDemandBenchmark.figures(this.teams, List.of("21550", "21553"));

		assertThat(figures).isEqualTo(
				Map.of("teams", 2L, "teamsCompliant", 1L, "mediators", 5L, "mediatorsWomen", 2L));
	}

	@Test
	void aProvinceWithoutTeamsCountsZero() {
		this.teams.insertOne(team("elsewhere", "00004", true, true, mediator("FEMALE")));

		assertThat(OnDemandBenchmark.figures(this.teams, List.of("21550")).values()).containsOnly(0L);
	}

	private static Document team(String id, String commune, boolean active, boolean compliant, Document... mediators) {
		return new Document("_id", id).append("communeCode", commune)
			.append("active", active)
			.append("mediators", new ArrayList<>(List.of(mediators)))
			.append("compliance", new Document("compliant", compliant).append("reasons", List.of()));
	}

	private static Document mediator(String gender) {
		return new Document("id", java.util.UUID.randomUUID().toString()).append("gender", gender)
			.append("ethnicity", "Kinh");
	}

}
