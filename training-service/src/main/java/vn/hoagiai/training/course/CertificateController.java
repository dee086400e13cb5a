package vn.hoagiai.training.course;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.kit.problem.NotFoundException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.training.certificate.CertificatePdf;

/**
 * Completion certificates: a PDF for each mediator who completed a held course, and a public check of
 * a certificate's verification code.
 */
@RestController
class CertificateController {

	static final String VERIFY_PATH = "/api/training/certificates/";

	private static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

	private final Courses courses;

	private final AdministrativeUnits units;

	private final Clock clock;

	private final String publicUrl;

	CertificateController(Courses courses, AdministrativeUnits units, Clock clock,
			@Value("${hoagiai.training.public-url:http://localhost:8080}") String publicUrl) {
		this.courses = courses;
		this.units = units;
		this.clock = clock;
		this.publicUrl = publicUrl;
	}

	/**
	 * What the public check of a code tells: that it is genuine, whose it is and for which course. The
	 * mediator is named by the registry's id (the service keeps no names).
	 *
	 * @param code the code
	 * @param genuine always true (an unknown code is answered with 404)
	 * @param mediatorId the mediator
	 * @param communeName the commune of the mediator's team
	 * @param courseId the course
	 * @param courseTitle its title
	 * @param organiserName the organising unit
	 * @param startDate first day
	 * @param endDate last day
	 * @param completedOn when the mediator completed it
	 */
	record Verification(String code, boolean genuine, String mediatorId, String communeName, String courseId,
			String courseTitle, String organiserName, LocalDate startDate, LocalDate endDate, LocalDate completedOn) {
	}

	/**
	 * A mediator's certificate as PDF, once the course is held and they completed it. For the people
	 * who may read the course's participants: its organising unit, or the mediator's own unit.
	 */
	@GetMapping(path = "/api/training/courses/{id}/enrolments/{mediatorId}/certificate",
			produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<byte[]> certificate(Caller caller, @PathVariable String id, @PathVariable String mediatorId) {
		caller.require(AttendanceController.TAKERS);
		Course course = this.courses.get(id);
		Enrolment enrolment = course.enrolment(mediatorId)
			.orElseThrow(() -> new NotFoundException("Hòa giải viên " + mediatorId + " không có trong lớp " + id));
		if (!caller.covers(course.organiserUnitCode()) && !caller.covers(enrolment.communeCode())) {
			caller.requireWithin(course.organiserUnitCode(), AttendanceController.TAKERS);
		}
		if (enrolment.certificateCode() == null || enrolment.completedOn() == null) {
			throw new NotFoundException("Hòa giải viên " + mediatorId
					+ " chưa có giấy chứng nhận: giấy được cấp khi lớp đã tổ chức xong và học viên tham dự đủ "
					+ course.requiredSessions() + " buổi");
		}
		byte[] pdf = CertificatePdf.render(new CertificatePdf.Content(enrolment.certificateCode(), mediatorId,
				unitName(enrolment.communeCode()), course.title(), unitName(course.organiserUnitCode()),
				course.startDate(), course.endDate(), course.attendedSessions(mediatorId).size(),
				course.sessions().size(), enrolment.completedOn(), verificationPage(enrolment.certificateCode()),
				this.clock.instant()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("chung-nhan-" + enrolment.certificateCode() + ".pdf").build().toString())
			.body(pdf);
	}

	/**
	 * The console's page that checks a code, as printed on the certificate: a person reads it, so it is
	 * the page, not the API.
	 */
	String verificationPage(String code) {
		return this.publicUrl.replaceAll("/+$", "") + "/#/kiem-tra-chung-nhan/" + code;
	}

	/** Anyone, without logging in, may check a certificate's code: 200 when genuine, 404 otherwise. */
	@GetMapping(VERIFY_PATH + "{code}")
	Verification verify(@PathVariable String code) {
		String normalised = code.strip().toUpperCase(java.util.Locale.ROOT);
		NotFoundException unknown = new NotFoundException(
				"Mã xác minh " + code + " không đúng: không có giấy chứng nhận nào mang mã này");
		if (!CODE.matcher(normalised).matches()) {
			throw unknown;
		}
		Course course = this.courses.withCertificate(normalised).orElseThrow(() -> unknown);
		Enrolment enrolment = course.enrolments()
			.stream()
			.filter((e) -> normalised.equals(e.certificateCode()) && e.completedOn() != null)
			.findFirst()
			.orElseThrow(() -> unknown);
		return new Verification(normalised, true, enrolment.mediatorId(), unitName(enrolment.communeCode()),
				course.id(), course.title(), unitName(course.organiserUnitCode()), course.startDate(), course.endDate(),
				enrolment.completedOn());
	}

	private String unitName(String code) {
		return this.units.find(code).map(AdministrativeUnit::name).orElse(code);
	}

}
