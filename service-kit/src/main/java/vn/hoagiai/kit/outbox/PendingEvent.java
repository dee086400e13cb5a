package vn.hoagiai.kit.outbox;

import java.time.Instant;
import java.util.UUID;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.kit.tracing.TraceParent;
import vn.hoagiai.kit.web.CorrelationIdFilter;

/**
 * An event waiting in its aggregate's document to be published. It is stored in the same document
 * as the change that caused it, in one atomic write, so there is never a change without its event or
 * an event without its change.
 *
 * @param eventId the CloudEvents id, kept across retries so consumers can recognise a re-delivery
 * @param topic where it goes
 * @param key the Kafka key: the id of the thing the event is about
 * @param type the CloudEvents type
 * @param time when the change happened
 * @param data the event data as JSON
 * @param correlationId the correlation id of the request that caused it, if any
 * @param traceparent the W3C trace context of the work that caused it, if traced: the relay publishes the
 * event in the same trace, however much later
 */
public record PendingEvent(String eventId, String topic, String key, String type, Instant time, String data,
		@Nullable String correlationId, @Nullable String traceparent) {

	/** The field of an aggregate's document where its events wait for the relay. */
	public static final String FIELD = "_outbox";

	/** An event outside any trace. */
	public PendingEvent(String eventId, String topic, String key, String type, Instant time, String data,
			@Nullable String correlationId) {
		this(eventId, topic, key, type, time, data, correlationId, null);
	}

	public static PendingEvent of(Topic topic, String key, EventType type, Instant time, Object data) {
		return new PendingEvent(UUID.randomUUID().toString(), topic.topicName(), key, type.type(), time,
				new String(EventCodec.toJson(data), java.nio.charset.StandardCharsets.UTF_8), CorrelationIdFilter.current(),
				TraceParent.current());
	}

	/** The event as stored in an outbox array. */
	public Document toDocument() {
		return new Document("eventId", this.eventId).append("topic", this.topic)
			.append("key", this.key)
			.append("type", this.type)
			.append("time", java.util.Date.from(this.time))
			.append("data", this.data)
			.append("correlationId", this.correlationId)
			.append("traceparent", this.traceparent);
	}

	static PendingEvent fromDocument(Document document) {
		return new PendingEvent(document.getString("eventId"), document.getString("topic"),
				document.getString("key"), document.getString("type"), document.getDate("time").toInstant(),
				document.getString("data"), document.getString("correlationId"),
				document.getString("traceparent"));
	}

}
