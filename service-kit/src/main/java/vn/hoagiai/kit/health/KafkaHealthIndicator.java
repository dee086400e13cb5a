package vn.hoagiai.kit.health;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;

/** Kafka's health: the cluster answers and has brokers. Part of the readiness group. */
public class KafkaHealthIndicator extends AbstractHealthIndicator {

	private final KafkaAdmin admin;

	public KafkaHealthIndicator(KafkaAdmin admin) {
		super("Kafka health check failed");
		this.admin = admin;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		Map<String, Object> config = this.admin.getConfigurationProperties();
		try (AdminClient client = AdminClient.create(config)) {
			DescribeClusterResult cluster = client.describeCluster(new DescribeClusterOptions().timeoutMs(3000));
			String id = cluster.clusterId().get(3, TimeUnit.SECONDS);
			int brokers = cluster.nodes().get(3, TimeUnit.SECONDS).size();
			(brokers > 0 ? builder.up() : builder.down()).withDetail("clusterId", id).withDetail("brokers", brokers);
		}
	}

}
