package vn.hoagiai.registry.people;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

import vn.hoagiai.kit.security.Caller;

/**
 * Who read which trainers' and legal supporters' records, and when (Law 91/2025/QH15 on personal data
 * protection): one entry per answer that showed people's names.
 */
@Component
class PeopleAccessLog {

	private final MongoTemplate mongo;

	PeopleAccessLog(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * One read of people's records.
	 *
	 * @param id the entry's id
	 * @param at when
	 * @param subject who (the token's subject)
	 * @param role their role
	 * @param unit their unit scope
	 * @param kind what was read: {@code trainer} or {@code legal-supporter}
	 * @param ids whose records were shown
	 */
	@Document("people_access_log")
	record Entry(@Id @Nullable String id, Instant at, String subject, @Nullable String role, @Nullable String unit,
			String kind, List<String> ids) {
	}

	void read(Caller caller, String kind, List<String> ids) {
		if (!ids.isEmpty()) {
			this.mongo.insert(new Entry(null, Instant.now(), caller.subject(), String.valueOf(caller.role()),
					caller.unit(), kind, List.copyOf(ids)));
		}
	}

}
