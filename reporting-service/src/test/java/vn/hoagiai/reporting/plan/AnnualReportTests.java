package vn.hoagiai.reporting.plan;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnualReportTests {

	private static final Instant DAY_1 = Instant.parse("2026-12-01T02:00:00Z");

	private static final Instant DAY_2 = Instant.parse("2026-12-20T02:00:00Z");

	@Test
	void aSubmittedReportIsApprovedAndThenLocksTheYear() {
		AnnualReport approved = AnnualReport.notSubmitted("540", 2026)
			.submit("Kết quả năm 2026", "officer-540", DAY_1)
			.approve("admin-52", DAY_2);

		assertThat(approved.status()).isEqualTo(AnnualReport.Status.APPROVED);
		assertThat(approved.locksProgressReports()).isTrue();
		assertThat(approved.history()).extracting(AnnualReport.Step::status)
			.containsExactly(AnnualReport.Status.SUBMITTED, AnnualReport.Status.APPROVED);
	}

	@Test
	void aReturnedReportIsUnlockedKeepsItsReasonAndItsFirstSubmissionWhenSubmittedAgain() {
		AnnualReport again = AnnualReport.notSubmitted("540", 2026)
			.submit(null, "officer-540", DAY_1)
			.approve("admin-52", DAY_1)
			.returnWith("Thiếu số liệu nhiệm vụ 3b", "admin-52", DAY_2)
			.submit("Đã bổ sung", "officer-540", DAY_2);

		assertThat(again.status()).isEqualTo(AnnualReport.Status.SUBMITTED);
		assertThat(again.locksProgressReports()).isFalse();
		assertThat(again.firstSubmittedAt()).isEqualTo(DAY_1);
		assertThat(again.submittedAt()).isEqualTo(DAY_2);
		assertThat(again.returnReason()).isEqualTo("Thiếu số liệu nhiệm vụ 3b");
	}

	@Test
	void aReportCannotBeApprovedBeforeItIsSubmittedNorSubmittedTwiceNorChangedOnceApproved() {
		AnnualReport none = AnnualReport.notSubmitted("540", 2026);
		AnnualReport submitted = none.submit(null, "officer-540", DAY_1);

		assertThatThrownBy(() -> none.approve("admin-52", DAY_1)).isInstanceOf(ErrorResponseException.class)
			.satisfies((ex) -> assertThat(((ErrorResponseException) ex).getStatusCode().value()).isEqualTo(409));
		assertThatThrownBy(() -> none.returnWith("x", "admin-52", DAY_1)).isInstanceOf(ErrorResponseException.class);
		assertThatThrownBy(() -> submitted.submit(null, "officer-540", DAY_2)).isInstanceOf(ErrorResponseException.class);
		assertThatThrownBy(() -> submitted.approve("admin-52", DAY_2).submit(null, "officer-540", DAY_2))
			.isInstanceOf(ErrorResponseException.class)
			.hasMessageContaining("409");
	}

}
