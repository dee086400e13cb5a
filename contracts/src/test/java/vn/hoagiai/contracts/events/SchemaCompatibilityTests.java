package vn.hoagiai.contracts.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The versioning rules of docs/EVENTS.md, change by change. */
class SchemaCompatibilityTests {

	static final ObjectMapper JSON = new ObjectMapper();

	static ObjectNode published() throws Exception {
		return (ObjectNode) JSON.readTree(EventSchemas.open("case-state.v1"));
	}

	@Test
	void theSameSchemaIsCompatible() throws Exception {
		assertThat(SchemaCompatibility.breakingChanges(published(), published())).isEmpty();
	}

	@Test
	void aNewOptionalPropertyAndNewWordsAreCompatible() throws Exception {
		ObjectNode current = published();
		((ObjectNode) current.get("properties")).putObject("teamId").put("type", "string");
		current.put("description", "Reworded.");

		assertThat(SchemaCompatibility.breakingChanges(published(), current)).isEmpty();
	}

	@Test
	void aNewRequiredPropertyBreaks() throws Exception {
		ObjectNode current = published();
		((ObjectNode) current.get("properties")).putObject("teamId").put("type", "string");
		((ArrayNode) current.get("required")).add("teamId");

		assertThat(SchemaCompatibility.breakingChanges(published(), current)).anyMatch((p) -> p.contains("teamId"));
	}

	@Test
	void aRemovedPropertyBreaks() throws Exception {
		ObjectNode current = published();
		((ObjectNode) current.get("properties")).remove("legalSupportGivenOn");

		assertThat(SchemaCompatibility.breakingChanges(published(), current))
			.containsExactly("$.legalSupportGivenOn: removed");
	}

	@Test
	void aNewEnumValueBreaksConsumersThatDoNotKnowIt() throws Exception {
		ObjectNode current = published();
		((ArrayNode) current.get("properties").get("field").get("enum")).add("ENVIRONMENT");

		assertThat(SchemaCompatibility.breakingChanges(published(), current)).singleElement()
			.asString()
			.startsWith("$.field: 'enum' changed");
	}

	@Test
	void aChangedTypeOrPatternBreaks() throws Exception {
		ObjectNode current = published();
		((ObjectNode) current.get("properties").get("version")).put("type", "string");
		((ObjectNode) current.get("properties").get("communeCode")).put("pattern", "^[0-9]{4,5}$");

		assertThat(SchemaCompatibility.breakingChanges(published(), current)).hasSize(2);
	}

	@Test
	void aChangedConditionalRuleBreaks() throws Exception {
		ObjectNode current = published();
		((ArrayNode) current.get("allOf")).remove(2);

		JsonNode before = published();
		assertThat(SchemaCompatibility.breakingChanges(before, current)).anyMatch((p) -> p.contains("allOf"));
	}

}
