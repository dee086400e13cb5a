package vn.hoagiai.contracts.events;

/**
 * A record that is not an event of the contract. Consumers send such a record to the topic's
 * dead-letter topic with {@link #reasonCode()} and the message as headers, and go on.
 */
public class UnreadableEventException extends RuntimeException {

	private final String reasonCode;

	public UnreadableEventException(String reasonCode, String message) {
		super(message);
		this.reasonCode = reasonCode;
	}

	public String reasonCode() {
		return this.reasonCode;
	}

}
