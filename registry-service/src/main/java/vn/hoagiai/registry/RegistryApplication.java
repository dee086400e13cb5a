package vn.hoagiai.registry;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.kit.kafka.TopicProperties;
import vn.hoagiai.kit.kafka.Topics;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RegistryApplication {

	public static void main(String[] args) {
		SpringApplication.run(RegistryApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	KafkaAdmin.NewTopics registryTopics(TopicProperties properties) {
		return Topics.declare(properties, Topic.REGISTRY_TEAMS, Topic.REGISTRY_PEOPLE);
	}

}
