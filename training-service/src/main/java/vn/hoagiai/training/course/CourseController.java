package vn.hoagiai.training.course;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.kit.problem.FieldProblem;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;

/** Training courses: planning, sessions, status. */
@RestController
@RequestMapping("/api/training/courses")
class CourseController {

	static final Role[] ORGANISERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER };

	private final Courses courses;

	private final AdministrativeUnits units;

	private final Clock clock;

	CourseController(Courses courses, AdministrativeUnits units, Clock clock) {
		this.courses = courses;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * Plans a course. The first five fields are required; the rest are optional.
	 *
	 * @param organiserUnitCode official code of the organising unit
	 * @param title title
	 * @param audience audience
	 * @param startDate first day
	 * @param endDate last day
	 * @param place where it is held, if in person (địa điểm)
	 * @param onlineLink the meeting's https address, if online
	 * @param topics topics covered (chuyên đề)
	 * @param trainerIds the trainers' ids (tập huấn viên)
	 * @param capacity most participants (at most 500)
	 * @param minimumSessions sessions a participant must attend to complete the course; all when absent
	 * @param sessions the sessions known now
	 */
	record PlanCourse(
			@NotBlank(message = "Mã đơn vị tổ chức là bắt buộc")
			@Size(max = 10, message = "Mã đơn vị tổ chức tối đa 10 ký tự") String organiserUnitCode,
			@NotBlank(message = "Tên lớp là bắt buộc") @Size(max = 300, message = "Tên lớp tối đa 300 ký tự") String title,
			@NotNull(message = "Đối tượng tham dự là bắt buộc") CourseAudience audience,
			@NotNull(message = "Ngày bắt đầu là bắt buộc") LocalDate startDate,
			@NotNull(message = "Ngày kết thúc là bắt buộc") LocalDate endDate,
			@Size(max = 300, message = "Địa điểm tối đa 300 ký tự") @Nullable String place,
			@Size(max = 500, message = "Đường dẫn học trực tuyến tối đa 500 ký tự")
			@Pattern(regexp = "https://[^\\s]+", message = "Đường dẫn học trực tuyến phải là địa chỉ https://")
			@Nullable String onlineLink,
			@Size(max = 20, message = "Tối đa 20 chuyên đề")
			@Nullable List<@NotBlank(message = "Chuyên đề không được để trống")
			@Size(max = 200, message = "Chuyên đề tối đa 200 ký tự") String> topics,
			@Size(max = 20, message = "Tối đa 20 tập huấn viên")
			@Nullable List<@NotBlank(message = "Mã tập huấn viên không được để trống")
			@Size(max = 100, message = "Mã tập huấn viên tối đa 100 ký tự") String> trainerIds,
			@Positive(message = "Số học viên tối đa phải lớn hơn 0") @Nullable Integer capacity,
			@Positive(message = "Số buổi tối thiểu để hoàn thành phải lớn hơn 0") @Nullable Integer minimumSessions,
			@Nullable List<@Valid @NotNull(message = "Buổi học không được để trống") AddSession> sessions) {
	}

	/**
	 * A session to add.
	 *
	 * @param date the day (within the course)
	 * @param title what it covers
	 */
	record AddSession(@NotNull(message = "Ngày của buổi học là bắt buộc") LocalDate date,
			@NotBlank(message = "Tên buổi học là bắt buộc")
			@Size(max = 200, message = "Tên buổi học tối đa 200 ký tự") String title) {
	}

	/**
	 * A move of the course's status.
	 *
	 * @param status OPEN, HELD or CANCELLED
	 */
	record ChangeStatus(@NotNull(message = "Trạng thái là bắt buộc") CourseStatus status) {
	}

	/** Units plan courses for their own area: the province, a district, a commune. */
	@PostMapping
	ResponseEntity<Course.CourseView> plan(Caller caller, @Valid @RequestBody PlanCourse request) {
		caller.require(ORGANISERS);
		List<FieldProblem> problems = new ArrayList<>();
		if (this.units.find(request.organiserUnitCode()).isEmpty()) {
			problems.add(new FieldProblem("organiserUnitCode",
					"Không tìm thấy đơn vị hành chính có mã " + request.organiserUnitCode()));
		}
		if (request.endDate().isBefore(request.startDate())) {
			problems.add(new FieldProblem("endDate", "Ngày kết thúc không được trước ngày bắt đầu"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		caller.requireWithin(request.organiserUnitCode(), ORGANISERS);
		Course course = Course.plan(new Course.Plan(request.organiserUnitCode(), request.title().strip(),
				request.audience(), request.startDate(), request.endDate(), blankToNull(request.place()),
				blankToNull(request.onlineLink()), strip(request.topics()), strip(request.trainerIds()),
				request.capacity(), request.minimumSessions(),
				(request.sessions() == null) ? List.of()
						: request.sessions().stream().map((s) -> new Course.NewSession(s.date(), s.title().strip())).toList()),
				this.clock.instant());
		this.courses.insert(course);
		return ResponseEntity.created(URI.create("/api/training/courses/" + course.id())).body(course.view());
	}

	/**
	 * A course holds no personal data but its trainers' ids: every person may read it, analysts without
	 * the trainers (they see no person); systems may not.
	 */
	@GetMapping("/{id}")
	Course.CourseView one(Caller caller, @PathVariable String id) {
		caller.require(Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER, Role.TRAINER, Role.ANALYST);
		Course.CourseView view = this.courses.get(id).view();
		return caller.is(Role.ANALYST) ? view.withoutPeople() : view;
	}

	/** Adds a session; the organising unit's officers only. */
	@PostMapping("/{id}/sessions")
	ResponseEntity<Course.SessionView> addSession(Caller caller, @PathVariable String id,
			@Valid @RequestBody AddSession request) {
		caller.require(ORGANISERS);
		caller.requireWithin(this.courses.get(id).organiserUnitCode(), ORGANISERS);
		Instant now = this.clock.instant();
		Session added = this.courses.change(id,
				(course) -> course.addSession(new Course.NewSession(request.date(), request.title().strip()), now));
		return ResponseEntity.created(URI.create("/api/training/courses/" + id))
			.body(new Course.SessionView(added.id(), added.date(), added.title(), 0));
	}

	/** Opens, closes (HELD) or cancels a course; the organising unit's officers only. */
	@PostMapping("/{id}/status")
	Course.CourseView changeStatus(Caller caller, @PathVariable String id, @Valid @RequestBody ChangeStatus request) {
		caller.require(ORGANISERS);
		caller.requireWithin(this.courses.get(id).organiserUnitCode(), ORGANISERS);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, Course.VIETNAM);
		return this.courses.change(id, (course) -> {
			course.moveTo(request.status(), today, now);
			return course;
		}).view();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static List<String> strip(@Nullable List<String> values) {
		return (values == null) ? List.of() : values.stream().map(String::strip).distinct().toList();
	}

}
