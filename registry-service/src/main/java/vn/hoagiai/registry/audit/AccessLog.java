package vn.hoagiai.registry.audit;

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
 * Who read whose records, and when (Law 91/2025/QH15 on personal data protection): one entry per
 * record shown (a team, a trainer, a legal supporter), naming the people whose data it showed.
 */
@Component
public class AccessLog {

	/** A team read: the record is the team, the people its mediators. */
	public static final String TEAM = "team";

	private final MongoTemplate mongo;

	AccessLog(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * One read of one record's people.
	 *
	 * @param id the entry's id
	 * @param at when
	 * @param subject who (the token's subject)
	 * @param role their role
	 * @param unit their unit scope
	 * @param kind what was read: {@code team}, {@code trainer}, {@code legal-supporter}
	 * @param recordId the record read
	 * @param personIds the people whose data was shown
	 */
	@Document("access_log")
	public record Entry(@Id @Nullable String id, Instant at, String subject, @Nullable String role,
			@Nullable String unit, String kind, String recordId, List<String> personIds) {
	}

	/**
	 * A read of records.
	 *
	 * @param kind what they are
	 * @param records each record's id with the ids of the people it showed
	 */
	public void read(Caller caller, String kind, java.util.Map<String, List<String>> records) {
		Instant now = Instant.now();
		List<Entry> entries = records.entrySet()
			.stream()
			.map((record) -> new Entry(null, now, caller.subject(), String.valueOf(caller.role()), caller.unit(), kind,
					record.getKey(), List.copyOf(record.getValue())))
			.toList();
		if (!entries.isEmpty()) {
			this.mongo.insertAll(entries);
		}
	}

	/** A read of records that are each one person (trainers, legal supporters). */
	public void readPeople(Caller caller, String kind, List<String> personIds) {
		java.util.Map<String, List<String>> records = new java.util.LinkedHashMap<>();
		personIds.forEach((id) -> records.put(id, List.of(id)));
		read(caller, kind, records);
	}

	/** The latest reads of one record, newest first. */
	public List<Entry> of(String recordId, int limit) {
		return this.mongo.find(Query.query(Criteria.where("recordId").is(recordId))
			.with(Sort.by(Sort.Direction.DESC, "at"))
			.limit(limit), Entry.class);
	}

}
