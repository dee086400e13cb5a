package vn.hoagiai.training;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.kit.kafka.TopicProperties;
import vn.hoagiai.kit.kafka.Topics;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TrainingApplication {

	public static void main(String[] args) {
		SpringApplication.run(TrainingApplication.class, args);
	}

	@Bean
	KafkaAdmin.NewTopics trainingTopics(TopicProperties properties) {
		return Topics.declare(properties, Topic.TRAINING_COURSES, Topic.TRAINING_PARTICIPANTS,
				Topic.TRAINING_MATERIALS, Topic.TRAINING_COMMUNICATIONS, Topic.REGISTRY_TEAMS);
	}

	/** The time courses, attendance, materials and tokens are stamped with. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
