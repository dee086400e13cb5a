package vn.hoagiai.kit;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

import vn.hoagiai.kit.kafka.DeadLetters;
import vn.hoagiai.kit.kafka.TopicProperties;
import vn.hoagiai.kit.lifecycle.ParentProcessWatchdog;
import vn.hoagiai.kit.outbox.OutboxProperties;
import vn.hoagiai.kit.outbox.OutboxRelay;
import vn.hoagiai.kit.outbox.OutboxWriter;
import vn.hoagiai.kit.problem.ProblemDetailsAdvice;
import vn.hoagiai.kit.web.CorrelationIdFilter;

/** What every service gets from the kit: the outbox, problem details, topic settings. */
@AutoConfiguration(afterName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
		"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration" })
@EnableConfigurationProperties({ OutboxProperties.class, TopicProperties.class })
@Import({ ProblemDetailsAdvice.class, vn.hoagiai.kit.problem.StoreUnavailableAdvice.class })
public class KitAutoConfiguration {

	KitAutoConfiguration() {
		ParentProcessWatchdog.watchIfAsked();
	}

	/**
	 * The producer of the contract's events: idempotent, acknowledged by all in-sync replicas, whatever
	 * the service's own producer settings. Observed (a producer span whose {@code traceparent} goes in the
	 * record's headers) when {@code spring.kafka.template.observation-enabled} is true, as Spring Boot's own
	 * template would be.
	 */
	@Bean
	KafkaTemplate<String, byte[]> eventKafkaTemplate(KafkaProperties kafkaProperties) {
		Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties());
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
		KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(
				new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer()));
		template.setObservationEnabled(kafkaProperties.getTemplate().isObservationEnabled());
		return template;
	}

	/** Dead letters for what cannot be read, patient retries for everything else. */
	@Bean
	@ConditionalOnMissingBean(CommonErrorHandler.class)
	DefaultErrorHandler deadLetterErrorHandler(KafkaTemplate<String, byte[]> eventKafkaTemplate,
			ObjectProvider<MeterRegistry> meters) {
		return DeadLetters.errorHandler(eventKafkaTemplate, meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean
	OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> eventKafkaTemplate,
			OutboxProperties properties, Environment environment) {
		return new OutboxRelay(mongo, eventKafkaTemplate, properties,
				environment.getProperty("spring.application.name", "service"));
	}

	/**
	 * The database client gives up finding a server after {@code hoagiai.mongodb.server-selection-timeout}
	 * (5 s), well before the gateway's 10 s time limit: while the database is out of reach a request is
	 * answered 503 by the service itself, and a write it refused cannot land later behind the caller's back.
	 */
	@Bean
	org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer serverSelectionTimeout(
			Environment environment) {
		java.time.Duration timeout = environment.getProperty("hoagiai.mongodb.server-selection-timeout",
				java.time.Duration.class, java.time.Duration.ofSeconds(5));
		return (settings) -> settings
			.applyToClusterSettings((cluster) -> cluster.serverSelectionTimeout(timeout.toMillis(),
					java.util.concurrent.TimeUnit.MILLISECONDS))
			.applyToSocketSettings((socket) -> socket.connectTimeout((int) Math.min(timeout.toMillis(), 3000),
					java.util.concurrent.TimeUnit.MILLISECONDS));
	}

	/** The correlation id of the request behind an event, in the logs of the listener that handles it. */
	@Bean
	@ConditionalOnMissingBean(org.springframework.kafka.listener.RecordInterceptor.class)
	vn.hoagiai.kit.kafka.EventCorrelation eventCorrelation() {
		return new vn.hoagiai.kit.kafka.EventCorrelation();
	}

	/** A POST sent again with the same {@code Idempotency-Key} gets the first answer, not a second write. */
	@Bean
	FilterRegistrationBean<vn.hoagiai.kit.web.IdempotencyFilter> idempotencyFilter(MongoTemplate mongo) {
		FilterRegistrationBean<vn.hoagiai.kit.web.IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new vn.hoagiai.kit.web.IdempotencyFilter(mongo));
		// After Spring Security's filters: keys are the caller's own.
		registration.setOrder(org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
		FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** How many events wait in the outbox: a backlog that grows means Kafka is not taking them. */
	@Bean
	io.micrometer.core.instrument.binder.MeterBinder outboxBacklog(OutboxRelay relay) {
		return (registry) -> io.micrometer.core.instrument.Gauge.builder("hoagiai.outbox.backlog", relay, OutboxRelay::backlog)
			.description("Events written with their change and not yet published")
			.register(registry);
	}

	@Bean
	OutboxWriter outboxWriter(MongoTemplate mongo, OutboxRelay relay) {
		return new OutboxWriter(mongo, relay);
	}

}
