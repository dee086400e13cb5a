package vn.hoagiai.registry.people;

import java.time.Instant;

import vn.hoagiai.kit.outbox.RecordsEvents;

/**
 * A thing of this package whose changes are published on {@code registry.people}: every event carries
 * its whole state after the change, keyed by its id.
 */
abstract class PeopleAggregate extends RecordsEvents {

	/** The document's id, also the Kafka key. */
	abstract String key();

	abstract long version();

	abstract Instant changedAt();

	/** The state its events carry (a record of the contract): no names, no contacts. */
	abstract Object state();

}
