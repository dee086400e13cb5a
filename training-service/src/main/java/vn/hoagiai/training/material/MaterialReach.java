package vn.hoagiai.training.material;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.MaterialReachState;
import vn.hoagiai.kit.outbox.PendingEvent;

/**
 * A mediator reached a material (tiếp cận tài liệu): one record per material and mediator, inserted
 * once with its {@code material.reached.v1} event and never changed afterwards, but for the count of
 * openings through the reading link.
 *
 * @param id {@code <materialId>:<mediatorId>}
 * @param materialId the material
 * @param mediatorId the registry's id of the mediator
 * @param communeCode the commune of the mediator's team when they first reached it
 * @param channel how they first reached it
 * @param reachedAt when
 * @param opens how often the mediator's reading link was opened
 * @param recordedBy who recorded a handout (the token's subject); absent for a reading link
 */
@Document("material_reach")
record MaterialReach(@Id String id, String materialId, String mediatorId, String communeCode, ReachChannel channel,
		Instant reachedAt, long opens, @Nullable String recordedBy) {

	static String idOf(String materialId, String mediatorId) {
		return materialId + ":" + mediatorId;
	}

	PendingEvent event() {
		return PendingEvent.of(Topic.TRAINING_MATERIALS, this.id, EventType.MATERIAL_REACHED, this.reachedAt,
				new MaterialReachState(this.id, 1, this.materialId, this.mediatorId, this.communeCode,
						this.channel.name(), this.reachedAt));
	}

}
