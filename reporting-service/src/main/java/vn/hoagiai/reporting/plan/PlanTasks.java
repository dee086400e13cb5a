package vn.hoagiai.reporting.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan's tasks (nhiệm vụ) and their lettered parts, as data: Plan 123/KH-UBND of Bình Định
 * province, loaded from {@code plan-123-kh-ubnd-2024.json} when the service starts and checked there.
 * Progress is reported on a task that has no parts (1, 4, 5, 7, 8, 9) or on a part (2a, 2b, ...).
 */
final class PlanTasks {

	static final String RESOURCE = "plan-123-kh-ubnd-2024.json";

	private final Plan plan;

	private final Map<String, String> reportable;

	private PlanTasks(Plan plan, Map<String, String> reportable) {
		this.plan = plan;
		this.reportable = reportable;
	}

	/**
	 * The plan.
	 *
	 * @param plan its number and date
	 * @param title what it carries out
	 * @param tasks its nine tasks, in order
	 */
	record Plan(String plan, String title, List<Task> tasks) {
	}

	/**
	 * A task of the plan (mục II).
	 *
	 * @param code its number, {@code 1} to {@code 9}
	 * @param title what it is
	 * @param contents its contents, when the plan lists them
	 * @param lead the agencies that lead it (chủ trì, tham mưu thực hiện), when it has no parts
	 * @param coordinating the agencies that take part (phối hợp), when it has no parts
	 * @param timeFrame when (thời gian thực hiện), when it has no parts
	 * @param parts its lettered parts (2a, 2b, 2c), each with its own lead, coordination and time
	 */
	record Task(String code, String title, @Nullable List<String> contents, @Nullable List<String> lead,
			@Nullable List<String> coordinating, @Nullable String timeFrame, @Nullable List<Part> parts) {
	}

	/**
	 * A lettered part of a task.
	 *
	 * @param code e.g. {@code 2a}
	 * @param title what it is
	 * @param lead lead agencies
	 * @param coordinating coordinating agencies
	 * @param timeFrame when
	 */
	record Part(String code, String title, List<String> lead, List<String> coordinating, String timeFrame) {
	}

	static PlanTasks load() {
		try (InputStream in = PlanTasks.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("plan tasks missing from the class path: " + RESOURCE);
			}
			return parse(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static PlanTasks parse(InputStream json) {
		Plan plan;
		try {
			plan = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
				.readValue(json, Plan.class);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("plan tasks unreadable: " + ex.getOriginalMessage(), ex);
		}
		List<String> problems = new ArrayList<>();
		Map<String, String> reportable = new LinkedHashMap<>();
		Set<String> codes = new HashSet<>();
		for (Task task : plan.tasks()) {
			if (!codes.add(task.code())) {
				problems.add("task " + task.code() + " appears twice");
			}
			if (task.parts() == null || task.parts().isEmpty()) {
				if (task.lead() == null || task.lead().isEmpty() || task.timeFrame() == null) {
					problems.add("task " + task.code() + " has neither parts nor a lead agency and a time frame");
				}
				reportable.put(task.code(), task.title());
				continue;
			}
			for (Part part : task.parts()) {
				if (!part.code().startsWith(task.code()) || !part.code().matches("\\d[a-z]")) {
					problems.add("part " + part.code() + " is not a lettered part of task " + task.code());
				}
				if (!codes.add(part.code())) {
					problems.add("part " + part.code() + " appears twice");
				}
				if (part.lead().isEmpty()) {
					problems.add("part " + part.code() + " has no lead agency");
				}
				reportable.put(part.code(), part.title());
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("invalid plan tasks: " + String.join("; ", problems));
		}
		return new PlanTasks(plan, reportable);
	}

	Plan plan() {
		return this.plan;
	}

	/** The codes progress is reported on, in the plan's order: 1, 2a, 2b, 2c, 3a, ... */
	List<String> reportableCodes() {
		return List.copyOf(this.reportable.keySet());
	}

	Optional<String> titleOf(String code) {
		return Optional.ofNullable(this.reportable.get(code));
	}

}
