package vn.hoagiai.reporting.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InspectionTests {

	private static final Instant AT = Instant.parse("2025-10-20T02:00:00Z");

	private final Inspection inspection = Inspection.recorded("i-1", "21994", List.of("21994", "551", "52"), "551",
			LocalDate.of(2025, 9, 15), Inspection.Kind.INSPECTION, "Thiếu hòa giải viên nữ ở 2 tổ.",
			List.of("Bầu bổ sung hòa giải viên nữ.", "Cập nhật sổ theo dõi."), "officer-551", AT);

	@Test
	void aNewInspectionHasItsYearAndEveryRecommendationOpen() {
		assertThat(this.inspection.year()).isEqualTo(2025);
		assertThat(this.inspection.version()).isZero();
		assertThat(this.inspection.recommendations()).extracting(Inspection.Recommendation::status)
			.containsOnly(Inspection.FollowUp.OPEN);
	}

	@Test
	void aFollowUpChangesOnlyTheRecommendationItNumbersFromOne() {
		Inspection followed = this.inspection.followUp(2, Inspection.FollowUp.DONE, "Đã cập nhật.",
				LocalDate.of(2025, 10, 1), "officer-21994", AT);

		assertThat(followed.recommendations().get(0)).isEqualTo(this.inspection.recommendations().get(0));
		assertThat(followed.recommendations().get(1).status()).isEqualTo(Inspection.FollowUp.DONE);
		assertThat(followed.recommendations().get(1).text()).isEqualTo("Cập nhật sổ theo dõi.");
		assertThat(followed.count(Inspection.FollowUp.DONE)).isEqualTo(1);
		assertThat(followed.findings()).isEqualTo(this.inspection.findings());
	}

	@Test
	void aRecommendationItDoesNotHaveIsNotFound() {
		for (int number : new int[] { 0, 3 }) {
			assertThatThrownBy(() -> this.inspection.followUp(number, Inspection.FollowUp.DONE, null,
					LocalDate.of(2025, 10, 1), "officer-21994", AT))
				.isInstanceOf(ErrorResponseException.class)
				.satisfies((ex) -> assertThat(((ErrorResponseException) ex).getStatusCode().value()).isEqualTo(404));
		}
	}

}
