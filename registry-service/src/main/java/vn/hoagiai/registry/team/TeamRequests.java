package vn.hoagiai.registry.team;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import vn.hoagiai.contracts.events.Gender;

/** The bodies of the team endpoints. */
final class TeamRequests {

	private TeamRequests() {
	}

	/**
	 * Registers a team with its mediators.
	 *
	 * @param communeCode official code of the commune
	 * @param villageName village or residential group
	 * @param name team name
	 * @param manyEthnicMinorityResidents the "many ethnic-minority residents" flag
	 * @param mediators the team's mediators
	 */
	record RegisterTeam(
			@NotBlank(message = "Mã đơn vị hành chính cấp xã là bắt buộc")
			@Pattern(regexp = "\\d{5}(@2025-07-01)?", message = "Mã đơn vị hành chính cấp xã gồm 5 chữ số (đơn vị sau sắp xếp năm 2025 thêm @2025-07-01)") String communeCode,
			@NotBlank(message = "Tên thôn, tổ dân phố là bắt buộc")
			@Size(max = 200, message = "Tên thôn, tổ dân phố tối đa 200 ký tự") String villageName,
			@NotBlank(message = "Tên tổ hòa giải là bắt buộc")
			@Size(max = 200, message = "Tên tổ hòa giải tối đa 200 ký tự") String name,
			boolean manyEthnicMinorityResidents,
			@NotNull(message = "Danh sách hòa giải viên là bắt buộc")
			@Size(max = 50, message = "Một tổ hòa giải có tối đa 50 hòa giải viên") List<@Valid @NotNull NewMediator> mediators) {
	}

	/**
	 * A mediator being recognised into a team.
	 *
	 * @param fullName full name
	 * @param gender gender
	 * @param birthYear year of birth
	 * @param ethnicity ethnic group
	 * @param leader elected team leader
	 * @param background background categories from the plan
	 * @param recognitionNumber number of the recognition decision
	 * @param recognitionDate date of the recognition decision
	 */
	record NewMediator(
			@NotBlank(message = "Họ và tên là bắt buộc") @Size(max = 100, message = "Họ và tên tối đa 100 ký tự") String fullName,
			@NotNull(message = "Giới tính là bắt buộc") Gender gender,
			@NotNull(message = "Năm sinh là bắt buộc") Integer birthYear,
			@NotBlank(message = "Dân tộc là bắt buộc") @Size(max = 50, message = "Dân tộc tối đa 50 ký tự") String ethnicity,
			boolean leader,
			@Nullable @Size(max = 10, message = "Tối đa 10 nhóm đối tượng") List<@NotBlank @Size(max = 100) String> background,
			@Nullable @Size(max = 50, message = "Số quyết định công nhận tối đa 50 ký tự") String recognitionNumber,
			@Nullable @PastOrPresent(message = "Ngày quyết định công nhận không được ở tương lai") LocalDate recognitionDate) {
	}

	/**
	 * A mediator stops serving.
	 *
	 * @param decisionNumber number of the chairman's decision
	 * @param decisionDate date of the decision
	 * @param ground the Art. 11 ground
	 */
	record Dismiss(
			@NotBlank(message = "Số quyết định cho thôi làm hòa giải viên là bắt buộc")
			@Size(max = 50, message = "Số quyết định tối đa 50 ký tự") String decisionNumber,
			@NotNull(message = "Ngày quyết định là bắt buộc")
			@PastOrPresent(message = "Ngày quyết định không được ở tương lai") LocalDate decisionDate,
			@NotNull(message = "Căn cứ cho thôi làm hòa giải viên (Điều 11) là bắt buộc") DismissalGround ground) {
	}

	/**
	 * A mediator moves to another team of the same commune.
	 *
	 * @param toTeamId the team they join
	 * @param date the date of the transfer
	 * @param decisionNumber the chairman's decision, if there is one
	 */
	record Transfer(
			@NotBlank(message = "Tổ hòa giải chuyển đến là bắt buộc")
			@Size(max = 64, message = "Mã tổ hòa giải tối đa 64 ký tự") String toTeamId,
			@NotNull(message = "Ngày chuyển là bắt buộc")
			@PastOrPresent(message = "Ngày chuyển không được ở tương lai") LocalDate date,
			@Nullable @Size(max = 50, message = "Số quyết định tối đa 50 ký tự") String decisionNumber) {
	}

}
