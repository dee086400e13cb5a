package vn.hoagiai.systemtests;

import org.junit.jupiter.api.Test;

import vn.hoagiai.testsupport.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** The services' OpenAPI documents, gathered by the gateway on one page, readable without a token. */
class ApiDocumentsSystemTests {

	@Test
	void everyServicesOpenApiDocumentIsServedByTheGatewayAndTheCallerIsNoParameter() {
		JsonHttp gateway = new JsonHttp(RunningStack.get().gatewayUrl());

		for (String service : new String[] { "registry", "training", "reporting" }) {
			JsonHttp.Answer document = gateway.get("/docs/openapi/" + service);
			assertThat(document.status()).as(service).isEqualTo(200);
			assertThat(document.json().get("openapi").asString()).startsWith("3.");
			assertThat(document.json().get("paths").propertyNames()).allMatch((path) -> path.startsWith("/api/" + service));
			assertThat(document.text()).doesNotContain("\"name\":\"caller\"");
		}
		JsonHttp.Answer page = gateway.get("/docs/api");
		assertThat(page.status()).isIn(200, 302);
		if (page.status() == 302) {
			assertThat(page.header("Location")).contains("swagger-ui");
		}
	}

}
