package vn.hoagiai.training.course;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A mediator enrolled in a course (học viên), with their standing.
 *
 * @param mediatorId the registry's id
 * @param communeCode the commune of the mediator's team when enrolled; the unit the participation
 * counts for
 * @param enrolledAt when
 * @param version the version of the participation's events, from 1
 * @param status enrolled, completed or cancelled
 * @param completedOn the day the criteria were met (the date of the session that met them)
 * @param certificateCode the certificate's verification code, once the course is held and the mediator
 * completed it
 */
record Enrolment(String mediatorId, String communeCode, Instant enrolledAt, long version, ParticipationStatus status,
		@Nullable LocalDate completedOn, @Nullable String certificateCode) {

	Enrolment next(ParticipationStatus status, @Nullable LocalDate completedOn, @Nullable String certificateCode) {
		return new Enrolment(this.mediatorId, this.communeCode, this.enrolledAt, this.version + 1, status, completedOn,
				certificateCode);
	}

	Enrolment withCertificate(String code) {
		return new Enrolment(this.mediatorId, this.communeCode, this.enrolledAt, this.version, this.status,
				this.completedOn, code);
	}

}
