package vn.hoagiai.registry.people;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.hoagiai.kit.problem.ForbiddenException;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.security.Caller;

/**
 * What this package needs to know of a mediation team: that it exists, is visible (not staged by an
 * import that has not been committed) and active, its commune, and who its mediators are. Read straight
 * from the {@code teams} collection, because the team package offers no public API; this is read-only.
 */
@Component
class TeamLookup {

	/** The teams' collection and the fields read from it (see MediationTeam and OutboxTeamRepository). */
	static final String TEAMS = "teams";

	static final String STAGED = "_staged";

	private final MongoTemplate mongo;

	TeamLookup(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * A team as seen from here.
	 *
	 * @param id the team's id
	 * @param communeCode its commune
	 * @param active false once dissolved
	 * @param mediatorIds its mediators, serving or former
	 */
	record TeamRef(String id, String communeCode, boolean active, Set<String> mediatorIds) {
	}

	/**
	 * The team a request names, if it exists and has been committed (not staged by an import), and the
	 * caller may manage it.
	 * @throws InvalidRequestException (field {@code teamId}) when there is no such team
	 * @throws ForbiddenException when it lies outside the caller's scope
	 */
	TeamRef managed(String teamId, Caller caller) {
		TeamRef team = find(teamId).orElseThrow(() -> new InvalidRequestException("teamId",
				"Không tìm thấy tổ hòa giải " + teamId));
		if (!caller.covers(team.communeCode())) {
			throw new ForbiddenException("Tổ hòa giải này nằm ngoài phạm vi quản lý của bạn.");
		}
		return team;
	}

	/** The team, if it exists and is visible (an import that staged it has been committed). */
	Optional<TeamRef> find(String teamId) {
		Document query = new Document("_id", teamId).append(STAGED, new Document("$exists", false));
		Document team = this.mongo.getCollection(TEAMS)
			.find(query)
			.projection(new Document("communeCode", 1).append("active", 1).append("mediators", 1))
			.first();
		if (team == null || team.getString("communeCode") == null) {
			return Optional.empty();
		}
		Set<String> mediators = new HashSet<>();
		for (Document mediator : team.getList("mediators", Document.class, List.of())) {
			Object id = mediator.containsKey("_id") ? mediator.get("_id") : mediator.get("id");
			if (id != null) {
				mediators.add(id.toString());
			}
		}
		return Optional.of(new TeamRef(team.getString("_id"), team.getString("communeCode"),
				!Boolean.FALSE.equals(team.getBoolean("active")), mediators));
	}

}
