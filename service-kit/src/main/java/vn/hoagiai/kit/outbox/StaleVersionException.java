package vn.hoagiai.kit.outbox;

/** A write based on a version that is no longer the stored one: the caller must read again. */
public class StaleVersionException extends RuntimeException {

	public StaleVersionException(Object id, long expectedVersion) {
		super("document " + id + " is no longer at version " + expectedVersion);
	}

}
