package vn.hoagiai.training.course;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.kit.outbox.OutboxWriter;
import vn.hoagiai.kit.outbox.PendingEvent;
import vn.hoagiai.kit.problem.FieldProblem;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.problem.NotFoundException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;

/** Training courses. */
@RestController
@RequestMapping("/api/training/courses")
class CourseController {

	private final MongoTemplate mongo;

	private final OutboxWriter outbox;

	private final AdministrativeUnits units;

	private final Clock clock = Clock.systemUTC();

	CourseController(MongoTemplate mongo, OutboxWriter outbox, AdministrativeUnits units) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.units = units;
	}

	/**
	 * Plans a course.
	 *
	 * @param organiserUnitCode official code of the organising unit
	 * @param title title
	 * @param audience audience
	 * @param startDate first day
	 * @param endDate last day
	 */
	record PlanCourse(
			@NotBlank(message = "Mã đơn vị tổ chức là bắt buộc")
			@Size(max = 10, message = "Mã đơn vị tổ chức tối đa 10 ký tự") String organiserUnitCode,
			@NotBlank(message = "Tên lớp là bắt buộc") @Size(max = 300, message = "Tên lớp tối đa 300 ký tự") String title,
			@NotNull(message = "Đối tượng tham dự là bắt buộc") CourseAudience audience,
			@NotNull(message = "Ngày bắt đầu là bắt buộc") LocalDate startDate,
			@NotNull(message = "Ngày kết thúc là bắt buộc") LocalDate endDate) {
	}

	/** Units plan courses for their own area: the province, a district, a commune. */
	@PostMapping
	ResponseEntity<Course.CourseView> plan(Caller caller, @Valid @RequestBody PlanCourse request) {
		caller.require(Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER);
		List<FieldProblem> problems = new java.util.ArrayList<>();
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
		caller.requireWithin(request.organiserUnitCode(), Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER,
				Role.COMMUNE_OFFICER);
		Course course = Course.plan(request.organiserUnitCode(), request.title().strip(), request.audience(),
				request.startDate(), request.endDate(), this.clock.instant());
		this.outbox.insert(course, course.recordedEvents()
			.stream()
			.map((type) -> PendingEvent.of(Topic.TRAINING_COURSES, course.id(), type, course.changedAt(), course.state()))
			.toList());
		course.clearRecordedEvents();
		return ResponseEntity.created(URI.create("/api/training/courses/" + course.id())).body(course.view());
	}

	/** A course holds no personal data: every person may read it; systems may not. */
	@GetMapping("/{id}")
	Course.CourseView one(Caller caller, @PathVariable String id) {
		caller.require(Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER, Role.TRAINER, Role.ANALYST);
		Course course = this.mongo.findById(id, Course.class);
		if (course == null) {
			throw new NotFoundException("Không tìm thấy lớp tập huấn " + id);
		}
		return course.view();
	}

}
