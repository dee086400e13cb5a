package vn.hoagiai.kit.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;

import vn.hoagiai.kit.web.CorrelationIdFilter;

/**
 * Carries the correlation id across the Kafka hop: while a listener handles an event, the log lines it
 * writes name the correlation id of the request that caused the event (its CloudEvents extension
 * {@code correlationid}), and the events it causes in turn carry the same id. An event without one
 * (a district system's) leaves the logs without one.
 */
public class EventCorrelation implements RecordInterceptor<Object, Object> {

	/** The Kafka header of the CloudEvents extension in binary mode. */
	static final String HEADER = "ce_correlationid";

	@Override
	public @Nullable ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
			Consumer<Object, Object> consumer) {
		String id = correlationId(record);
		if (id != null) {
			MDC.put(CorrelationIdFilter.MDC_KEY, id);
		}
		else {
			MDC.remove(CorrelationIdFilter.MDC_KEY);
		}
		return record;
	}

	@Override
	public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
		MDC.remove(CorrelationIdFilter.MDC_KEY);
	}

	/** The event's correlation id, if it has a well-formed one (anything else is not ours to log). */
	static @Nullable String correlationId(ConsumerRecord<?, ?> record) {
		Header header = record.headers().lastHeader(HEADER);
		if (header == null || header.value() == null) {
			return null;
		}
		String id = new String(header.value(), StandardCharsets.UTF_8);
		return CorrelationIdFilter.wellFormed(id) ? id : null;
	}

}
