package vn.hoagiai.contracts.events;

import java.util.Arrays;
import java.util.Optional;

import vn.hoagiai.contracts.Topic;

/**
 * Every CloudEvents {@code type} of the contract. A type names a fact in the past tense and ends with
 * the version of its data schema; the topic and this type travel with every message, never a Java
 * class name. Each type says which topic carries it, which JSON Schema its data follows, and which
 * field of the data is the record key.
 */
public enum EventType {

	/** A mediation team was registered (tổ hòa giải được thành lập). */
	TEAM_REGISTERED("vn.hoagiai.registry.team.registered.v1", Topic.REGISTRY_TEAMS, TeamState.class,
			"team-state.v1", "teamId"),

	/** A mediation team changed: a mediator joined or left, the leader changed, it was dissolved. */
	TEAM_CHANGED("vn.hoagiai.registry.team.changed.v1", Topic.REGISTRY_TEAMS, TeamState.class, "team-state.v1",
			"teamId"),

	/** A provincial or district trainer was appointed and registered (tập huấn viên được công nhận). */
	TRAINER_REGISTERED("vn.hoagiai.registry.trainer.registered.v1", Topic.REGISTRY_PEOPLE, TrainerState.class,
			"trainer-state.v1", "trainerId"),

	/** A trainer changed: corrected, trained, given the material set, or retired. */
	TRAINER_CHANGED("vn.hoagiai.registry.trainer.changed.v1", Topic.REGISTRY_PEOPLE, TrainerState.class,
			"trainer-state.v1", "trainerId"),

	/** A legal professional's support of a team began or ended (người hỗ trợ pháp lý cho tổ hòa giải). */
	LEGAL_SUPPORT_CHANGED("vn.hoagiai.registry.legal-support.changed.v1", Topic.REGISTRY_PEOPLE,
			LegalSupportState.class, "legal-support-state.v1", "supportId"),

	/** The province designated a pilot commune (xã điểm) for a period, changed the period or withdrew it. */
	PILOT_COMMUNE_CHANGED("vn.hoagiai.registry.pilot-commune.changed.v1", Topic.REGISTRY_PEOPLE,
			PilotCommuneState.class, "pilot-commune-state.v1", "communeCode"),

	/** A training course was scheduled (lớp tập huấn được lên kế hoạch). */
	COURSE_SCHEDULED("vn.hoagiai.training.course.scheduled.v1", Topic.TRAINING_COURSES, CourseState.class,
			"course-state.v1", "courseId"),

	/** A training course changed. */
	COURSE_CHANGED("vn.hoagiai.training.course.changed.v1", Topic.TRAINING_COURSES, CourseState.class,
			"course-state.v1", "courseId"),

	/** A mediation case was received by a team (tiếp nhận vụ việc hòa giải). */
	CASE_RECEIVED("vn.hoagiai.district.case.received.v1", Topic.DISTRICT_CASES, CaseState.class, "case-state.v1",
			"caseId"),

	/** A mediation case was closed: successful, unsuccessful or withdrawn. */
	CASE_CLOSED("vn.hoagiai.district.case.closed.v1", Topic.DISTRICT_CASES, CaseState.class, "case-state.v1",
			"caseId"),

	/** A successful mediation was sent to court for recognition (công nhận kết quả hòa giải thành ngoài Tòa án). */
	CASE_SENT_FOR_COURT_RECOGNITION("vn.hoagiai.district.case.sent-for-court-recognition.v1", Topic.DISTRICT_CASES,
			CaseState.class, "case-state.v1", "caseId"),

	/** A case was given legal support by a legal professional (task 1 of the plan). */
	CASE_GIVEN_LEGAL_SUPPORT("vn.hoagiai.district.case.given-legal-support.v1", Topic.DISTRICT_CASES,
			CaseState.class, "case-state.v1", "caseId"),

	/** A mediator was enrolled in a training course (ghi danh học viên). */
	PARTICIPANT_ENROLLED("vn.hoagiai.training.participant.enrolled.v1", Topic.TRAINING_PARTICIPANTS,
			ParticipationState.class, "participation-state.v1", "participationId"),

	/** A mediator's attendance at one or more sessions was recorded (điểm danh). */
	PARTICIPANT_ATTENDED("vn.hoagiai.training.participant.attended.v1", Topic.TRAINING_PARTICIPANTS,
			ParticipationState.class, "participation-state.v1", "participationId"),

	/** A mediator met the course's completion criteria (hoàn thành lớp tập huấn). */
	PARTICIPANT_COMPLETED("vn.hoagiai.training.participant.completed.v1", Topic.TRAINING_PARTICIPANTS,
			ParticipationState.class, "participation-state.v1", "participationId"),

	/** A participation changed otherwise: the course was cancelled. */
	PARTICIPANT_CHANGED("vn.hoagiai.training.participant.changed.v1", Topic.TRAINING_PARTICIPANTS,
			ParticipationState.class, "participation-state.v1", "participationId"),

	/** A material was added to the library (tài liệu được phát hành). */
	MATERIAL_PUBLISHED("vn.hoagiai.training.material.published.v1", Topic.TRAINING_MATERIALS, MaterialState.class,
			"material-state.v1", "materialId"),

	/** A material changed: a new file version, its publication channels, or it was withdrawn. */
	MATERIAL_CHANGED("vn.hoagiai.training.material.changed.v1", Topic.TRAINING_MATERIALS, MaterialState.class,
			"material-state.v1", "materialId"),

	/** A mediator reached a material for the first time (hòa giải viên tiếp cận tài liệu). */
	MATERIAL_REACHED("vn.hoagiai.training.material.reached.v1", Topic.TRAINING_MATERIALS,
			MaterialReachState.class, "material-reach-state.v1", "reachId"),

	/** A unit recorded a communication activity (hoạt động truyền thông về hòa giải ở cơ sở). */
	COMMUNICATION_RECORDED("vn.hoagiai.training.communication.recorded.v1", Topic.TRAINING_COMMUNICATIONS,
			CommunicationState.class, "communication-state.v1", "activityId"),

	/** A communication activity was corrected. */
	COMMUNICATION_CHANGED("vn.hoagiai.training.communication.changed.v1", Topic.TRAINING_COMMUNICATIONS,
			CommunicationState.class, "communication-state.v1", "activityId");

	private final String type;

	private final Topic topic;

	private final Class<?> dataType;

	private final String schema;

	private final String keyField;

	EventType(String type, Topic topic, Class<?> dataType, String schema, String keyField) {
		this.type = type;
		this.topic = topic;
		this.dataType = dataType;
		this.schema = schema;
		this.keyField = keyField;
	}

	/** The CloudEvents type, e.g. {@code vn.hoagiai.district.case.closed.v1}. */
	public String type() {
		return this.type;
	}

	public Topic topic() {
		return this.topic;
	}

	public Class<?> dataType() {
		return this.dataType;
	}

	/** The name of the JSON Schema of the data, e.g. {@code case-state.v1}. */
	public String schema() {
		return this.schema;
	}

	/** The field of the data whose value is the Kafka record key. */
	public String keyField() {
		return this.keyField;
	}

	public static Optional<EventType> of(String type) {
		return Arrays.stream(values()).filter((candidate) -> candidate.type.equals(type)).findFirst();
	}

}
