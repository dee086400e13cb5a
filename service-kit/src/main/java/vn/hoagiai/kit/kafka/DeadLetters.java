package vn.hoagiai.kit.kafka;

import java.nio.charset.StandardCharsets;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import vn.hoagiai.contracts.events.UnreadableEventException;

/**
 * The error handling of every listener: a record that is not an event of the contract goes at once
 * to its topic's dead-letter topic with the reason in headers, and the partition moves on; any other
 * failure (the database is down, say) is retried with back-off for as long as it takes, so a consumer
 * never advances past what it could not store. Spring Kafka's default would drop the record after ten
 * tries.
 */
public final class DeadLetters {

	/** Header on a dead-lettered record: the reason code. */
	public static final String REASON_CODE = "dlt.reason-code";

	/** Header on a dead-lettered record: the reason in words. */
	public static final String REASON = "dlt.reason";

	private DeadLetters() {
	}

	/** The metric of dead-lettered events, tagged with the topic, the reason and the consumer group. */
	public static final String METRIC = "hoagiai.events.dead.lettered";

	public static DefaultErrorHandler errorHandler(KafkaTemplate<String, byte[]> template, MeterRegistry meters) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
				(record, ex) -> new TopicPartition(record.topic() + ".dlt", record.partition()));
		recoverer.setHeadersFunction((record, ex) -> {
			Throwable cause = ex;
			while (cause.getCause() != null && !(cause instanceof UnreadableEventException)) {
				cause = cause.getCause();
			}
			String code = (cause instanceof UnreadableEventException unreadable) ? unreadable.reasonCode()
					: "processing-failed";
			meters.counter(METRIC, "topic", record.topic(), "reason", code, "consumer", "listener").increment();
			RecordHeaders headers = new RecordHeaders();
			headers.add(REASON_CODE, code.getBytes(StandardCharsets.UTF_8));
			headers.add(REASON, String.valueOf(cause.getMessage()).getBytes(StandardCharsets.UTF_8));
			return headers;
		});
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxInterval(10_000);
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(UnreadableEventException.class);
		// Every failed attempt is logged: a partition that cannot move on must be seen.
		handler.setLogLevel(KafkaException.Level.WARN);
		return handler;
	}

}
