package vn.hoagiai.contracts.events;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

import vn.hoagiai.contracts.units.AdministrativeUnits;

/**
 * Writes and reads the contract's events: CloudEvents 1.0 in the Kafka protocol binding's binary mode
 * ({@code ce_*} headers, {@code content-type: application/json}, the data as the record value).
 */
public final class EventCodec {

	public static final String JSON = "application/json";

	/**
	 * The CloudEvents extension naming the version of the administrative hierarchy the data's unit codes
	 * belong to: {@code 2025-07-01} for the two-tier hierarchy of the reorganisation. Absent, the codes
	 * are of the three-tier hierarchy of 2025-03-01, as every event before the reorganisation.
	 */
	public static final String HIERARCHY = "hierarchy";

	/** The largest event data the contract accepts: a whole state is a few hundred bytes. */
	public static final int MAX_DATA_BYTES = 64 * 1024;

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private EventCodec() {
	}

	/** The JSON the contract carries for an event's data. */
	public static byte[] toJson(Object data) {
		return MAPPER.writeValueAsBytes(data);
	}

	public static <T> T fromJson(byte[] json, Class<T> type) {
		return MAPPER.readValue(json, type);
	}

	/** A Kafka record for one event, keyed by the id of the thing the event is about. */
	public static ProducerRecord<String, byte[]> toRecord(String topic, String key, OutgoingEvent event) {
		event = withOfficialCodes(event);
		CloudEventBuilder builder = CloudEventBuilder.v1();
		if (event.correlationId() != null) {
			builder.withExtension("correlationid", event.correlationId());
		}
		if (event.hierarchy() != null && !AdministrativeUnits.THREE_TIER_VERSION.equals(event.hierarchy())) {
			builder.withExtension(HIERARCHY, event.hierarchy());
		}
		CloudEvent cloudEvent = builder
			.withId(event.id())
			.withType(event.type().type())
			.withSource(event.source())
			.withSubject(key)
			.withTime(event.time().atOffset(ZoneOffset.UTC))
			.withDataContentType(JSON)
			.withData(event.data())
			.build();
		return KafkaMessageFactory.createWriter(topic, null, event.time().toEpochMilli(), key).writeBinary(cloudEvent);
	}

	/**
	 * The event with its data's unit codes official: the services know a unit of the two-tier hierarchy
	 * by its id ({@code 21553@2025-07-01}); the contract carries the official code ({@code 21553}) in the
	 * data and the version in the {@value #HIERARCHY} extension. Every unit of one event belongs to one
	 * version of the hierarchy.
	 */
	static OutgoingEvent withOfficialCodes(OutgoingEvent event) {
		if (event.hierarchy() != null || !contains(event.data(), (byte) '@')) {
			return event;
		}
		JsonNode tree = MAPPER.readTree(event.data());
		java.util.Set<String> versions = new java.util.TreeSet<>();
		officialCodes(tree, versions);
		if (versions.isEmpty()) {
			return event;
		}
		if (versions.size() > 1) {
			throw new IllegalArgumentException("an event's units belong to several versions of the hierarchy: " + versions);
		}
		return new OutgoingEvent(event.id(), event.type(), event.source(), event.time(), MAPPER.writeValueAsBytes(tree),
				event.correlationId(), versions.iterator().next());
	}

	private static void officialCodes(JsonNode node, java.util.Set<String> versions) {
		if (node instanceof ObjectNode object) {
			for (String field : new ArrayList<>(object.propertyNames())) {
				JsonNode value = object.get(field);
				if (field.endsWith("Code") && value.isString() && value.asString().indexOf('@') > 0) {
					versions.add(AdministrativeUnits.hierarchyOf(value.asString()));
					object.put(field, AdministrativeUnits.officialCode(value.asString()));
				}
				else {
					officialCodes(value, versions);
				}
			}
		}
		else if (node.isArray()) {
			node.forEach((element) -> officialCodes(element, versions));
		}
	}

	private static boolean contains(byte[] bytes, byte wanted) {
		for (byte b : bytes) {
			if (b == wanted) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Reads one record into a typed event.
	 * @throws UnreadableEventException with a reason a person can act on, when the record is not an event
	 * of the contract
	 */
	public static ReceivedEvent read(Headers headers, byte @Nullable [] value) {
		if (value == null) {
			throw new UnreadableEventException("empty-value", "the record has no value");
		}
		CloudEvent cloudEvent;
		try {
			MessageReader reader = KafkaMessageFactory.createReader(headers, value);
			cloudEvent = reader.toEvent();
		}
		catch (CloudEventRWException | IllegalStateException ex) {
			throw new UnreadableEventException("not-a-cloudevent",
					"not a CloudEvents 1.0 binary-mode record: " + ex.getMessage());
		}
		EventType type = EventType.of(cloudEvent.getType())
			.orElseThrow(() -> new UnreadableEventException("unknown-type",
					"unknown event type '" + cloudEvent.getType() + "'"));
		CloudEventData data = cloudEvent.getData();
		if (data == null) {
			throw new UnreadableEventException("no-data", "the event carries no data");
		}
		byte[] bytes = data.toBytes();
		if (bytes.length > MAX_DATA_BYTES) {
			throw new UnreadableEventException("too-large",
					"the data has " + bytes.length + " bytes; the contract accepts at most " + MAX_DATA_BYTES);
		}
		List<String> schemaProblems = EventSchemas.problems(type, bytes);
		if (!schemaProblems.isEmpty()) {
			throw new UnreadableEventException("schema",
					"the data does not follow " + type.schema() + ": " + String.join("; ", schemaProblems));
		}
		Object payload;
		try {
			payload = MAPPER.readValue(bytes, type.dataType());
		}
		catch (JacksonException ex) {
			throw new UnreadableEventException("invalid-data",
					"the data does not match " + type.type() + ": " + ex.getOriginalMessage());
		}
		List<String> ruleProblems = ContractRules.problems(type, payload, LocalDate.now(ZoneOffset.UTC));
		if (!ruleProblems.isEmpty()) {
			throw new UnreadableEventException("rule", String.join("; ", ruleProblems));
		}
		Object hierarchy = cloudEvent.getExtension(HIERARCHY);
		String version = (hierarchy == null) ? AdministrativeUnits.THREE_TIER_VERSION : hierarchy.toString();
		if (!AdministrativeUnits.VERSIONS.contains(version)) {
			throw new UnreadableEventException("unknown-hierarchy", "unknown version of the administrative hierarchy '"
					+ version + "'; the contract knows " + String.join(", ", AdministrativeUnits.VERSIONS));
		}
		OffsetDateTime time = cloudEvent.getTime();
		return new ReceivedEvent(cloudEvent.getId(), type, cloudEvent.getSource(), cloudEvent.getSubject(),
				(time != null) ? time.toInstant() : null, payload, version);
	}

	/**
	 * An event to publish.
	 *
	 * @param id the CloudEvents id
	 * @param type the type
	 * @param source who publishes it
	 * @param time when it happened
	 * @param data the data, JSON
	 * @param correlationId the request that caused it, sent as the CloudEvents extension {@code correlationid}
	 * @param hierarchy the version of the hierarchy the data's unit codes belong to, sent as the extension
	 * {@value #HIERARCHY} unless it is the three-tier one; null: the three-tier one
	 */
	public record OutgoingEvent(String id, EventType type, URI source, java.time.Instant time, byte[] data,
			@Nullable String correlationId, @Nullable String hierarchy) {

		public OutgoingEvent(String id, EventType type, URI source, java.time.Instant time, byte[] data,
				@Nullable String correlationId) {
			this(id, type, source, time, data, correlationId, null);
		}

		public OutgoingEvent(String id, EventType type, URI source, java.time.Instant time, byte[] data) {
			this(id, type, source, time, data, null, null);
		}

	}

	/**
	 * An event read from a topic, its data typed by its event type.
	 *
	 * @param hierarchy the version of the administrative hierarchy its unit codes belong to
	 */
	public record ReceivedEvent(String id, EventType type, URI source, @Nullable String subject,
			java.time.@Nullable Instant time, Object data, String hierarchy) {

		/** The id of a unit the data names by its official code ({@code 21553@2025-07-01}). */
		public String unitId(String officialCode) {
			return AdministrativeUnits.id(officialCode, this.hierarchy);
		}

		public <T> T dataAs(Class<T> expected) {
			return expected.cast(this.data);
		}

	}

}
