package vn.hoagiai.kit.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import vn.hoagiai.kit.web.CorrelationIdFilter;

import static org.assertj.core.api.Assertions.assertThat;

class EventCorrelationTests {

	final EventCorrelation correlation = new EventCorrelation();

	@AfterEach
	void clear() {
		MDC.clear();
	}

	static ConsumerRecord<Object, Object> event(String correlationId) {
		ConsumerRecord<Object, Object> record = new ConsumerRecord<>("registry.teams", 0, 0, "team-1", new byte[0]);
		record.headers().add("ce_correlationid", correlationId.getBytes(StandardCharsets.UTF_8));
		return record;
	}

	@Test
	void whileAListenerHandlesAnEventItsLogLinesNameTheRequestThatCausedIt() {
		ConsumerRecord<Object, Object> record = event("3f2a9c1e-0b7d-4e55-9a1c-2f8e6d4b1a77");

		this.correlation.intercept(record, null);
		assertThat(CorrelationIdFilter.current()).isEqualTo("3f2a9c1e-0b7d-4e55-9a1c-2f8e6d4b1a77");

		this.correlation.afterRecord(record, null);
		assertThat(CorrelationIdFilter.current()).isNull();
	}

	@Test
	void anEventWithoutOneOrWithAMalformedOneLeavesNoStaleIdBehind() {
		MDC.put(CorrelationIdFilter.MDC_KEY, "left-over-from-another-record");

		this.correlation.intercept(new ConsumerRecord<>("district.mediation-cases", 0, 1, "c-1", new byte[0]), null);
		assertThat(CorrelationIdFilter.current()).isNull();

		this.correlation.intercept(event("bad id\n{\"injected\": true}"), null);
		assertThat(CorrelationIdFilter.current()).isNull();
	}

}
