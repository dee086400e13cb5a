package vn.hoagiai.deployment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml against the Compose Specification's JSON schema: what {@code docker compose config}
 * would reject, found without a Docker engine. The schema is src/test/resources/compose-spec.json, a
 * copy of schema/compose-spec.json of github.com/compose-spec/compose-spec at commit
 * 00655e2222608fa6eaecdf12ac5195889ca2244a.
 */
class ComposeSchemaTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static JsonSchema schema() {
		// The schema's $id is relative ("compose_spec.json"): it is read from the class path, which gives
		// it a base to resolve against.
		return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
			.getSchema(SchemaLocation.of("classpath:compose-spec.json"));
	}

	private static Set<ValidationMessage> validate(Map<String, Object> compose) throws Exception {
		JsonNode document = JSON.valueToTree(compose);
		return schema().validate(document);
	}

	@Test
	void composeFileFollowsTheComposeSpecification() throws Exception {
		Set<ValidationMessage> problems = validate(ComposeFile.load().model());

		assertThat(problems).as("what the Compose schema says about docker-compose.yml").isEmpty();
	}

	@Test
	void schemaRejectsAMisspelledSetting() throws Exception {
		Map<String, Object> compose = new LinkedHashMap<>(ComposeFile.load().model());
		Map<String, Object> services = new LinkedHashMap<>(ComposeFile.map(compose.get("services")));
		Map<String, Object> gateway = new LinkedHashMap<>(ComposeFile.map(services.get("gateway")));
		gateway.put("enviroment", Map.of("GATEWAY_PORT", "8080"));
		gateway.put("restart", 3);
		services.put("gateway", gateway);
		compose.put("services", services);

		Set<ValidationMessage> problems = validate(compose);

		assertThat(problems).extracting(ValidationMessage::getMessage)
			.as("the schema must catch what Compose would refuse, or the test above proves nothing")
			.anySatisfy((message) -> assertThat(message).contains("enviroment"))
			.anySatisfy((message) -> assertThat(message).contains("restart"));
	}

}
