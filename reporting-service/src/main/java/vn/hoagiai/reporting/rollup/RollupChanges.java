package vn.hoagiai.reporting.rollup;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.http.MediaType;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The change feed: every rollup change is pushed to the web consoles listening (Server-Sent Events).
 * Each instance of the service reads {@code reporting.rollup} itself, in a consumer group of its own
 * and from the latest record on, so a console connected to any instance sees every change, whichever
 * instance stored it.
 */
@Component
class RollupChanges {

	private final RollupGenerations generations;

	RollupChanges(RollupGenerations generations) {
		this.generations = generations;
	}

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	private final CopyOnWriteArrayList<SseEmitter> listeners = new CopyOnWriteArrayList<>();

	SseEmitter listen() {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		this.listeners.add(emitter);
		emitter.onCompletion(() -> this.listeners.remove(emitter));
		emitter.onTimeout(() -> this.listeners.remove(emitter));
		emitter.onError((ex) -> this.listeners.remove(emitter));
		try {
			// Sends the headers at once, so clients (and proxies) know the stream is open.
			emitter.send(SseEmitter.event().comment("connected"));
		}
		catch (IOException ex) {
			this.listeners.remove(emitter);
		}
		return emitter;
	}

	@KafkaListener(id = "rollup-feed", groupId = "rollup-feed-#{T(java.util.UUID).randomUUID()}",
			topics = "reporting.rollup",
			properties = { "isolation.level=read_committed", "auto.offset.reset=latest",
					"key.deserializer=org.apache.kafka.common.serialization.StringDeserializer",
					"value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer" })
	void onRollup(ConsumerRecord<String, byte[]> record) {
		if (record.value() == null || this.listeners.isEmpty()
				|| this.generations.generationOfRecord(NewerWins.writer(record)) != this.generations.current()) {
			return; // nothing to say, nobody to say it to, or a generation being built
		}
		RollupRecord rollup = JsonSerde.read(record.value(), RollupRecord.class);
		publish(new RollupDocument(rollup.unitCode(), rollup.level(), rollup.figures().counts(),
				new RollupDocument.AsOf(Instant.ofEpochMilli(record.timestamp()), Instant.now(), record.partition(),
						record.offset())));
	}

	void publish(RollupDocument document) {
		for (SseEmitter emitter : this.listeners) {
			try {
				emitter.send(SseEmitter.event()
					.name("rollup")
					.id(document.asOf().partition() + "-" + document.asOf().offset())
					.data(RollupView.Change.of(document), MediaType.APPLICATION_JSON));
			}
			catch (IOException | IllegalStateException ex) {
				this.listeners.remove(emitter);
			}
		}
	}

}
