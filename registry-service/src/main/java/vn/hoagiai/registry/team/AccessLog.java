package vn.hoagiai.registry.team;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.hoagiai.kit.security.Caller;

/**
 * Who read which mediators' records, and when (Law 91/2025/QH15 on personal data protection): one
 * entry per team read, naming the mediators whose records were shown.
 */
@Component
class AccessLog {

	private final MongoTemplate mongo;

	AccessLog(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * One read of one team's people.
	 *
	 * @param id the entry's id
	 * @param at when
	 * @param subject who (the token's subject)
	 * @param role their role
	 * @param unit their unit scope
	 * @param teamId the team read
	 * @param mediatorIds the mediators whose records were shown
	 */
	@Document("access_log")
	record Entry(@Id @Nullable String id, Instant at, String subject, @Nullable String role, @Nullable String unit,
			String teamId, List<String> mediatorIds) {
	}

	void read(Caller caller, List<MediationTeam> teams) {
		Instant now = Instant.now();
		List<Entry> entries = teams.stream()
			.map((team) -> new Entry(null, now, caller.subject(), String.valueOf(caller.role()), caller.unit(),
					team.id(), team.mediators().stream().map(TeamMediator::id).toList()))
			.toList();
		if (!entries.isEmpty()) {
			this.mongo.insertAll(entries);
		}
	}

	List<Entry> ofTeam(String teamId, int limit) {
		return this.mongo.find(Query.query(Criteria.where("teamId").is(teamId))
			.with(Sort.by(Sort.Direction.DESC, "at"))
			.limit(limit), Entry.class);
	}

}
