package vn.hoagiai.kit.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** MongoDB (by ping, which both engines answer) and Kafka in the health and readiness of every service. */
@AutoConfiguration(afterName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
		"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration" },
		beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
public class HealthAutoConfiguration {

	@Bean
	MongoPingHealthIndicator mongoHealthContributor(MongoTemplate mongo) {
		return new MongoPingHealthIndicator(mongo);
	}

	@Bean
	KafkaHealthIndicator kafkaHealthContributor(org.springframework.kafka.core.KafkaAdmin admin) {
		return new KafkaHealthIndicator(admin);
	}

}
