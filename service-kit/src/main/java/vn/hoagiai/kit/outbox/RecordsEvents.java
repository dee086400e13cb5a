package vn.hoagiai.kit.outbox;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Transient;

import vn.hoagiai.contracts.events.EventType;

/**
 * An aggregate that records the events its changes cause, for its repository to store with it in the
 * outbox. The list is not persisted as state: once stored, the events live in the outbox.
 */
public abstract class RecordsEvents {

	@Transient
	private final List<EventType> recordedEvents = new ArrayList<>();

	/** Records that a change caused an event of this type. */
	protected void record(EventType type) {
		this.recordedEvents.add(type);
	}

	/** The events recorded since the aggregate was loaded, oldest first. */
	public List<EventType> recordedEvents() {
		return List.copyOf(this.recordedEvents);
	}

	/** Forgets the recorded events once they are stored. */
	public void clearRecordedEvents() {
		this.recordedEvents.clear();
	}

}
