package vn.hoagiai.reporting.rollup;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.units.AdministrativeUnits;

/**
 * Generations of the rollup, and rebuilding one without downtime.
 * <p>
 * A rebuild starts a new generation beside the running one: a Kafka Streams application of its own
 * (new consumer group, new state, new internal topics) that reads every source topic from the
 * beginning and writes, like the running one, to {@code reporting.rollup} and
 * {@code reporting.rollup-by-month}, each record marked with the application that wrote it; the rollup
 * writers store each generation's records in that generation's collections. Queries keep reading the
 * running generation meanwhile. Once the new generation has read the sources up to where they ended
 * when the rebuild was asked, worked through its internal topics and had its figures stored, one write
 * of {@link RollupState} makes it current: queries and the change feed move to it, and every instance
 * stops the old application and runs the new one. Every instance of the service takes part: each runs
 * the building generation too (its partitions are shared like the running one's), and any of them may
 * move the rebuild on to its next stage (writes are guarded by the state's version).
 */
@Component
public class RollupGenerations implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RollupGenerations.class);

	/** Header on the rollup's records: the Kafka Streams application (so the generation) that wrote them. */
	public static final String APPLICATION_HEADER = "hoagiai.rollup.application";

	/** Passes over the internal topics: one per step of the topology that goes through a repartition. */
	static final int DRAIN_ROUNDS = 3;

	/** The consumer groups of the rollup writers, by the topic they store. */
	static final Map<String, String> WRITERS = Map.of(Topic.REPORTING_ROLLUP.topicName(), RollupWriter.GROUP,
			RollupTopology.BY_MONTH_TOPIC, MonthlyRollupWriter.GROUP);

	private final MongoTemplate mongo;

	private final StreamsBuilderFactoryBean running;

	private final AdministrativeUnits units;

	private final DeadLetterCounter deadLetters;

	private final Clock clock;

	private final String baseApplicationId;

	private final Map<Long, KafkaStreams> building = new ConcurrentHashMap<>();

	/** The application this instance built and now runs as the current generation, until it restarts. */
	private volatile @Nullable KafkaStreams adopted;

	private volatile long current;

	private volatile long runningGeneration;

	private @Nullable ScheduledExecutorService poller;

	RollupGenerations(MongoTemplate mongo, StreamsBuilderFactoryBean running, AdministrativeUnits units,
			DeadLetterCounter deadLetters) {
		this.mongo = mongo;
		this.running = running;
		this.units = units;
		this.deadLetters = deadLetters;
		this.clock = Clock.systemUTC();
		Properties configuration = Objects.requireNonNull(running.getStreamsConfiguration());
		String applicationId = configuration.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
		this.runningGeneration = generationOf(baseOf(applicationId), applicationId);
		this.baseApplicationId = baseOf(applicationId);
		this.current = this.runningGeneration;
	}

	/** The application id a generation runs under: the configured one for 0, {@code <id>-g<n>} after. */
	static String applicationId(String base, long generation) {
		return (generation == 0) ? base : base + "-g" + generation;
	}

	/** The base application id, whatever generation this one is. */
	static String baseOf(String applicationId) {
		int mark = applicationId.lastIndexOf("-g");
		if (mark > 0 && applicationId.substring(mark + 2).chars().allMatch(Character::isDigit)
				&& mark + 2 < applicationId.length()) {
			return applicationId.substring(0, mark);
		}
		return applicationId;
	}

	/** The generation an application id belongs to, -1 for another application's. */
	static long generationOf(String base, @Nullable String applicationId) {
		if (applicationId == null || applicationId.equals(base)) {
			return 0; // records written before generations existed carry no header
		}
		String prefix = base + "-g";
		if (applicationId.startsWith(prefix) && applicationId.length() > prefix.length()
				&& applicationId.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
			return Long.parseLong(applicationId.substring(prefix.length()));
		}
		return -1;
	}

	/** The collection a generation stores a table in: {@code rollups} for 0, {@code rollups_g<n>} after. */
	static String collection(String table, long generation) {
		return (generation == 0) ? table : table + "_g" + generation;
	}

	/** The generation of a record's writer, -1 when another application wrote it. */
	long generationOfRecord(@Nullable String applicationId) {
		return generationOf(this.baseApplicationId, applicationId);
	}

	/** The generation queries read. */
	public long current() {
		return this.current;
	}

	/** Where the current generation keeps the figures of units. */
	String currentRollups() {
		return collection(RollupWriter.COLLECTION, this.current);
	}

	/** Where the current generation keeps the figures by month. */
	String currentRollupsByMonth() {
		return collection(MonthlyRollupWriter.COLLECTION, this.current);
	}

	/** The state as stored. */
	RollupState state() {
		RollupState state = this.mongo.findById(RollupState.ID, RollupState.class);
		return (state != null) ? state : RollupState.initial();
	}

	/**
	 * Asks for a rebuild: the one under way, or a new one.
	 * @return the rebuild, and whether this call started it
	 */
	Asked rebuild(String requestedBy) {
		for (int attempt = 0; attempt < 10; attempt++) {
			RollupState state = state();
			if (state.rebuild() != null) {
				return new Asked(state, false);
			}
			long generation = Math.max(state.current(),
					state.done().stream().mapToLong(RollupState.Rebuild::generation).max().orElse(0)) + 1;
			Map<String, Long> marks = endOffsets(sourcePartitions());
			RollupState.Rebuild rebuild = new RollupState.Rebuild(generation, RollupState.Stage.READING_SOURCES,
					requestedBy, this.clock.instant(), RollupState.Rebuild.marks(marks), 0, null);
			RollupState next = new RollupState(RollupState.ID, state.current(), rebuild, state.done(), state.version() + 1);
			if (write(state, next)) {
				log.info("Rollup rebuild of generation {} asked by {}; sources end at {}", generation, requestedBy, marks);
				advance();
				return new Asked(next, true);
			}
		}
		throw new IllegalStateException("the rollup state kept changing while a rebuild was asked");
	}

	/**
	 * A rebuild asked for.
	 *
	 * @param state the state after the call
	 * @param started whether this call started it
	 */
	record Asked(RollupState state, boolean started) {
	}

	/** One pass: follow the stored state, and move a rebuild on when its stage is done. */
	synchronized void advance() {
		RollupState state = state();
		this.current = state.current();
		if (this.runningGeneration != state.current()) {
			runGeneration(state.current());
		}
		RollupState.Rebuild rebuild = state.rebuild();
		long buildingGeneration = (rebuild != null) ? rebuild.generation() : -1;
		this.building.keySet().stream().filter((g) -> g != buildingGeneration).toList().forEach(this::stopBuilding);
		if (rebuild == null) {
			return;
		}
		KafkaStreams builder = this.building.get(rebuild.generation());
		if (builder != null && (builder.state() == KafkaStreams.State.ERROR
				|| builder.state() == KafkaStreams.State.NOT_RUNNING)) {
			// It failed (its thread died): start it again, from where its group committed.
			log.warn("Rollup: the building generation {} stopped ({}); starting it again", rebuild.generation(),
					builder.state());
			stopBuilding(rebuild.generation());
		}
		this.building.computeIfAbsent(rebuild.generation(), this::startBuilding);
		String applicationId = applicationId(this.baseApplicationId, rebuild.generation());
		switch (rebuild.stage()) {
			case READING_SOURCES -> {
				if (reached(committed(applicationId), rebuild.marksByPartition())) {
					moveTo(state, RollupState.Stage.DRAINING, 1, endOffsets(internalPartitions(applicationId)));
				}
			}
			case DRAINING -> {
				if (reached(committed(applicationId), rebuild.marksByPartition())) {
					if (rebuild.round() < DRAIN_ROUNDS) {
						moveTo(state, RollupState.Stage.DRAINING, rebuild.round() + 1,
								endOffsets(internalPartitions(applicationId)));
					}
					else {
						moveTo(state, RollupState.Stage.WRITING, 0, endOffsets(outputPartitions()));
					}
				}
			}
			case WRITING -> {
				Map<String, Long> stored = new HashMap<>();
				WRITERS.values().stream().distinct().forEach((group) -> stored.putAll(committed(group)));
				if (reached(stored, rebuild.marksByPartition())) {
					switchTo(state, rebuild);
				}
			}
			case SWITCHED -> {
				// written together with current: nothing left
			}
		}
	}

	private void moveTo(RollupState state, RollupState.Stage stage, int round, Map<String, Long> marks) {
		RollupState.Rebuild rebuild = Objects.requireNonNull(state.rebuild());
		RollupState.Rebuild next = new RollupState.Rebuild(rebuild.generation(), stage, rebuild.requestedBy(),
				rebuild.requestedAt(), RollupState.Rebuild.marks(marks), round, null);
		if (write(state, new RollupState(RollupState.ID, state.current(), next, state.done(), state.version() + 1))) {
			log.info("Rollup rebuild of generation {}: {} (round {})", rebuild.generation(), stage, round);
		}
	}

	private void switchTo(RollupState state, RollupState.Rebuild rebuild) {
		// (on the instance that switches; the others follow in advance())
		RollupState.Rebuild switched = new RollupState.Rebuild(rebuild.generation(), RollupState.Stage.SWITCHED,
				rebuild.requestedBy(), rebuild.requestedAt(), List.of(), 0, this.clock.instant());
		List<RollupState.Rebuild> done = new ArrayList<>(state.done());
		done.add(switched);
		List<RollupState.Rebuild> kept = done.subList(Math.max(0, done.size() - RollupState.HISTORY), done.size());
		if (write(state, new RollupState(RollupState.ID, rebuild.generation(), null, List.copyOf(kept),
				state.version() + 1))) {
			log.info("Rollup generation {} is current; generation {} stops", rebuild.generation(), state.current());
			this.current = rebuild.generation();
			runGeneration(rebuild.generation());
		}
	}

	private boolean write(RollupState expected, RollupState next) {
		if (expected.version() == 0 && this.mongo.findById(RollupState.ID, RollupState.class) == null) {
			try {
				this.mongo.insert(next);
				return true;
			}
			catch (org.springframework.dao.DuplicateKeyException ex) {
				return false;
			}
		}
		return this.mongo.findAndReplace(Query.query(Criteria.where("_id").is(RollupState.ID)
			.and("version")
			.is(expected.version())), next) != null;
	}

	/**
	 * Runs the given generation in place of the one running here. When this instance was building it,
	 * the building application simply goes on as the running one (no pause, no restore); otherwise the
	 * service's own Kafka Streams restarts under the generation's application id.
	 */
	private void runGeneration(long generation) {
		KafkaStreams built = this.building.remove(generation);
		KafkaStreams previous = this.adopted;
		if (built != null) {
			log.info("Rollup: this instance goes on with {} as its running generation",
					applicationId(this.baseApplicationId, generation));
			this.adopted = built;
			this.running.stop();
		}
		else {
			String applicationId = applicationId(this.baseApplicationId, generation);
			log.info("Rollup: this instance now runs {}", applicationId);
			this.adopted = null;
			this.running.stop();
			Properties configuration = Objects.requireNonNull(this.running.getStreamsConfiguration());
			configuration.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
			this.running.setStreamsConfiguration(configuration);
			this.running.start();
		}
		if (previous != null && previous != this.adopted) {
			close(previous);
		}
		this.runningGeneration = generation;
	}

	/**
	 * The state of the Kafka Streams application counting the current generation on this instance; null
	 * before it was created.
	 */
	public KafkaStreams.@Nullable State runningState() {
		KafkaStreams adopted = this.adopted;
		if (adopted != null) {
			return adopted.state();
		}
		KafkaStreams streams = this.running.getKafkaStreams();
		return (streams != null) ? streams.state() : null;
	}

	private KafkaStreams startBuilding(long generation) {
		Properties configuration = new Properties();
		configuration.putAll(Objects.requireNonNull(this.running.getStreamsConfiguration()));
		String applicationId = applicationId(this.baseApplicationId, generation);
		configuration.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
		StreamsBuilder builder = new StreamsBuilder();
		RollupTopology.build(builder, this.units, this.deadLetters);
		KafkaStreams streams = new KafkaStreams(builder.build(configuration), configuration);
		streams.start();
		log.info("Rollup: this instance builds {}", applicationId);
		return streams;
	}

	private void stopBuilding(long generation) {
		KafkaStreams streams = this.building.remove(generation);
		if (streams != null) {
			close(streams);
		}
	}

	private static void close(KafkaStreams streams) {
		streams.close(new KafkaStreams.CloseOptions().leaveGroup(true).timeout(Duration.ofSeconds(30)));
	}

	private Admin admin() {
		Properties configuration = Objects.requireNonNull(this.running.getStreamsConfiguration());
		Map<String, Object> admin = new HashMap<>();
		admin.put("bootstrap.servers", configuration.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG));
		configuration.stringPropertyNames()
			.stream()
			.filter((name) -> name.startsWith("security.") || name.startsWith("sasl.") || name.startsWith("ssl."))
			.forEach((name) -> admin.put(name, configuration.getProperty(name)));
		return Admin.create(admin);
	}

	private Collection<TopicPartition> sourcePartitions() {
		return partitionsOf(RollupTopology.SOURCES.stream().map(Topic::topicName).collect(Collectors.toSet()));
	}

	private Collection<TopicPartition> outputPartitions() {
		return partitionsOf(WRITERS.keySet());
	}

	private Collection<TopicPartition> internalPartitions(String applicationId) {
		try (Admin admin = admin()) {
			Set<String> internal = admin.listTopics()
				.names()
				.get()
				.stream()
				.filter((name) -> name.startsWith(applicationId + "-") && name.endsWith("-repartition"))
				.collect(Collectors.toSet());
			return partitionsOf(admin, internal);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	private Collection<TopicPartition> partitionsOf(Set<String> topics) {
		try (Admin admin = admin()) {
			return partitionsOf(admin, topics);
		}
	}

	private static Collection<TopicPartition> partitionsOf(Admin admin, Set<String> topics) {
		if (topics.isEmpty()) {
			return List.of();
		}
		try {
			List<TopicPartition> partitions = new ArrayList<>();
			admin.describeTopics(topics).allTopicNames().get().forEach((name, description) -> description.partitions()
				.forEach((partition) -> partitions.add(new TopicPartition(name, partition.partition()))));
			return partitions;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	private Map<String, Long> endOffsets(Collection<TopicPartition> partitions) {
		if (partitions.isEmpty()) {
			return Map.of();
		}
		try (Admin admin = admin()) {
			Map<TopicPartition, OffsetSpec> latest = partitions.stream()
				.collect(Collectors.toMap((partition) -> partition, (partition) -> OffsetSpec.latest()));
			Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
			Map<String, Long> marks = new HashMap<>();
			ends.forEach((partition, info) -> marks.put(key(partition), info.offset()));
			return marks;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	private Map<String, Long> committed(String group) {
		try (Admin admin = admin()) {
			Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
				.partitionsToOffsetAndMetadata()
				.get();
			Map<String, Long> committed = new HashMap<>();
			offsets.forEach((partition, offset) -> {
				if (offset != null) {
					committed.put(key(partition), offset.offset());
				}
			});
			return committed;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	/** Whether every mark is reached; a partition with nothing to read (mark 0) needs no commit. */
	static boolean reached(Map<String, Long> committed, Map<String, Long> marks) {
		return marks.entrySet()
			.stream()
			.allMatch((mark) -> mark.getValue() == 0 || committed.getOrDefault(mark.getKey(), 0L) >= mark.getValue());
	}

	private static String key(TopicPartition partition) {
		return partition.topic() + ":" + partition.partition();
	}

	@Override
	public void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "rollup-generations");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(() -> {
			try {
				advance();
			}
			catch (RuntimeException ex) {
				log.warn("Rollup generations: {}", ex.toString());
			}
		}, 0, 1, TimeUnit.SECONDS);
		this.poller = executor;
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.poller;
		if (executor != null) {
			executor.shutdownNow();
			this.poller = null;
		}
		new ArrayList<>(this.building.keySet()).forEach(this::stopBuilding);
		KafkaStreams adopted = this.adopted;
		if (adopted != null) {
			close(adopted);
			this.adopted = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.poller != null;
	}

	/** After the Streams factory (which starts in the default phase): it follows the stored generation. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 100;
	}

}
