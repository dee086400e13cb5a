package vn.hoagiai.training.course;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.CourseState;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.ParticipationState;
import vn.hoagiai.kit.outbox.PendingEvent;
import vn.hoagiai.kit.problem.FieldProblem;
import vn.hoagiai.kit.problem.InvalidRequestException;

/**
 * A training course (lớp tập huấn, bồi dưỡng) organised by a unit for one audience, with its
 * sessions, the mediators enrolled, their attendance, assessments and certificates. All of it lives in this
 * one document, so every change (a whole sign-in sheet included) and the events it causes are one
 * atomic write, guarded by {@code version}.
 */
@Document("courses")
class Course {

	/** Most participants a course takes, whatever its capacity: keeps the document far below 16 MB. */
	static final int MAX_PARTICIPANTS = 500;

	/** Most sessions a course has. */
	static final int MAX_SESSIONS = 30;

	/** Session days are days in Vietnam. */
	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Certificate codes avoid letters and digits that read alike (0/O, 1/I/L). */
	private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	@Id
	private final String id;

	private final String organiserUnitCode;

	private final String title;

	private final CourseAudience audience;

	private final LocalDate startDate;

	private final LocalDate endDate;

	private final @Nullable String place;

	private final @Nullable String onlineLink;

	private final List<String> topics;

	private final List<String> trainerIds;

	private final @Nullable Integer capacity;

	private final @Nullable Integer minimumSessions;

	private final List<Session> sessions;

	private final List<Enrolment> enrolments;

	private final List<Attendance> attendance;

	private final List<Assessment> assessments;

	private CourseStatus status;

	/** The document's version: every write increases it (the outbox's guard). */
	private long version;

	/** The version of the course's own events ({@link CourseState}): increases when the course changes. */
	private long stateVersion;

	private Instant changedAt;

	@Transient
	private final List<PendingEvent> pendingEvents = new ArrayList<>();

	@Transient
	private boolean touched;

	@PersistenceCreator
	Course(String id, String organiserUnitCode, String title, CourseAudience audience, LocalDate startDate,
			LocalDate endDate, @Nullable String place, @Nullable String onlineLink, @Nullable List<String> topics,
			@Nullable List<String> trainerIds, @Nullable Integer capacity, @Nullable Integer minimumSessions,
			@Nullable List<Session> sessions, @Nullable List<Enrolment> enrolments,
			@Nullable List<Attendance> attendance, @Nullable List<Assessment> assessments, CourseStatus status, long version, @Nullable Long stateVersion,
			Instant changedAt) {
		this.id = id;
		this.organiserUnitCode = organiserUnitCode;
		this.title = title;
		this.audience = audience;
		this.startDate = startDate;
		this.endDate = endDate;
		this.place = place;
		this.onlineLink = onlineLink;
		this.topics = (topics != null) ? new ArrayList<>(topics) : new ArrayList<>();
		this.trainerIds = (trainerIds != null) ? new ArrayList<>(trainerIds) : new ArrayList<>();
		this.capacity = capacity;
		this.minimumSessions = minimumSessions;
		this.sessions = (sessions != null) ? new ArrayList<>(sessions) : new ArrayList<>();
		this.enrolments = (enrolments != null) ? new ArrayList<>(enrolments) : new ArrayList<>();
		this.attendance = (attendance != null) ? new ArrayList<>(attendance) : new ArrayList<>();
		this.assessments = (assessments != null) ? new ArrayList<>(assessments) : new ArrayList<>();
		this.status = status;
		this.version = version;
		// Courses stored before the two versions were told apart had one version for both.
		this.stateVersion = (stateVersion != null) ? stateVersion : version;
		this.changedAt = changedAt;
	}

	/**
	 * What a course is planned with.
	 *
	 * @param organiserUnitCode the organising unit
	 * @param title title
	 * @param audience audience
	 * @param startDate first day
	 * @param endDate last day
	 * @param place where it is held, if in person
	 * @param onlineLink the meeting's address, if online
	 * @param topics topics covered
	 * @param trainerIds the trainers' ids
	 * @param capacity most participants, if limited
	 * @param minimumSessions sessions a participant must attend to complete it; all when absent
	 * @param sessions the sessions known at planning
	 */
	record Plan(String organiserUnitCode, String title, CourseAudience audience, LocalDate startDate,
			LocalDate endDate, @Nullable String place, @Nullable String onlineLink, List<String> topics,
			List<String> trainerIds, @Nullable Integer capacity, @Nullable Integer minimumSessions,
			List<NewSession> sessions) {
	}

	/**
	 * A session to add.
	 *
	 * @param date the day
	 * @param title what it covers
	 */
	record NewSession(LocalDate date, String title) {
	}

	static Course plan(Plan plan, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		if (plan.endDate().isBefore(plan.startDate())) {
			problems.add(new FieldProblem("endDate", "Ngày kết thúc không được trước ngày bắt đầu"));
		}
		if (plan.capacity() != null && plan.capacity() > MAX_PARTICIPANTS) {
			problems.add(new FieldProblem("capacity", "Một lớp nhận tối đa " + MAX_PARTICIPANTS + " học viên"));
		}
		if (plan.sessions().size() > MAX_SESSIONS) {
			problems.add(new FieldProblem("sessions", "Một lớp có tối đa " + MAX_SESSIONS + " buổi học"));
		}
		for (int i = 0; i < plan.sessions().size(); i++) {
			LocalDate date = plan.sessions().get(i).date();
			if (date.isBefore(plan.startDate()) || date.isAfter(plan.endDate())) {
				problems.add(new FieldProblem("sessions[" + i + "].date",
						"Ngày của buổi học phải nằm trong thời gian của lớp (từ " + plan.startDate().format(VIETNAMESE_DATE)
								+ " đến " + plan.endDate().format(VIETNAMESE_DATE) + ")"));
			}
		}
		if (plan.minimumSessions() != null && !plan.sessions().isEmpty()
				&& plan.minimumSessions() > plan.sessions().size()) {
			problems.add(new FieldProblem("minimumSessions",
					"Số buổi tối thiểu để hoàn thành không được lớn hơn số buổi học (" + plan.sessions().size() + ")"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		Course course = new Course(UUID.randomUUID().toString(), plan.organiserUnitCode(), plan.title(), plan.audience(),
				plan.startDate(), plan.endDate(), plan.place(), plan.onlineLink(), plan.topics(), plan.trainerIds(),
				plan.capacity(), plan.minimumSessions(), List.of(), List.of(), List.of(), List.of(), CourseStatus.PLANNED, 1,
				1L,
				now);
		for (NewSession session : plan.sessions()) {
			course.sessions.add(new Session(course.nextSessionId(), session.date(), session.title()));
		}
		course.pendingEvents.add(course.courseEvent(EventType.COURSE_SCHEDULED));
		return course;
	}

	// --- sessions -------------------------------------------------------------------------------------

	/** Adds a session (while the course is planned or open), on a day within the course. */
	Session addSession(NewSession session, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		if (this.status != CourseStatus.PLANNED && this.status != CourseStatus.OPEN) {
			problems.add(new FieldProblem("status",
					"Lớp đang ở trạng thái " + this.status.label() + ", không thể thêm buổi học"));
		}
		if (this.sessions.size() >= MAX_SESSIONS) {
			problems.add(new FieldProblem("sessions", "Một lớp có tối đa " + MAX_SESSIONS + " buổi học"));
		}
		if (session.date().isBefore(this.startDate) || session.date().isAfter(this.endDate)) {
			problems.add(new FieldProblem("date", "Ngày của buổi học phải nằm trong thời gian của lớp (từ "
					+ this.startDate.format(VIETNAMESE_DATE) + " đến " + this.endDate.format(VIETNAMESE_DATE) + ")"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		Session added = new Session(nextSessionId(), session.date(), session.title());
		this.sessions.add(added);
		touch(now);
		return added;
	}

	private String nextSessionId() {
		int highest = this.sessions.stream()
			.map(Session::id)
			.filter((id) -> id.matches("s[0-9]+"))
			.mapToInt((id) -> Integer.parseInt(id.substring(1)))
			.max()
			.orElse(0);
		return "s" + (highest + 1);
	}

	Optional<Session> session(String sessionId) {
		return this.sessions.stream().filter((s) -> s.id().equals(sessionId)).findFirst();
	}

	// --- status ---------------------------------------------------------------------------------------

	/**
	 * Moves the course on: PLANNED → OPEN → HELD, or PLANNED/OPEN → CANCELLED. Opening needs at least one
	 * session and a criterion the sessions can meet; holding issues the certificates of everyone who
	 * completed; cancelling cancels every participation.
	 */
	void moveTo(CourseStatus target, LocalDate today, Instant now) {
		if (target == this.status) {
			return;
		}
		boolean allowed = switch (target) {
			case OPEN -> this.status == CourseStatus.PLANNED;
			case HELD -> this.status == CourseStatus.OPEN;
			case CANCELLED -> this.status == CourseStatus.PLANNED || this.status == CourseStatus.OPEN;
			case PLANNED -> false;
		};
		if (!allowed) {
			throw new InvalidRequestException("status", "Không thể chuyển lớp từ trạng thái " + this.status.label()
					+ " sang " + target.label());
		}
		if (target == CourseStatus.OPEN) {
			if (this.sessions.isEmpty()) {
				throw new InvalidRequestException("sessions", "Lớp cần ít nhất một buổi học trước khi mở");
			}
			if (requiredSessions() > this.sessions.size()) {
				throw new InvalidRequestException("minimumSessions",
						"Số buổi tối thiểu để hoàn thành (" + requiredSessions() + ") lớn hơn số buổi học ("
								+ this.sessions.size() + ")");
			}
		}
		if (target == CourseStatus.HELD && this.sessions.stream().anyMatch((s) -> s.date().isAfter(today))) {
			throw new InvalidRequestException("status", "Lớp còn buổi học chưa diễn ra, chưa thể kết thúc");
		}
		this.status = target;
		touch(now);
		this.stateVersion++;
		this.pendingEvents.add(courseEvent(EventType.COURSE_CHANGED));
		if (target == CourseStatus.HELD) {
			for (int i = 0; i < this.enrolments.size(); i++) {
				Enrolment enrolment = this.enrolments.get(i);
				if (enrolment.status() == ParticipationStatus.COMPLETED && enrolment.certificateCode() == null) {
					this.enrolments.set(i, enrolment.withCertificate(newCertificateCode()));
				}
			}
		}
		if (target == CourseStatus.CANCELLED) {
			for (int i = 0; i < this.enrolments.size(); i++) {
				Enrolment cancelled = this.enrolments.get(i).next(ParticipationStatus.CANCELLED, null, null);
				this.enrolments.set(i, cancelled);
				this.pendingEvents.add(participationEvent(EventType.PARTICIPANT_CHANGED, cancelled));
			}
		}
	}

	// --- enrolment ------------------------------------------------------------------------------------

	/**
	 * Enrols a mediator the registry's events made known. Returns false (and changes nothing) when they
	 * are enrolled already.
	 * @param mediatorId the mediator
	 * @param communeCode the commune of their team
	 */
	boolean enrol(String mediatorId, String communeCode, Instant now) {
		if (enrolment(mediatorId).isPresent()) {
			return false;
		}
		if (this.status != CourseStatus.PLANNED && this.status != CourseStatus.OPEN) {
			throw new InvalidRequestException("status",
					"Lớp đang ở trạng thái " + this.status.label() + ", không thể ghi danh thêm học viên");
		}
		int limit = (this.capacity != null) ? this.capacity : MAX_PARTICIPANTS;
		if (this.enrolments.size() >= limit) {
			throw new InvalidRequestException("mediatorId", "Lớp đã đủ " + limit + " học viên, không thể ghi danh thêm");
		}
		Enrolment enrolment = new Enrolment(mediatorId, communeCode, now, 1, ParticipationStatus.ENROLLED, null, null);
		this.enrolments.add(enrolment);
		touch(now);
		this.pendingEvents.add(participationEvent(EventType.PARTICIPANT_ENROLLED, enrolment));
		return true;
	}

	Optional<Enrolment> enrolment(String mediatorId) {
		return this.enrolments.stream().filter((e) -> e.mediatorId().equals(mediatorId)).findFirst();
	}

	// --- attendance -----------------------------------------------------------------------------------

	/**
	 * A mediator's presence at a session, to record.
	 *
	 * @param sessionId the session
	 * @param mediatorId the mediator
	 */
	record Mark(String sessionId, String mediatorId) {
	}

	/**
	 * What is wrong with recording this mark, in Vietnamese, or empty. The course's own state (not open
	 * or held) is checked by {@link #checkAttendanceOpen()}.
	 */
	Optional<String> problemWith(Mark mark, LocalDate today) {
		Optional<Session> session = session(mark.sessionId());
		if (session.isEmpty()) {
			return Optional.of("Lớp không có buổi học mã " + mark.sessionId());
		}
		if (session.get().date().isAfter(today)) {
			return Optional.of("Buổi học " + mark.sessionId() + " ngày " + session.get().date().format(VIETNAMESE_DATE)
					+ " chưa diễn ra");
		}
		Optional<Enrolment> enrolment = enrolment(mark.mediatorId());
		if (enrolment.isEmpty()) {
			return Optional.of("Hòa giải viên " + mark.mediatorId() + " chưa được ghi danh vào lớp");
		}
		return Optional.empty();
	}

	/** Attendance is taken while a course is open, and sign-in sheets may still come in once it is held. */
	void checkAttendanceOpen() {
		if (this.status != CourseStatus.OPEN && this.status != CourseStatus.HELD) {
			throw new InvalidRequestException("status",
					"Lớp đang ở trạng thái " + this.status.label() + ", không thể điểm danh");
		}
	}

	boolean attended(String sessionId, String mediatorId) {
		return this.attendance.stream()
			.anyMatch((a) -> a.sessionId().equals(sessionId) && a.mediatorId().equals(mediatorId));
	}

	/**
	 * What recording marks did.
	 *
	 * @param recorded marks that were new
	 * @param alreadyRecorded marks that were there already (merged, not counted twice)
	 */
	record Recorded(int recorded, int alreadyRecorded) {
	}

	/**
	 * Records marks that passed {@link #problemWith}; a mark already recorded (or repeated in the list)
	 * is merged into the first. Every mediator whose attendance changed gets one event, a completion
	 * event when this write met the course's criteria.
	 */
	Recorded record(List<Mark> marks, AttendanceMethod method, String recordedBy, LocalDate today, Instant now) {
		checkAttendanceOpen();
		List<String> problems = new ArrayList<>();
		for (Mark mark : marks) {
			problemWith(mark, today).ifPresent(problems::add);
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("marks not checked before recording: " + problems);
		}
		int recorded = 0;
		Set<String> changed = new LinkedHashSet<>();
		for (Mark mark : marks) {
			if (attended(mark.sessionId(), mark.mediatorId())) {
				continue;
			}
			this.attendance.add(new Attendance(mark.sessionId(), mark.mediatorId(), method, now, recordedBy));
			changed.add(mark.mediatorId());
			recorded++;
		}
		if (recorded == 0) {
			return new Recorded(0, marks.size());
		}
		touch(now);
		for (String mediatorId : changed) {
			updateStanding(mediatorId);
		}
		return new Recorded(recorded, marks.size() - recorded);
	}

	private void updateStanding(String mediatorId) {
		int index = indexOf(mediatorId);
		Enrolment enrolment = this.enrolments.get(index);
		boolean completes = enrolment.status() == ParticipationStatus.ENROLLED && meetsCriteria(mediatorId);
		Enrolment next;
		EventType type;
		if (completes) {
			LocalDate completedOn = attendedSessions(mediatorId).stream()
				.map(Session::date)
				.max(Comparator.naturalOrder())
				.orElseThrow();
			String code = (this.status == CourseStatus.HELD) ? newCertificateCode() : null;
			next = enrolment.next(ParticipationStatus.COMPLETED, completedOn, code);
			type = EventType.PARTICIPANT_COMPLETED;
		}
		else {
			next = enrolment.next(enrolment.status(), enrolment.completedOn(), enrolment.certificateCode());
			type = EventType.PARTICIPANT_ATTENDED;
		}
		this.enrolments.set(index, next);
		this.pendingEvents.add(participationEvent(type, next));
	}

	private int indexOf(String mediatorId) {
		for (int i = 0; i < this.enrolments.size(); i++) {
			if (this.enrolments.get(i).mediatorId().equals(mediatorId)) {
				return i;
			}
		}
		throw new IllegalArgumentException("not enrolled: " + mediatorId);
	}

	// --- assessments ----------------------------------------------------------------------------------

	/**
	 * A score to record.
	 *
	 * @param mediatorId the mediator
	 * @param score 0 to 100
	 */
	record Score(String mediatorId, int score) {
	}

	/**
	 * Records the scores of one phase: all of them, or none if one is wrong (each problem names its
	 * item). A mediator's new score for a phase replaces the old one.
	 */
	void assess(AssessmentPhase phase, List<Score> scores, String recordedBy, Instant now) {
		boolean open = switch (phase) {
			case BEFORE -> this.status == CourseStatus.PLANNED || this.status == CourseStatus.OPEN;
			case AFTER -> this.status == CourseStatus.OPEN || this.status == CourseStatus.HELD;
		};
		if (!open) {
			throw new InvalidRequestException("phase", "Lớp đang ở trạng thái " + this.status.label()
					+ ", không thể ghi kết quả đánh giá " + ((phase == AssessmentPhase.BEFORE) ? "trước" : "sau")
					+ " tập huấn");
		}
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < scores.size(); i++) {
			Score score = scores.get(i);
			if (enrolment(score.mediatorId()).isEmpty()) {
				problems.add(new FieldProblem("scores[" + i + "].mediatorId",
						"Hòa giải viên " + score.mediatorId() + " chưa được ghi danh vào lớp"));
			}
			if (score.score() < 0 || score.score() > 100) {
				problems.add(new FieldProblem("scores[" + i + "].score", "Điểm phải từ 0 đến 100"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		for (Score score : scores) {
			this.assessments.removeIf((a) -> a.phase() == phase && a.mediatorId().equals(score.mediatorId()));
			this.assessments.add(new Assessment(score.mediatorId(), phase, score.score(), now, recordedBy));
		}
		if (!scores.isEmpty()) {
			touch(now);
		}
	}

	List<Assessment> assessments() {
		return List.copyOf(this.assessments);
	}

	// --- completion -----------------------------------------------------------------------------------

	/** Sessions a participant must attend to complete the course: its minimum, or all its sessions. */
	int requiredSessions() {
		return (this.minimumSessions != null) ? this.minimumSessions : this.sessions.size();
	}

	List<Session> attendedSessions(String mediatorId) {
		Set<String> ids = new LinkedHashSet<>();
		this.attendance.stream().filter((a) -> a.mediatorId().equals(mediatorId)).forEach((a) -> ids.add(a.sessionId()));
		return this.sessions.stream().filter((s) -> ids.contains(s.id())).toList();
	}

	boolean meetsCriteria(String mediatorId) {
		int required = requiredSessions();
		return required > 0 && attendedSessions(mediatorId).size() >= required;
	}

	private static String newCertificateCode() {
		StringBuilder code = new StringBuilder(14);
		for (int i = 0; i < 12; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	// --- writing --------------------------------------------------------------------------------------

	/** Marks the course changed by this write: one more version, whatever the number of changes. */
	private void touch(Instant now) {
		if (!this.touched) {
			this.version++;
			this.touched = true;
		}
		this.changedAt = now;
	}

	boolean changed() {
		return this.touched;
	}

	/** The events this change caused, to store in the outbox with it. */
	List<PendingEvent> pendingEvents() {
		return List.copyOf(this.pendingEvents);
	}

	private PendingEvent courseEvent(EventType type) {
		return PendingEvent.of(Topic.TRAINING_COURSES, this.id, type, this.changedAt, state());
	}

	private PendingEvent participationEvent(EventType type, Enrolment enrolment) {
		ParticipationState state = participation(enrolment);
		return PendingEvent.of(Topic.TRAINING_PARTICIPANTS, state.participationId(), type, this.changedAt, state);
	}

	CourseState state() {
		return new CourseState(this.id, this.stateVersion, this.organiserUnitCode, this.title, this.audience.name(),
				this.startDate, this.endDate, this.status.name(), this.changedAt);
	}

	ParticipationState participation(Enrolment enrolment) {
		return new ParticipationState(this.id + ":" + enrolment.mediatorId(), enrolment.version(), this.id,
				enrolment.mediatorId(), enrolment.communeCode(), this.organiserUnitCode, this.audience.name(),
				enrolment.status().name(), attendedSessions(enrolment.mediatorId()).size(), requiredSessions(),
				enrolment.completedOn(), this.changedAt);
	}

	// --- reading --------------------------------------------------------------------------------------

	String id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	Instant changedAt() {
		return this.changedAt;
	}

	String organiserUnitCode() {
		return this.organiserUnitCode;
	}

	String title() {
		return this.title;
	}

	CourseAudience audience() {
		return this.audience;
	}

	LocalDate startDate() {
		return this.startDate;
	}

	LocalDate endDate() {
		return this.endDate;
	}

	CourseStatus status() {
		return this.status;
	}

	List<Enrolment> enrolments() {
		return List.copyOf(this.enrolments);
	}

	List<Attendance> attendance() {
		return List.copyOf(this.attendance);
	}

	List<Session> sessions() {
		return List.copyOf(this.sessions);
	}

	CourseView view() {
		Map<String, Integer> attendees = new LinkedHashMap<>();
		this.sessions.forEach((s) -> attendees.put(s.id(), 0));
		this.attendance.forEach((a) -> attendees.merge(a.sessionId(), 1, Integer::sum));
		return new CourseView(this.id, this.organiserUnitCode, this.title, this.audience, this.startDate, this.endDate,
				this.status, this.version, this.place, this.onlineLink, List.copyOf(this.topics),
				List.copyOf(this.trainerIds), this.capacity, this.minimumSessions, requiredSessions(),
				this.sessions.stream()
					.map((s) -> new SessionView(s.id(), s.date(), s.title(), attendees.getOrDefault(s.id(), 0)))
					.toList(),
				this.enrolments.size());
	}

	/**
	 * A course as the API shows it. The first eight fields are the original ones; the rest were added.
	 *
	 * @param id id
	 * @param organiserUnitCode organising unit
	 * @param title title
	 * @param audience audience
	 * @param startDate first day
	 * @param endDate last day
	 * @param status status
	 * @param version version of the stored course (every change increases it)
	 * @param place where, if in person
	 * @param onlineLink the meeting's address, if online
	 * @param topics topics
	 * @param trainerIds trainers
	 * @param capacity most participants, if limited
	 * @param minimumSessions the completion criterion as planned (absent: all sessions)
	 * @param requiredSessions sessions a participant must attend to complete the course, now
	 * @param sessions sessions, with how many attended each
	 * @param enrolled how many mediators are enrolled
	 */
	record CourseView(String id, String organiserUnitCode, String title, CourseAudience audience, LocalDate startDate,
			LocalDate endDate, CourseStatus status, long version, @Nullable String place, @Nullable String onlineLink,
			List<String> topics, List<String> trainerIds, @Nullable Integer capacity, @Nullable Integer minimumSessions,
			int requiredSessions, List<SessionView> sessions, int enrolled) {

		/** The same course without the ids of people (its trainers), for those who see aggregates only. */
		CourseView withoutPeople() {
			return new CourseView(this.id, this.organiserUnitCode, this.title, this.audience, this.startDate,
					this.endDate, this.status, this.version, this.place, this.onlineLink, this.topics, List.of(),
					this.capacity, this.minimumSessions, this.requiredSessions, this.sessions, this.enrolled);
		}

	}

	/**
	 * A session as the API shows it.
	 *
	 * @param id id within the course
	 * @param date day
	 * @param title title
	 * @param attended how many mediators attended it
	 */
	record SessionView(String id, LocalDate date, String title, int attended) {
	}

}
