package vn.hoagiai.reporting.rollup;

/** Counts the events the rollup sends to a dead-letter topic, by topic and reason. */
@FunctionalInterface
public interface DeadLetterCounter {

	void deadLettered(String topic, String reasonCode);

}
