package vn.hoagiai.training.communication;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.CommunicationState;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.kit.outbox.PendingEvent;

/**
 * A communication activity (hoạt động truyền thông) a unit carried out to publicise grassroots
 * mediation (task 6a of the plan). Holds no personal data.
 *
 * @param id id
 * @param kind what it is
 * @param subject what it publicises
 * @param title title, in Vietnamese
 * @param channel where it ran, in words (a newspaper, a station, a fan page)
 * @param date the day it ran or was held
 * @param organiserUnitCode the unit that carried it out
 * @param reach an estimate of the people it reached
 * @param link where it can be seen, if online
 * @param version the document's version: one more with every change; also the API's ETag
 * @param createdAt when it was recorded
 * @param createdBy who recorded it (the token's subject), kept for the record, not shown
 * @param changedAt when it last changed
 * @param changedBy who last changed it, kept for the record, not shown
 */
@Document("communications")
record CommunicationActivity(@Id String id, CommunicationKind kind, CommunicationSubject subject, String title,
		String channel, LocalDate date, String organiserUnitCode, long reach, @Nullable String link, long version,
		Instant createdAt, String createdBy, Instant changedAt, String changedBy) {

	/** The event of this state: recorded for the first version, changed after. */
	PendingEvent event() {
		EventType type = (this.version == 1) ? EventType.COMMUNICATION_RECORDED : EventType.COMMUNICATION_CHANGED;
		return PendingEvent.of(Topic.TRAINING_COMMUNICATIONS, this.id, type, this.changedAt,
				new CommunicationState(this.id, this.version, this.kind.name(), this.subject.name(), this.title,
						this.organiserUnitCode, this.date, this.reach, this.changedAt));
	}

}
