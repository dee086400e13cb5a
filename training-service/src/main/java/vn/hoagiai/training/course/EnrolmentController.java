package vn.hoagiai.training.course;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;
import vn.hoagiai.training.people.KnownMediators;

/**
 * Enrolment of mediators in a course (ghi danh). Only mediators the registry's events made known, who
 * still serve and whose commune lies in the organising unit's area, can be enrolled.
 */
@RestController
@RequestMapping("/api/training/courses/{id}/enrolments")
class EnrolmentController {

	private final Courses courses;

	private final KnownMediators mediators;

	private final AdministrativeUnits units;

	private final Clock clock;

	EnrolmentController(Courses courses, KnownMediators mediators, AdministrativeUnits units, Clock clock) {
		this.courses = courses;
		this.mediators = mediators;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * A mediator to enrol.
	 *
	 * @param mediatorId the registry's id of the mediator
	 */
	record Enrol(@NotBlank(message = "Mã hòa giải viên là bắt buộc")
			@Size(max = 100, message = "Mã hòa giải viên tối đa 100 ký tự") String mediatorId) {
	}

	/**
	 * A participant as the API shows them: ids and figures, no names.
	 *
	 * @param mediatorId the mediator
	 * @param communeCode the commune of their team
	 * @param status ENROLLED, COMPLETED or CANCELLED
	 * @param sessionsAttended distinct sessions attended
	 * @param sessionsRequired sessions the criteria require
	 * @param completedOn when the criteria were met
	 * @param certificateCode the certificate's verification code, once issued
	 */
	record ParticipantView(String mediatorId, String communeCode, ParticipationStatus status, int sessionsAttended,
			int sessionsRequired, @Nullable LocalDate completedOn, @Nullable String certificateCode) {

		static ParticipantView of(Course course, Enrolment enrolment) {
			return new ParticipantView(enrolment.mediatorId(), enrolment.communeCode(), enrolment.status(),
					course.attendedSessions(enrolment.mediatorId()).size(), course.requiredSessions(),
					enrolment.completedOn(), enrolment.certificateCode());
		}

	}

	/**
	 * Enrols a mediator: 201 when enrolled now, 200 when they were already (nothing changes). The
	 * organising unit's officers may enrol anyone of their area; a commune or district officer may also
	 * send their own mediators to a course organised above them.
	 */
	@PostMapping
	ResponseEntity<ParticipantView> enrol(Caller caller, @PathVariable String id, @Valid @RequestBody Enrol request) {
		caller.require(CourseController.ORGANISERS);
		Course course = this.courses.get(id);
		String mediatorId = request.mediatorId().strip();
		KnownMediators.Standing standing = this.mediators.find(mediatorId)
			.orElseThrow(() -> new InvalidRequestException("mediatorId",
					"Không tìm thấy hòa giải viên có mã " + mediatorId + " trong danh sách tổ hòa giải"));
		if (!caller.covers(course.organiserUnitCode()) && !caller.covers(standing.communeCode())) {
			caller.requireWithin(course.organiserUnitCode(), CourseController.ORGANISERS);
		}
		if (!standing.serving()) {
			throw new InvalidRequestException("mediatorId",
					"Hòa giải viên " + mediatorId + " đã thôi làm hòa giải viên, không thể ghi danh");
		}
		boolean inArea = this.units.lineage(standing.communeCode())
			.stream()
			.anyMatch((unit) -> unit.code().equals(course.organiserUnitCode()));
		if (!inArea) {
			throw new InvalidRequestException("mediatorId", "Hòa giải viên " + mediatorId
					+ " không thuộc địa bàn của đơn vị tổ chức lớp (" + course.organiserUnitCode() + ")");
		}
		Instant now = this.clock.instant();
		Course changed = this.courses.change(id, (c) -> {
			c.enrol(mediatorId, standing.communeCode(), now);
			return c;
		});
		ParticipantView view = ParticipantView.of(changed, changed.enrolment(mediatorId).orElseThrow());
		return changed.changed()
				? ResponseEntity.created(URI.create("/api/training/courses/" + id + "/enrolments/" + mediatorId)).body(view)
				: ResponseEntity.ok(view);
	}

	/**
	 * The participants of a course. The organising unit's people see all of them; an officer of a unit
	 * below sees the mediators of their own area only. Analysts see no one: this is a list of people.
	 */
	@GetMapping
	List<ParticipantView> participants(Caller caller, @PathVariable String id) {
		caller.require(Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER, Role.TRAINER);
		Course course = this.courses.get(id);
		boolean all = caller.covers(course.organiserUnitCode());
		return course.enrolments()
			.stream()
			.filter((e) -> all || caller.covers(e.communeCode()))
			.map((e) -> ParticipantView.of(course, e))
			.toList();
	}

}
