package vn.hoagiai.contracts.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every CloudEvents {@code type} of the contract. A type names a fact in the past tense and ends with
 * the version of its data schema; the topic and this type travel with every message, never a Java
 * class name.
 */
public enum EventType {

	TEAM_REGISTERED("vn.hoagiai.registry.team.registered.v1", TeamState.class),

	TEAM_CHANGED("vn.hoagiai.registry.team.changed.v1", TeamState.class),

	COURSE_SCHEDULED("vn.hoagiai.training.course.scheduled.v1", CourseState.class),

	COURSE_CHANGED("vn.hoagiai.training.course.changed.v1", CourseState.class);

	private final String type;

	private final Class<?> dataType;

	EventType(String type, Class<?> dataType) {
		this.type = type;
		this.dataType = dataType;
	}

	public String type() {
		return this.type;
	}

	public Class<?> dataType() {
		return this.dataType;
	}

	public static Optional<EventType> of(String type) {
		return Arrays.stream(values()).filter((candidate) -> candidate.type.equals(type)).findFirst();
	}

}
