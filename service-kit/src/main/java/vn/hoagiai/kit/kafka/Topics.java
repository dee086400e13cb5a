package vn.hoagiai.kit.kafka;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import vn.hoagiai.contracts.Topic;

/**
 * Declares the contract's topics (and their dead-letter topics) a service publishes or consumes, so
 * they exist with the contract's configuration whichever service starts first.
 */
public final class Topics {

	private Topics() {
	}

	public static KafkaAdmin.NewTopics declare(TopicProperties properties, Topic... topics) {
		List<NewTopic> declared = new ArrayList<>();
		for (Topic topic : topics) {
			declared.add(TopicBuilder.name(topic.topicName())
				.partitions(properties.partitions())
				.replicas(properties.replicationFactor())
				.configs(topic.configuration())
				.build());
			declared.add(TopicBuilder.name(topic.deadLetterTopicName())
				.partitions(properties.partitions())
				.replicas(properties.replicationFactor())
				.config("cleanup.policy", "delete")
				.build());
		}
		return new KafkaAdmin.NewTopics(declared.toArray(NewTopic[]::new));
	}

}
