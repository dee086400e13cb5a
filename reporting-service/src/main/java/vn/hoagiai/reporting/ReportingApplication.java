package vn.hoagiai.reporting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.core.KafkaAdmin;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.kit.kafka.TopicProperties;
import vn.hoagiai.kit.kafka.Topics;

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
		return Topics.declare(properties, Topic.REGISTRY_TEAMS, Topic.REGISTRY_PEOPLE, Topic.TRAINING_COURSES,
				Topic.TRAINING_PARTICIPANTS, Topic.TRAINING_MATERIALS, Topic.TRAINING_COMMUNICATIONS,
				Topic.DISTRICT_CASES, Topic.REPORTING_ROLLUP, Topic.REPORTING_ROLLUP_BY_MONTH);
	}

}
