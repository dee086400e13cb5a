package vn.hoagiai.reporting.rollup;

import java.util.Objects;
import java.util.Properties;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

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

	/**
	 * The instance runs the generation of the rollup that queries read (see {@link RollupGenerations}):
	 * its application id is set before Kafka Streams starts. Static for the same reason as above.
	 */
	@Bean
	static StreamsBuilderFactoryBeanConfigurer runTheCurrentGeneration(ObjectProvider<MongoTemplate> mongo) {
		return (factory) -> {
			RollupState state = mongo.getObject().findById(RollupState.ID, RollupState.class);
			long generation = (state != null) ? state.current() : 0;
			Properties configuration = Objects.requireNonNull(factory.getStreamsConfiguration());
			String base = RollupGenerations.baseOf(configuration.getProperty(StreamsConfig.APPLICATION_ID_CONFIG));
			configuration.put(StreamsConfig.APPLICATION_ID_CONFIG, RollupGenerations.applicationId(base, generation));
			factory.setStreamsConfiguration(configuration);
		};
	}

	/**
	 * The rollup topics are written in transactions, so a partition ends with a commit marker no
	 * listener ever receives: without this, the writers' committed offsets would stay one short of the
	 * end and a rebuild could not tell that they have stored everything.
	 */
	@Bean
	static ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> commitPastTransactionMarkers() {
		return (container) -> container.getContainerProperties().setFixTxOffsets(true);
	}

	@Bean
	static DeadLetterCounter deadLetterCounter(MeterRegistry meters) {
		return (topic, reason) -> meters
			.counter(DEAD_LETTERED, "topic", topic, "reason", reason, "consumer", "reporting-rollup")
			.increment();
	}

	@Autowired
	void rollup(StreamsBuilder builder, AdministrativeUnits units, DeadLetterCounter deadLetters) {
		RollupTopology.build(builder, units, deadLetters);
	}

}
