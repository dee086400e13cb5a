package vn.hoagiai.kit.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outbox settings.
 *
 * @param collections the collections whose documents carry an outbox
 * @param relayEnabled false keeps events in MongoDB unpublished (used to prove that nothing is lost
 * when a process stops before publishing)
 * @param pollInterval how often the relay looks for events it was not told about
 */
@ConfigurationProperties("hoagiai.outbox")
public record OutboxProperties(@DefaultValue List<String> collections, @DefaultValue("true") boolean relayEnabled,
		@DefaultValue("500ms") Duration pollInterval) {
}
