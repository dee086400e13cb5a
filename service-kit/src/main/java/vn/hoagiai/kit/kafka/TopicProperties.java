package vn.hoagiai.kit.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the topics a service touches are created when they do not exist yet.
 *
 * @param partitions partitions per topic (more partitions, more instances can share the work)
 * @param replicationFactor replicas per partition: 1 on a development broker, 3 in production
 */
@ConfigurationProperties("hoagiai.topics")
public record TopicProperties(@DefaultValue("3") int partitions, @DefaultValue("1") short replicationFactor) {
}
