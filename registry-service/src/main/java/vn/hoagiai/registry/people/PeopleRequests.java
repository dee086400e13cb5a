package vn.hoagiai.registry.people;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import vn.hoagiai.contracts.events.Gender;

/** The bodies of the people endpoints. */
final class PeopleRequests {

	private PeopleRequests() {
	}

	/**
	 * Registers a trainer, or corrects one (the same fields).
	 *
	 * @param level PROVINCIAL or DISTRICT
	 * @param unitCode the province (provincial trainers) or the district (district trainers)
	 * @param source where the trainer comes from
	 * @param fullName full name
	 * @param gender gender
	 * @param appointmentNumber the appointment decision's number
	 * @param appointmentDate its date
	 * @param trainedOn when the trainer was trained, if they were
	 * @param materialsGivenOn when the trainer was given the material set, if they were
	 */
	record TrainerDetails(
			@NotNull(message = "Cấp tập huấn viên là bắt buộc") TrainerLevel level,
			@NotBlank(message = "Mã đơn vị của tập huấn viên là bắt buộc")
			@Pattern(regexp = "\\d{2,3}", message = "Mã đơn vị của tập huấn viên là mã tỉnh (2 chữ số) hoặc mã huyện (3 chữ số)") String unitCode,
			@NotNull(message = "Nguồn tập huấn viên là bắt buộc") SourceCategory source,
			@NotBlank(message = "Họ và tên là bắt buộc") @Size(max = 100, message = "Họ và tên tối đa 100 ký tự") String fullName,
			@NotNull(message = "Giới tính là bắt buộc") Gender gender,
			@NotBlank(message = "Số quyết định công nhận là bắt buộc")
			@Size(max = 50, message = "Số quyết định công nhận tối đa 50 ký tự") String appointmentNumber,
			@NotNull(message = "Ngày quyết định công nhận là bắt buộc")
			@PastOrPresent(message = "Ngày quyết định công nhận không được ở tương lai") LocalDate appointmentDate,
			@Nullable @PastOrPresent(message = "Ngày được tập huấn không được ở tương lai") LocalDate trainedOn,
			@Nullable @PastOrPresent(message = "Ngày được cấp bộ tài liệu không được ở tương lai") LocalDate materialsGivenOn) {
	}

	/**
	 * A trainer stops.
	 *
	 * @param date the last day
	 * @param reason why
	 */
	record Retire(
			@NotNull(message = "Ngày thôi tham gia là bắt buộc")
			@PastOrPresent(message = "Ngày thôi tham gia không được ở tương lai") LocalDate date,
			@NotBlank(message = "Lý do thôi tham gia là bắt buộc")
			@Size(max = 300, message = "Lý do thôi tham gia tối đa 300 ký tự") String reason) {
	}

	/**
	 * Assigns a legal professional to support a team.
	 *
	 * @param teamId the team
	 * @param fullName the supporter's full name
	 * @param category their profession
	 * @param organisation where they work (a bar association, a legal aid centre...), if said
	 * @param assignedOn the first day
	 * @param decisionNumber the assignment's decision, if there is one
	 */
	record AssignSupporter(
			@NotBlank(message = "Tổ hòa giải được hỗ trợ là bắt buộc")
			@Size(max = 64, message = "Mã tổ hòa giải tối đa 64 ký tự") String teamId,
			@NotBlank(message = "Họ và tên là bắt buộc") @Size(max = 100, message = "Họ và tên tối đa 100 ký tự") String fullName,
			@NotNull(message = "Nghề nghiệp, chức danh của người hỗ trợ pháp lý là bắt buộc") SourceCategory category,
			@Nullable @Size(max = 200, message = "Tên cơ quan, tổ chức tối đa 200 ký tự") String organisation,
			@NotNull(message = "Ngày phân công là bắt buộc")
			@PastOrPresent(message = "Ngày phân công không được ở tương lai") LocalDate assignedOn,
			@Nullable @Size(max = 50, message = "Số quyết định tối đa 50 ký tự") String decisionNumber) {
	}

	/**
	 * A legal supporter's assignment ends.
	 *
	 * @param endedOn the last day
	 * @param reason why, if said
	 */
	record EndSupport(
			@NotNull(message = "Ngày kết thúc là bắt buộc")
			@PastOrPresent(message = "Ngày kết thúc không được ở tương lai") LocalDate endedOn,
			@Nullable @Size(max = 300, message = "Lý do tối đa 300 ký tự") String reason) {
	}

	/**
	 * Designates a pilot commune for a period (or changes or withdraws the designation).
	 *
	 * @param from first day of the pilot period
	 * @param until last day, if the period is closed
	 * @param decisionNumber the province's decision
	 * @param withdrawn true to withdraw the designation
	 */
	record DesignatePilotCommune(
			@NotNull(message = "Ngày bắt đầu là bắt buộc") LocalDate from,
			@Nullable LocalDate until,
			@NotBlank(message = "Số quyết định chọn xã điểm là bắt buộc")
			@Size(max = 50, message = "Số quyết định tối đa 50 ký tự") String decisionNumber,
			boolean withdrawn) {
	}

	/**
	 * Records a commendation of a mediator or a team.
	 *
	 * @param teamId the team (of the mediator, or commended itself)
	 * @param mediatorId the mediator, absent when the team is commended
	 * @param form the form
	 * @param basis the contest or the decision that named them
	 * @param decisionNumber the decision's number, if there is one
	 * @param awardedOn the date of the award
	 * @param awardingUnitCode the awarding unit: the team's commune, its district or the province
	 */
	record RecordCommendation(
			@NotBlank(message = "Tổ hòa giải là bắt buộc")
			@Size(max = 64, message = "Mã tổ hòa giải tối đa 64 ký tự") String teamId,
			@Nullable @Size(max = 64, message = "Mã hòa giải viên tối đa 64 ký tự") String mediatorId,
			@NotNull(message = "Hình thức khen thưởng là bắt buộc") CommendationForm form,
			@NotBlank(message = "Căn cứ khen thưởng (hội thi hoặc quyết định) là bắt buộc")
			@Size(max = 300, message = "Căn cứ khen thưởng tối đa 300 ký tự") String basis,
			@Nullable @Size(max = 50, message = "Số quyết định tối đa 50 ký tự") String decisionNumber,
			@NotNull(message = "Ngày khen thưởng là bắt buộc")
			@PastOrPresent(message = "Ngày khen thưởng không được ở tương lai") LocalDate awardedOn,
			@NotBlank(message = "Đơn vị khen thưởng là bắt buộc")
			@Pattern(regexp = "\\d{2,5}", message = "Mã đơn vị hành chính gồm 2 đến 5 chữ số") String awardingUnitCode) {
	}

}
