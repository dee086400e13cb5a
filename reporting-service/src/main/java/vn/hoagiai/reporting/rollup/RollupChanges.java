package vn.hoagiai.reporting.rollup;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The change feed: every stored rollup change is pushed to the web consoles listening (Server-Sent Events). */
@Component
class RollupChanges {

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
