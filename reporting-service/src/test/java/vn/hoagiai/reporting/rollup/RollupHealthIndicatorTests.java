package vn.hoagiai.reporting.rollup;

import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class RollupHealthIndicatorTests {

	static Health health(KafkaStreams.State state) {
		Health.Builder builder = new Health.Builder();
		RollupHealthIndicator.health(builder, state);
		return builder.build();
	}

	@Test
	void aFailedRollupIsDownAndSaysWhy() {
		assertThat(health(KafkaStreams.State.ERROR).getStatus()).isEqualTo(Status.DOWN);
		assertThat(health(KafkaStreams.State.PENDING_ERROR).getStatus()).isEqualTo(Status.DOWN);
		assertThat(health(KafkaStreams.State.ERROR).getDetails()).containsEntry("streams", "ERROR");
	}

	@Test
	void aRollupStartingRebalancingOrRunningIsUp() {
		for (KafkaStreams.State state : new KafkaStreams.State[] { KafkaStreams.State.CREATED,
				KafkaStreams.State.REBALANCING, KafkaStreams.State.RUNNING }) {
			assertThat(health(state).getStatus()).as(state.name()).isEqualTo(Status.UP);
		}
	}

}
