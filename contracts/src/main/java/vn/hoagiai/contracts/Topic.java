package vn.hoagiai.contracts;

import java.util.Map;

/**
 * Every Kafka topic of the system, with the configuration it is created with. Keys are the id of the
 * thing an event is about, so one thing's events stay in order on one partition.
 */
public enum Topic {

	/** Latest state of every mediation team (tổ hòa giải), keyed by team id. Published by registry-service. */
	REGISTRY_TEAMS("registry.teams", true),

	/**
	 * Latest state of the registry's people and designations that are not teams: trainers (keyed by
	 * trainer id), legal supporters' assignments to teams (keyed by assignment id) and pilot communes
	 * (keyed by commune code). Published by registry-service.
	 */
	REGISTRY_PEOPLE("registry.people", true),

	/** Latest state of every training course (lớp tập huấn), keyed by course id. Published by training-service. */
	TRAINING_COURSES("training.courses", true),

	/**
	 * Latest state of every mediator's participation in a training course (ghi danh, điểm danh, hoàn
	 * thành), keyed by participation id ({@code <courseId>:<mediatorId>}). Published by training-service.
	 */
	TRAINING_PARTICIPANTS("training.participants", true),

	/**
	 * Latest state of every material of the library (keyed by material id) and every first reach of a
	 * material by a mediator (keyed by reach id, {@code <materialId>:<mediatorId>}). Published by
	 * training-service.
	 */
	TRAINING_MATERIALS("training.materials", true),

	/**
	 * Latest state of every communication activity (hoạt động truyền thông, task 6a), keyed by activity
	 * id. Published by training-service.
	 */
	TRAINING_COMMUNICATIONS("training.communications", true),

	/**
	 * Latest state of every mediation case (vụ việc hòa giải), keyed by case id. Published by district
	 * systems, straight to Kafka.
	 */
	DISTRICT_CASES("district.mediation-cases", true),

	/** Rollup figures per administrative unit, keyed by unit code. Published by reporting-service. */
	REPORTING_ROLLUP("reporting.rollup", true),

	/**
	 * Case figures per administrative unit and month, keyed {@code <unit code>|<yyyy-MM>}. Published by
	 * reporting-service; years and quarters are sums of months.
	 */
	REPORTING_ROLLUP_BY_MONTH("reporting.rollup-by-month", true);

	/** Partitions each topic is created with on a development broker; production sets its own. */
	public static final int DEFAULT_PARTITIONS = 3;

	private final String topicName;

	private final boolean compacted;

	Topic(String topicName, boolean compacted) {
		this.topicName = topicName;
		this.compacted = compacted;
	}

	public String topicName() {
		return this.topicName;
	}

	/** The topic where events that cannot be applied go, with headers that say why. */
	public String deadLetterTopicName() {
		return this.topicName + ".dlt";
	}

	public boolean compacted() {
		return this.compacted;
	}

	/** Topic-level configuration: compacted topics keep the latest state of each key forever. */
	public Map<String, String> configuration() {
		return this.compacted ? Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "60000")
				: Map.of("cleanup.policy", "delete");
	}

}
