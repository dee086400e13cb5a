package vn.hoagiai.training.people;

import java.util.HashSet;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.TeamState;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.contracts.events.UnreadableEventException;

/**
 * Keeps the local read model of mediators from the registry's team events. Idempotent: an event
 * whose team version is not newer than what is known changes nothing.
 */
@Component
class RegistryListener {

	private final MongoTemplate mongo;

	private final AdministrativeUnits units;

	RegistryListener(MongoTemplate mongo, AdministrativeUnits units) {
		this.mongo = mongo;
		this.units = units;
	}

	@KafkaListener(id = "training-registry-teams", topics = "registry.teams",
			properties = { "auto.offset.reset=earliest",
					"key.deserializer=org.apache.kafka.common.serialization.StringDeserializer",
					"value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer" })
	void onTeamEvent(ConsumerRecord<String, byte[]> record) {
		EventCodec.ReceivedEvent event = EventCodec.read(record.headers(), record.value());
		TeamState team = event.dataAs(TeamState.class);
		// A team re-homed by the 2025 reorganisation names its new commune in the two-tier hierarchy.
		String commune = event.unitId(team.communeCode());
		if (this.units.find(commune).isEmpty()) {
			throw new UnreadableEventException("unknown-unit", "unknown administrative unit code '" + commune + "'");
		}
		Set<String> serving = new HashSet<>();
		for (TeamState.Member member : team.members()) {
			serving.add(member.mediatorId());
			upsertIfNewer(member.mediatorId(), team, commune, team.active());
		}
		// Members of the team's earlier versions who are no longer listed have stopped serving in it.
		Query former = Query.query(Criteria.where("teamId").is(team.teamId())
			.and("_id").nin(serving)
			.and("teamVersion").lt(team.version()));
		this.mongo.updateMulti(former, new Update().set("serving", false).set("teamVersion", team.version()),
				KnownMediator.class);
	}

	private void upsertIfNewer(String mediatorId, TeamState team, String commune, boolean serving) {
		KnownMediator known = this.mongo.findById(mediatorId, KnownMediator.class);
		if (known != null && known.teamId().equals(team.teamId()) && known.teamVersion() >= team.version()) {
			return;
		}
		this.mongo.save(new KnownMediator(mediatorId, team.teamId(), commune, serving, team.version()));
	}

}
