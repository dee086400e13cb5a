package vn.hoagiai.reporting;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.kit.kafka.TopicProperties;
import vn.hoagiai.kit.kafka.Topics;
import vn.hoagiai.reporting.rollup.RollupTopology;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableKafkaStreams
public class ReportingApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReportingApplication.class, args);
	}

	/** Every topic the rollup reads or writes, so the topology finds them whichever service starts first. */
	@Bean
	KafkaAdmin.NewTopics reportingTopics(TopicProperties properties) {
		return Topics.declare(properties, Topic.REGISTRY_TEAMS, Topic.TRAINING_COURSES, Topic.DISTRICT_CASES,
				Topic.REPORTING_ROLLUP);
	}

	/** The case figures by unit and month: the rollup's own topic, compacted like the rollup. */
	@Bean
	NewTopic rollupByMonthTopic(TopicProperties properties) {
		return TopicBuilder.name(RollupTopology.BY_MONTH_TOPIC)
			.partitions(properties.partitions())
			.replicas(properties.replicationFactor())
			.configs(Topic.REPORTING_ROLLUP.configuration())
			.build();
	}

}
