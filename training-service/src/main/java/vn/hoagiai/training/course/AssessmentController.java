package vn.hoagiai.training.course;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;

/**
 * Capacity assessments of a course's participants, before and after the training (task 3b). Scores
 * are a person's data: the organising unit's officers and trainers record and read them; everyone
 * else, analysts included, sees the course's summary only.
 */
@RestController
@RequestMapping("/api/training/courses/{id}/assessments")
class AssessmentController {

	private final Courses courses;

	private final Clock clock;

	AssessmentController(Courses courses, Clock clock) {
		this.courses = courses;
		this.clock = clock;
	}

	/**
	 * One phase's scores.
	 *
	 * @param phase BEFORE or AFTER the training
	 * @param scores the mediators' scores
	 */
	record RecordScores(@NotNull(message = "Giai đoạn đánh giá là bắt buộc") AssessmentPhase phase,
			@NotEmpty(message = "Danh sách điểm không được để trống")
			@Size(max = 500, message = "Tối đa 500 điểm mỗi lần") List<@Valid @NotNull ScoreItem> scores) {
	}

	/**
	 * One mediator's score.
	 *
	 * @param mediatorId the mediator
	 * @param score 0 to 100
	 */
	record ScoreItem(@NotBlank(message = "Mã hòa giải viên là bắt buộc") String mediatorId,
			@NotNull(message = "Điểm là bắt buộc") Integer score) {
	}

	/**
	 * A mediator's scores.
	 *
	 * @param mediatorId the mediator
	 * @param before the score before, if taken
	 * @param after the score after, if taken
	 */
	record MediatorScores(String mediatorId, @Nullable Integer before, @Nullable Integer after) {
	}

	/**
	 * A course's assessments in figures, without persons.
	 *
	 * @param assessedBefore participants assessed before
	 * @param assessedAfter participants assessed after
	 * @param averageBefore average score before, if any
	 * @param averageAfter average score after, if any
	 * @param assessedBoth participants assessed both times
	 * @param averageGain the average of (after − before) over those assessed both times, if any
	 * @param improved how many of them scored higher after
	 */
	record Summary(int assessedBefore, int assessedAfter, @Nullable Double averageBefore,
			@Nullable Double averageAfter, int assessedBoth, @Nullable Double averageGain, int improved) {
	}

	/** Records one phase's scores, all or none; the organising unit's officers and trainers. */
	@PostMapping
	Summary record(Caller caller, @PathVariable String id, @Valid @RequestBody RecordScores request) {
		caller.require(AttendanceController.TAKERS);
		caller.requireWithin(this.courses.get(id).organiserUnitCode(), AttendanceController.TAKERS);
		List<Course.Score> scores = request.scores()
			.stream()
			.map((s) -> new Course.Score(s.mediatorId().strip(), s.score()))
			.toList();
		Course course = this.courses.change(id, (c) -> {
			c.assess(request.phase(), scores, caller.subject(), this.clock.instant());
			return c;
		});
		return summary(course);
	}

	/** Every participant's scores; the organising unit's officers and trainers. */
	@GetMapping
	List<MediatorScores> scores(Caller caller, @PathVariable String id) {
		caller.require(AttendanceController.TAKERS);
		Course course = this.courses.get(id);
		caller.requireWithin(course.organiserUnitCode(), AttendanceController.TAKERS);
		return course.enrolments()
			.stream()
			.map((e) -> new MediatorScores(e.mediatorId(), score(course, e.mediatorId(), AssessmentPhase.BEFORE),
					score(course, e.mediatorId(), AssessmentPhase.AFTER)))
			.toList();
	}

	/** The course's assessments in figures: anyone who may read the course, analysts included. */
	@GetMapping("/summary")
	Summary summaryOf(Caller caller, @PathVariable String id) {
		caller.require(Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER, Role.TRAINER, Role.ANALYST);
		return summary(this.courses.get(id));
	}

	static Summary summary(Course course) {
		Map<String, Integer> before = byMediator(course, AssessmentPhase.BEFORE);
		Map<String, Integer> after = byMediator(course, AssessmentPhase.AFTER);
		List<Integer> gains = before.keySet()
			.stream()
			.filter(after::containsKey)
			.map((m) -> after.get(m) - before.get(m))
			.toList();
		return new Summary(before.size(), after.size(), average(before.values().stream().mapToInt(Integer::intValue).average()),
				average(after.values().stream().mapToInt(Integer::intValue).average()), gains.size(),
				average(gains.stream().mapToInt(Integer::intValue).average()), (int) gains.stream().filter((g) -> g > 0).count());
	}

	private static Map<String, Integer> byMediator(Course course, AssessmentPhase phase) {
		return course.assessments()
			.stream()
			.filter((a) -> a.phase() == phase)
			.collect(Collectors.toMap(Assessment::mediatorId, Assessment::score, (a, b) -> b));
	}

	private static @Nullable Integer score(Course course, String mediatorId, AssessmentPhase phase) {
		Optional<Assessment> found = course.assessments()
			.stream()
			.filter((a) -> a.phase() == phase && a.mediatorId().equals(mediatorId))
			.findFirst();
		return found.map(Assessment::score).orElse(null);
	}

	private static @Nullable Double average(OptionalDouble value) {
		return value.isPresent() ? Math.round(value.getAsDouble() * 10) / 10.0 : null;
	}

}
