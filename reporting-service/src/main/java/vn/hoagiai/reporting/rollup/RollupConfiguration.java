package vn.hoagiai.reporting.rollup;

import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

import vn.hoagiai.contracts.units.AdministrativeUnits;

/** Adds the rollup topology to the application's Kafka Streams. */
@Configuration(proxyBeanMethods = false)
class RollupConfiguration {

	@Autowired
	void rollup(StreamsBuilder builder, AdministrativeUnits units) {
		RollupTopology.build(builder, units);
	}

}
