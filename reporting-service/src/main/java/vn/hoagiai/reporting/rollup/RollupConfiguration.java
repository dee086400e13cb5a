package vn.hoagiai.reporting.rollup;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

import vn.hoagiai.contracts.units.AdministrativeUnits;

/** Adds the rollup topology to the application's Kafka Streams. */
@Configuration(proxyBeanMethods = false)
class RollupConfiguration {

	/** Metric of the events the rollup could not apply, by topic and reason. */
	static final String DEAD_LETTERED = vn.hoagiai.kit.kafka.DeadLetters.METRIC;

	/**
	 * An instance that stops (a deployment, a scale-in) leaves the group at once, so its partitions move
	 * to the others now rather than after the session timeout; Kafka Streams would otherwise stay silent.
	 * Static: the factory bean needs its configurers before this class (which needs the builder) exists.
	 */
	@Bean
	static StreamsBuilderFactoryBeanConfigurer leaveTheGroupOnClose() {
		return (factory) -> factory.setLeaveGroupOnClose(true);
	}

	@Autowired
	void rollup(StreamsBuilder builder, AdministrativeUnits units, MeterRegistry meters) {
		RollupTopology.build(builder, units, (topic, reason) -> meters
			.counter(DEAD_LETTERED, "topic", topic, "reason", reason, "consumer", "reporting-rollup")
			.increment());
	}

}
