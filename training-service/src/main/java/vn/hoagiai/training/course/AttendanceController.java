package vn.hoagiai.training.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.hoagiai.kit.problem.FieldProblem;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.problem.NotFoundException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;

/**
 * Attendance per session (điểm danh): by hand, by a phone posting the session's QR token, or from a
 * sign-in sheet. A mediator attends a session once however often it is recorded.
 */
@RestController
class AttendanceController {

	/** Who takes attendance: the organising unit's officers and its trainers. */
	static final Role[] TAKERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER, Role.TRAINER };

	private final Courses courses;

	private final CheckInTokens tokens;

	private final Clock clock;

	AttendanceController(Courses courses, CheckInTokens tokens, Clock clock) {
		this.courses = courses;
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * Mediators present at a session.
	 *
	 * @param mediatorIds the mediators' ids
	 */
	record RecordAttendance(@NotEmpty(message = "Danh sách hòa giải viên không được để trống")
			@Size(max = 500, message = "Tối đa 500 hòa giải viên mỗi lần")
			List<@NotBlank(message = "Mã hòa giải viên không được để trống") String> mediatorIds) {
	}

	/**
	 * What a recording did.
	 *
	 * @param sessionId the session
	 * @param recorded marks that were new
	 * @param alreadyRecorded marks merged into ones already there
	 * @param attended how many mediators attended the session now
	 */
	record AttendanceResult(String sessionId, int recorded, int alreadyRecorded, int attended) {
	}

	/**
	 * One attendance as the API shows it.
	 *
	 * @param mediatorId the mediator
	 * @param method how it was taken
	 * @param recordedAt when
	 */
	record AttendeeView(String mediatorId, AttendanceMethod method, Instant recordedAt) {
	}

	/**
	 * A session's attendance.
	 *
	 * @param sessionId the session
	 * @param date its day
	 * @param title its title
	 * @param attendees who attended
	 */
	record SessionAttendance(String sessionId, LocalDate date, String title, List<AttendeeView> attendees) {
	}

	/**
	 * A phone's check-in.
	 *
	 * @param token the token the QR code holds
	 * @param mediatorId the mediator checking in
	 */
	record CheckIn(@NotBlank(message = "Mã QR là bắt buộc") @Size(max = 1000, message = "Mã QR không hợp lệ") String token,
			@NotBlank(message = "Mã hòa giải viên là bắt buộc")
			@Size(max = 100, message = "Mã hòa giải viên tối đa 100 ký tự") String mediatorId) {
	}

	/**
	 * A check-in's answer.
	 *
	 * @param courseId the course
	 * @param sessionId the session
	 * @param mediatorId the mediator
	 * @param alreadyRecorded true when the mediator had checked in already
	 */
	record CheckedIn(String courseId, String sessionId, String mediatorId, boolean alreadyRecorded) {
	}

	/**
	 * One problem of a sign-in sheet.
	 *
	 * @param row the row as the spreadsheet numbers it (the header is row 1)
	 * @param column the column's header as written in the file
	 * @param message what is wrong
	 */
	record SheetProblem(int row, String column, String message) {
	}

	/**
	 * What importing a sign-in sheet did, or would do.
	 *
	 * @param dryRun true when nothing was written
	 * @param rows rows read (not counting the header and empty rows)
	 * @param recorded attendances recorded (or that would be)
	 * @param alreadyRecorded rows whose attendance was there already, or repeated in the file: merged
	 * @param problems every problem, by row and column; a real run with problems records nothing
	 */
	record ImportReport(boolean dryRun, int rows, int recorded, int alreadyRecorded, List<SheetProblem> problems) {
	}

	/** Records by hand the mediators present at a session: all of them or, if one is wrong, none. */
	@PostMapping("/api/training/courses/{id}/sessions/{sessionId}/attendance")
	AttendanceResult record(Caller caller, @PathVariable String id, @PathVariable String sessionId,
			@Valid @RequestBody RecordAttendance request) {
		Course stored = takerWithin(caller, id);
		sessionOf(stored, sessionId);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, Course.VIETNAM);
		Course.Recorded recorded = this.courses.change(id, (course) -> {
			course.checkAttendanceOpen();
			List<Course.Mark> marks = new ArrayList<>();
			List<FieldProblem> problems = new ArrayList<>();
			for (int i = 0; i < request.mediatorIds().size(); i++) {
				Course.Mark mark = new Course.Mark(sessionId, request.mediatorIds().get(i).strip());
				int index = i;
				course.problemWith(mark, today)
					.ifPresent((problem) -> problems.add(new FieldProblem("mediatorIds[" + index + "]", problem)));
				marks.add(mark);
			}
			if (!problems.isEmpty()) {
				throw new InvalidRequestException(problems);
			}
			return course.record(marks, AttendanceMethod.MANUAL, caller.subject(), today, now);
		});
		int attended = (int) this.courses.get(id).attendance().stream().filter((a) -> a.sessionId().equals(sessionId)).count();
		return new AttendanceResult(sessionId, recorded.recorded(), recorded.alreadyRecorded(), attended);
	}

	/** Who attended a session: the organising unit's officers and trainers. */
	@GetMapping("/api/training/courses/{id}/sessions/{sessionId}/attendance")
	SessionAttendance attendance(Caller caller, @PathVariable String id, @PathVariable String sessionId) {
		Course course = takerWithin(caller, id);
		Session session = sessionOf(course, sessionId);
		return new SessionAttendance(session.id(), session.date(), session.title(), course.attendance()
			.stream()
			.filter((a) -> a.sessionId().equals(sessionId))
			.map((a) -> new AttendeeView(a.mediatorId(), a.method(), a.recordedAt()))
			.toList());
	}

	/**
	 * A short-lived signed token for the session, to show as a QR code; phones post it back to
	 * {@code POST /api/training/check-in}.
	 */
	@GetMapping("/api/training/courses/{id}/sessions/{sessionId}/check-in-token")
	CheckInTokens.Issued checkInToken(Caller caller, @PathVariable String id, @PathVariable String sessionId) {
		Course course = takerWithin(caller, id);
		sessionOf(course, sessionId);
		course.checkAttendanceOpen();
		return this.tokens.issue(id, sessionId);
	}

	/**
	 * A mediator's phone checks in with the token of the session's QR code. No login: the genuine,
	 * unexpired token is the permission, and only an enrolled mediator can be checked in.
	 */
	@PostMapping("/api/training/check-in")
	CheckedIn checkIn(@Valid @RequestBody CheckIn request) {
		CheckInTokens.Claim claim = this.tokens.verify(request.token().strip())
			.orElseThrow(() -> new InvalidRequestException("token",
					"Mã QR không hợp lệ hoặc đã hết hạn, hãy quét lại mã đang hiển thị"));
		String mediatorId = request.mediatorId().strip();
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, Course.VIETNAM);
		Course.Recorded recorded = this.courses.change(claim.courseId(), (course) -> {
			course.checkAttendanceOpen();
			Course.Mark mark = new Course.Mark(claim.sessionId(), mediatorId);
			course.problemWith(mark, today).ifPresent((problem) -> {
				throw new InvalidRequestException("mediatorId", problem);
			});
			return course.record(List.of(mark), AttendanceMethod.QR_CODE, "qr", today, now);
		});
		return new CheckedIn(claim.courseId(), claim.sessionId(), mediatorId, recorded.recorded() == 0);
	}

	/**
	 * Imports a sign-in sheet (CSV or .xlsx, form field {@code file}). With {@code dryRun=true} (the
	 * default) nothing is written and every problem is listed by row and column; without, the sheet is
	 * recorded whole, in one write, or not at all (422 listing every problem).
	 */
	@PostMapping(path = "/api/training/courses/{id}/attendance/import", consumes = "multipart/form-data")
	ResponseEntity<ImportReport> importSheet(Caller caller, @PathVariable String id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "dryRun", defaultValue = "true") boolean dryRun) {
		takerWithin(caller, id);
		if (file == null || file.isEmpty()) {
			throw new InvalidRequestException("file", "Hãy chọn tệp danh sách ký tên (CSV hoặc Excel)");
		}
		if (file.getSize() > SignInSheet.MAX_BYTES) {
			throw new InvalidRequestException("file", "Tệp danh sách ký tên tối đa 2 MB");
		}
		SignInSheet.Parsed sheet;
		try {
			sheet = SignInSheet.read(file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, Course.VIETNAM);
		ImportReport report = this.courses.change(id, (course) -> {
			course.checkAttendanceOpen();
			List<SheetProblem> problems = new ArrayList<>();
			Map<String, Course.Mark> marks = new LinkedHashMap<>();
			Set<String> repeated = new HashSet<>();
			int already = 0;
			for (SignInSheet.Line line : sheet.lines()) {
				boolean complete = true;
				if (line.mediatorId().isBlank()) {
					problems.add(new SheetProblem(line.row(), sheet.mediatorHeader(), "Thiếu mã hòa giải viên"));
					complete = false;
				}
				if (line.sessionId().isBlank()) {
					problems.add(new SheetProblem(line.row(), sheet.sessionHeader(), "Thiếu mã buổi học"));
					complete = false;
				}
				if (!complete) {
					continue;
				}
				Course.Mark mark = new Course.Mark(line.sessionId(), line.mediatorId());
				if (course.session(mark.sessionId()).isEmpty() || course.session(mark.sessionId())
					.get()
					.date()
					.isAfter(today)) {
					course.problemWith(mark, today)
						.ifPresent((p) -> problems.add(new SheetProblem(line.row(), sheet.sessionHeader(), p)));
					continue;
				}
				Optional<String> problem = course.problemWith(mark, today);
				if (problem.isPresent()) {
					problems.add(new SheetProblem(line.row(), sheet.mediatorHeader(), problem.get()));
					continue;
				}
				String key = mark.sessionId() + "\n" + mark.mediatorId();
				if (!repeated.add(key) || course.attended(mark.sessionId(), mark.mediatorId())) {
					already++;
					continue;
				}
				marks.put(key, mark);
			}
			if (dryRun) {
				return new ImportReport(true, sheet.lines().size(), marks.size(), already, problems);
			}
			if (!problems.isEmpty()) {
				throw new InvalidRequestException(problems.stream()
					.map((p) -> new FieldProblem("rows[" + p.row() + "]." + columnField(sheet, p.column()),
							"Dòng " + p.row() + ", cột " + p.column() + ": " + p.message()))
					.toList());
			}
			course.record(List.copyOf(marks.values()), AttendanceMethod.SIGN_IN_SHEET, caller.subject(), today, now);
			return new ImportReport(false, sheet.lines().size(), marks.size(), already, List.of());
		});
		return ResponseEntity.ok(report);
	}

	private static String columnField(SignInSheet.Parsed sheet, String column) {
		return column.equals(sheet.mediatorHeader()) ? SignInSheet.MEDIATOR : SignInSheet.SESSION;
	}

	private Course takerWithin(Caller caller, String id) {
		caller.require(TAKERS);
		Course course = this.courses.get(id);
		caller.requireWithin(course.organiserUnitCode(), TAKERS);
		return course;
	}

	private static Session sessionOf(Course course, String sessionId) {
		return course.session(sessionId)
			.orElseThrow(() -> new NotFoundException(
					"Lớp tập huấn " + course.id() + " không có buổi học mã " + sessionId));
	}

}
