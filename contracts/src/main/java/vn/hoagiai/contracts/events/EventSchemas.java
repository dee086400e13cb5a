package vn.hoagiai.contracts.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The JSON Schemas of the contract, one per data shape and version, shipped in this module under
 * {@code vn/hoagiai/contracts/schemas/<name>.schema.json}. Every consumer checks what it reads against
 * them, and so does the publishing tool before it sends.
 */
public final class EventSchemas {

	/** Where the schemas are on the class path. */
	public static final String LOCATION = "/vn/hoagiai/contracts/schemas/";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Map<EventType, JsonSchema> SCHEMAS = load();

	private EventSchemas() {
	}

	private static Map<EventType, JsonSchema> load() {
		JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
		SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
		Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);
		for (EventType type : EventType.values()) {
			try (InputStream in = open(type.schema())) {
				schemas.put(type, factory.getSchema(in, config));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return schemas;
	}

	/** The schema's text, for documents and tools. */
	public static InputStream open(String schema) {
		InputStream in = EventSchemas.class.getResourceAsStream(LOCATION + schema + ".schema.json");
		if (in == null) {
			throw new IllegalStateException("schema missing from the class path: " + schema);
		}
		return in;
	}

	/**
	 * What is wrong with the data of an event of this type, in the words of the schema; empty when it
	 * is valid.
	 */
	public static List<String> problems(EventType type, byte[] data) {
		JsonNode node;
		try {
			node = JSON.readTree(data);
		}
		catch (IOException ex) {
			return List.of("the data is not JSON: " + ex.getMessage());
		}
		if (node == null) {
			return List.of("the data is empty");
		}
		Set<ValidationMessage> messages = SCHEMAS.get(type).validate(node);
		return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
	}

}
