package vn.hoagiai.kit.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.tracing.CurrentTraceContext;
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
import vn.hoagiai.kit.tracing.TraceParent;

/**
 * Publishes the events waiting in the outbox of every configured collection, in the order they were
 * written, and removes each from its document once Kafka acknowledged it (idempotent producer,
 * {@code acks=all}). A process that dies between the two steps publishes the event again after a
 * restart with the same event id and version: consumers apply it once. Each send continues the trace of
 * the request that caused the event (its stored {@code traceparent}), so its consumers do too.
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

	/** The marks of documents with events waiting, one per write: {@code _id} "collection/id/uuid", {@code at}. */
	static final String PENDING = "_outbox_pending";

	/**
	 * How often the relay also scans every collection: a process that stopped between writing a
	 * document and its mark left events only a scan finds. Also done at start.
	 */
	static final Duration FULL_SCAN_INTERVAL = Duration.ofMinutes(5);

	private volatile long lastFullScan;

	void markPending(String collection, List<Object> ids) {
		if (ids.isEmpty()) {
			return;
		}
		java.util.Date now = new java.util.Date();
		List<Document> marks = new ArrayList<>(ids.size());
		for (Object id : ids) {
			// One mark per write, never replaced: a mark stands for the events its write left, and the relay
			// removes exactly the marks it has served, by _id.
			marks.add(new Document("_id", collection + "/" + id + "/" + java.util.UUID.randomUUID())
				.append("collection", collection)
				.append("documentId", id)
				.append("at", now));
		}
		this.mongo.getCollection(PENDING).insertMany(marks);
	}

	/** How many events wait to be published across all configured collections (read through the marks). */
	public long backlog() {
		long total = 0;
		java.util.Set<String> counted = new java.util.HashSet<>();
		for (Document mark : this.mongo.getCollection(PENDING).find()) {
			if (!counted.add(mark.getString("collection") + "/" + mark.get("documentId"))) {
				continue;
			}
			Document document = this.mongo.getCollection(mark.getString("collection"))
				.find(new Document("_id", mark.get("documentId")))
				.projection(new Document(PendingEvent.FIELD, 1))
				.first();
			if (document != null && document.get(PendingEvent.FIELD) instanceof List<?> events) {
				total += events.size();
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

	/**
	 * Publishes every pending event once; returns how many were published. It reads the documents the
	 * marks name (lookups by id, which every engine indexes) and, every few minutes and at start, scans
	 * every configured collection as well.
	 */
	public int relayOnce() {
		int count = 0;
		// First every waiting event of a batch of marks is sent, then the acknowledgements are awaited:
		// one round trip for the batch rather than one per document. Several marks of one document are
		// served by one sending.
		Map<String, Sending> sendings = new LinkedHashMap<>();
		Map<String, List<Object>> marksOf = new HashMap<>();
		for (Document mark : this.mongo.getCollection(PENDING).find().limit(BATCH).into(new ArrayList<>())) {
			if (!this.running) {
				break;
			}
			String collection = mark.getString("collection");
			String key = collection + "/" + mark.get("documentId");
			marksOf.computeIfAbsent(key, (k) -> new ArrayList<>()).add(mark.get("_id"));
			if (sendings.containsKey(key)) {
				continue;
			}
			Document document = this.mongo.getCollection(collection)
				.find(new Document("_id", mark.get("documentId")))
				.projection(new Document(PendingEvent.FIELD, 1))
				.first();
			if (document != null && hasEvents(document)) {
				sendings.put(key, send(collection, document));
			}
		}
		for (Map.Entry<String, List<Object>> marks : marksOf.entrySet()) {
			Sending sending = sendings.get(marks.getKey());
			int acknowledged = (sending != null) ? sending.awaitAcknowledged(this.mongo) : 0;
			count += acknowledged;
			if (sending == null || acknowledged == sending.events().size()) {
				// Every event these marks stood for is out (a later write has its own, later mark).
				for (Object id : marks.getValue()) {
					this.mongo.getCollection(PENDING).deleteOne(new Document("_id", id));
				}
			}
		}
		if (this.lastFullScan == 0 || System.nanoTime() - this.lastFullScan > FULL_SCAN_INTERVAL.toNanos()) {
			this.lastFullScan = System.nanoTime();
			count += scanAll();
		}
		this.published += count;
		return count;
	}

	/** The events of one document on their way to Kafka. */
	private record Sending(String collection, Object documentId, List<PendingEvent> events,
			List<CompletableFuture<?>> sends) {

		/**
		 * Waits for the acknowledgements in order and removes the acknowledged events from the document
		 * in one update; returns how many were acknowledged (the rest stay for the next round).
		 */
		int awaitAcknowledged(MongoTemplate mongo) {
			List<String> acknowledged = new ArrayList<>();
			for (int i = 0; i < this.events.size(); i++) {
				try {
					this.sends.get(i).get(30, TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					log.warn("Event {} not acknowledged yet, it stays in the outbox: {}", this.events.get(i).eventId(),
							ex.toString());
					break;
				}
				acknowledged.add(this.events.get(i).eventId());
			}
			if (!acknowledged.isEmpty()) {
				mongo.getCollection(this.collection)
					.updateOne(new Document("_id", this.documentId), new Update()
						.pull(PendingEvent.FIELD, new Document("eventId", new Document("$in", acknowledged)))
						.getUpdateObject());
			}
			return acknowledged.size();
		}

	}

	private Sending send(String collection, Document document) {
		List<PendingEvent> events = document.getList(PendingEvent.FIELD, Document.class)
			.stream()
			.map(PendingEvent::fromDocument)
			.toList();
		List<CompletableFuture<?>> sends = new ArrayList<>(events.size());
		for (PendingEvent event : events) {
			// The send continues the trace of the request that caused the event: the producer span Spring
			// Kafka opens is its child, and its traceparent replaces the stored one in the record's headers.
			try (CurrentTraceContext.Scope trace = TraceParent.resume(event.traceparent())) {
				sends.add(this.kafka.send(toRecord(event)));
			}
		}
		return new Sending(collection, document.get("_id"), events, sends);
	}

	private static boolean hasEvents(Document document) {
		return document.get(PendingEvent.FIELD) instanceof List<?> events && !events.isEmpty();
	}

	/** Publishes what waits in every configured collection, found by scanning them. */
	public int scanAll() {
		int count = 0;
		for (String collection : this.properties.collections()) {
			boolean more = true;
			while (more && this.running) {
				List<Document> documents = this.mongo.getCollection(collection)
					.find(pendingFilter())
					.projection(new Document(PendingEvent.FIELD, 1))
					.limit(BATCH)
					.into(new ArrayList<>());
				List<Sending> batch = new ArrayList<>();
				for (Document document : documents) {
					batch.add(send(collection, document));
				}
				for (Sending sending : batch) {
					count += sending.awaitAcknowledged(this.mongo);
				}
				more = documents.size() == BATCH;
			}
		}
		return count;
	}

	private ProducerRecord<String, byte[]> toRecord(PendingEvent event) {
		EventType type = EventType.of(event.type())
			.orElseThrow(() -> new IllegalStateException("outbox holds an unknown event type " + event.type()));
		ProducerRecord<String, byte[]> record = EventCodec.toRecord(event.topic(), event.key(),
				new EventCodec.OutgoingEvent(event.eventId(), type, this.source, event.time(),
						event.data().getBytes(StandardCharsets.UTF_8), event.correlationId()));
		if (event.traceparent() != null) {
			// Kept even where no producer span is opened (no tracer), so consumers still join the trace.
			record.headers().add(TraceParent.HEADER, event.traceparent().getBytes(StandardCharsets.UTF_8));
		}
		return record;
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
