package vn.hoagiai.reporting.rollup;

import java.util.Set;

import org.apache.kafka.streams.KafkaStreams;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Whether this instance is counting: DOWN once the rollup's Kafka Streams application has failed
 * (its stream thread died and the client shut down, as a record over Kafka's size limit once made it),
 * so the failure shows in {@code /actuator/health} and its liveness group, and an orchestrator restarts
 * the instance instead of leaving a service that answers queries but counts nothing.
 */
@Component("rollup")
class RollupHealthIndicator extends AbstractHealthIndicator {

	/** The states from which the application never counts again by itself. */
	static final Set<KafkaStreams.State> FAILED = Set.of(KafkaStreams.State.PENDING_ERROR, KafkaStreams.State.ERROR);

	private final RollupGenerations generations;

	RollupHealthIndicator(RollupGenerations generations) {
		super("The rollup's state could not be read");
		this.generations = generations;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		health(builder, this.generations.runningState());
	}

	static void health(Health.Builder builder, KafkaStreams.@Nullable State state) {
		if (state != null && FAILED.contains(state)) {
			builder.down();
		}
		else {
			builder.up();
		}
		builder.withDetail("streams", (state != null) ? state.name() : "not started");
	}

}
