package vn.hoagiai.reporting.rollup;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.databind.json.JsonMapper;

/** JSON for the rollup's own records and state: plain JSON, no type headers, no class names. */
final class JsonSerde {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private JsonSerde() {
	}

	static <T> Serde<T> of(Class<T> type) {
		Serializer<T> serializer = (topic, value) -> (value == null) ? null : MAPPER.writeValueAsBytes(value);
		Deserializer<T> deserializer = (topic, bytes) -> (bytes == null) ? null : MAPPER.readValue(bytes, type);
		return Serdes.serdeFrom(serializer, deserializer);
	}

	static <T> T read(byte[] bytes, Class<T> type) {
		return MAPPER.readValue(bytes, type);
	}

}
