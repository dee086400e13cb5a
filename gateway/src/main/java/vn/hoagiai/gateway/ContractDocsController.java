package vn.hoagiai.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The event contract for people to read: the AsyncAPI document as it is, the JSON Schemas it refers
 * to, and a page in plain HTML that lists every topic, who publishes and reads it, and its messages
 * with an example each.
 */
@RestController
class ContractDocsController {

	static final String CONTRACTS = "vn/hoagiai/contracts/";

	static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");

	private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z0-9-]+\\.v[0-9]+");

	private final String page = render(read(CONTRACTS + "asyncapi.yaml"));

	@GetMapping("/docs/asyncapi.yaml")
	ResponseEntity<Resource> asyncApi() {
		return ResponseEntity.ok().contentType(YAML).body(new ClassPathResource(CONTRACTS + "asyncapi.yaml"));
	}

	@GetMapping("/docs/schemas/{name}.schema.json")
	ResponseEntity<Resource> schema(@PathVariable String name) {
		ClassPathResource schema = new ClassPathResource(CONTRACTS + "schemas/" + name + ".schema.json");
		if (!SCHEMA_NAME.matcher(name).matches() || !schema.exists()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(schema);
	}

	@GetMapping(path = "/docs/events", produces = MediaType.TEXT_HTML_VALUE)
	String events() {
		return this.page;
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String render(String yaml) {
		JsonNode doc = new YAMLMapper().readTree(yaml);
		ObjectMapper json = JsonMapper.builder().build();
		StringBuilder html = new StringBuilder("""
				<!doctype html><html lang="vi"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Hợp đồng sự kiện — Event contract</title>
				<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;color:#1a1a1a}
				code,pre{background:#f3f3f3;padding:.1rem .3rem}pre{padding:.6rem;overflow:auto;white-space:pre-wrap}
				h2{border-top:1px solid #ccc;padding-top:1rem}</style></head><body>
				""");
		html.append("<h1>").append(esc(doc.at("/info/title").asString())).append(" (AsyncAPI ")
			.append(esc(doc.get("asyncapi").asString())).append(")</h1>");
		html.append("<p><a href=\"/docs/asyncapi.yaml\">asyncapi.yaml</a></p>");
		html.append("<pre>").append(esc(doc.at("/info/description").asString())).append("</pre>");
		html.append("<h2>Kafka console producer</h2><pre>")
			.append(esc(doc.at("/x-console-producer/description").asString()))
			.append("\n\n")
			.append(esc(doc.at("/x-console-producer/command").asString()))
			.append("\n\n")
			.append(esc(doc.at("/x-console-producer/line").asString()))
			.append("</pre>");
		for (JsonNode channel : doc.get("channels")) {
			String address = channel.get("address").asString();
			html.append("<h2 id=\"").append(esc(address)).append("\">Topic <code>").append(esc(address)).append("</code></h2>");
			html.append("<p>").append(esc(channel.path("description").asString())).append("</p>");
			JsonNode kafka = channel.at("/bindings/kafka");
			html.append("<p>cleanup.policy: <code>").append(esc(kafka.at("/topicConfiguration/cleanup.policy/0").asString()))
				.append("</code></p>");
			html.append("<p>Publishers and consumers:</p><ul>");
			doc.get("operations").forEach((operation) -> {
				if (operation.at("/channel/$ref").asString().endsWith("/" + channelName(doc, channel))) {
					html.append("<li>").append(esc(operation.path("x-service").asString())).append(": ")
						.append("send".equals(operation.get("action").asString()) ? "publishes" : "consumes")
						.append("</li>");
				}
			});
			html.append("</ul>");
			for (JsonNode reference : channel.get("messages")) {
				String name = reference.get("$ref").asString().substring("#/components/messages/".length());
				JsonNode message = doc.at("/components/messages/" + name);
				html.append("<h3>").append(esc(message.path("title").asString())).append("</h3>");
				html.append("<p>").append(esc(message.path("summary").asString())).append("</p>");
				String schema = message.at("/payload/schema/$ref").asString();
				if (!schema.isEmpty()) {
					html.append("<p>Schema: <a href=\"/docs/").append(esc(schema)).append("\">").append(esc(schema))
						.append("</a></p>");
				}
				JsonNode example = message.path("examples").path(0);
				if (!example.isMissingNode()) {
					html.append("<p>Example (key <code>").append(esc(example.path("x-key").asString()))
						.append("</code>):</p><pre>")
						.append(esc(json.writerWithDefaultPrettyPrinter().writeValueAsString(example.path("headers"))))
						.append("\n")
						.append(esc(json.writerWithDefaultPrettyPrinter().writeValueAsString(example.path("payload"))))
						.append("</pre>");
				}
			}
		}
		return html.append("</body></html>").toString();
	}

	private static String channelName(JsonNode doc, JsonNode channel) {
		var names = doc.get("channels").propertyNames().iterator();
		while (names.hasNext()) {
			String name = names.next();
			if (doc.get("channels").get(name) == channel) {
				return name;
			}
		}
		return "";
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

}
