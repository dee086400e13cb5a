package vn.hoagiai.kit.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventType;

/**
 * Publishes the events waiting in the outbox of every configured collection, in the order they were
 * written, and removes each from its document once Kafka acknowledged it (idempotent producer,
 * {@code acks=all}). A process that dies between the two steps publishes the event again after a
 * restart with the same event id and version: consumers apply it once.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int BATCH = 500;

	private final MongoTemplate mongo;

	private final KafkaTemplate<String, byte[]> kafka;

	private final OutboxProperties properties;

	private final URI source;

	private final Semaphore wakeUp = new Semaphore(0);

	private volatile boolean running;

	private volatile long published;

	private Thread worker = new Thread(() -> { }, "outbox-relay");

	public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, OutboxProperties properties,
			String applicationName) {
		this.mongo = mongo;
		this.kafka = kafka;
		this.properties = properties;
		this.source = URI.create("/" + applicationName);
	}

	/** Asks the relay to look for new events now rather than at its next poll. */
	public void nudge() {
		this.wakeUp.release();
	}

	/** Events published since start, for metrics and tests. */
	public long published() {
		return this.published;
	}

	/** How many events wait to be published across all configured collections. */
	public long backlog() {
		long total = 0;
		for (String collection : this.properties.collections()) {
			for (Document document : this.mongo.getCollection(collection)
				.find(pendingFilter())
				.projection(new Document(PendingEvent.FIELD, 1))) {
				total += document.getList(PendingEvent.FIELD, Document.class).size();
			}
		}
		return total;
	}

	private void loop() {
		Duration interval = this.properties.pollInterval();
		while (this.running) {
			try {
				this.wakeUp.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
				this.wakeUp.drainPermits();
				if (this.running) {
					relayOnce();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Outbox relay will retry: {}", ex.toString());
			}
		}
	}

	/** Publishes every pending event once; returns how many were published. */
	public int relayOnce() {
		int count = 0;
		for (String collection : this.properties.collections()) {
			boolean more = true;
			while (more && this.running) {
				List<Document> documents = this.mongo.getCollection(collection)
					.find(pendingFilter())
					.projection(new Document(PendingEvent.FIELD, 1))
					.limit(BATCH)
					.into(new ArrayList<>());
				for (Document document : documents) {
					count += publish(collection, document);
				}
				more = documents.size() == BATCH;
			}
		}
		this.published += count;
		return count;
	}

	private int publish(String collection, Document document) {
		List<PendingEvent> events = document.getList(PendingEvent.FIELD, Document.class)
			.stream()
			.map(PendingEvent::fromDocument)
			.toList();
		List<CompletableFuture<?>> sends = new ArrayList<>(events.size());
		for (PendingEvent event : events) {
			sends.add(this.kafka.send(toRecord(event)));
		}
		int acknowledged = 0;
		for (int i = 0; i < events.size(); i++) {
			try {
				sends.get(i).get(30, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				log.warn("Event {} not acknowledged yet, it stays in the outbox: {}", events.get(i).eventId(),
						ex.toString());
				break;
			}
			this.mongo.getCollection(collection)
				.updateOne(new Document("_id", document.get("_id")),
						new Update().pull(PendingEvent.FIELD, new Document("eventId", events.get(i).eventId()))
							.getUpdateObject());
			acknowledged++;
		}
		return acknowledged;
	}

	private ProducerRecord<String, byte[]> toRecord(PendingEvent event) {
		EventType type = EventType.of(event.type())
			.orElseThrow(() -> new IllegalStateException("outbox holds an unknown event type " + event.type()));
		return EventCodec.toRecord(event.topic(), event.key(), new EventCodec.OutgoingEvent(event.eventId(), type,
				this.source, event.time(), event.data().getBytes(StandardCharsets.UTF_8), event.correlationId()));
	}

	private static Document pendingFilter() {
		return new Document(PendingEvent.FIELD + ".0", new Document("$exists", true));
	}

	@Override
	public void start() {
		if (!this.properties.relayEnabled()) {
			log.warn("Outbox relay is disabled (hoagiai.outbox.relay-enabled=false): events wait in MongoDB");
			return;
		}
		this.running = true;
		this.worker = new Thread(this::loop, "outbox-relay");
		this.worker.setDaemon(true);
		this.worker.start();
	}

	@Override
	public void stop() {
		this.running = false;
		this.worker.interrupt();
		try {
			this.worker.join(5_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// Stop before the Kafka producer and the Mongo client are closed.
		return Integer.MAX_VALUE - 100;
	}

}
