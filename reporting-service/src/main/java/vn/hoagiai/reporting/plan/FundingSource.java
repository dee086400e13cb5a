package vn.hoagiai.reporting.plan;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the money for the plan comes from (section IV of Plan 123/KH-UBND, kinh phí thực hiện).
 */
enum FundingSource {

	/** Ngân sách nhà nước chi thường xuyên, planned and settled under Circular 56/2023/TT-BTC. */
	REGULAR_BUDGET("Ngân sách nhà nước chi thường xuyên",
			"Luật Ngân sách nhà nước; Thông tư số 56/2023/TT-BTC ngày 18/8/2023 của Bộ trưởng Bộ Tài chính"),

	/** Lồng ghép: money of other approved programmes and schemes that also serve the plan. */
	INTEGRATED_PROGRAMMES("Lồng ghép trong các chương trình, đề án",
			"Kinh phí lồng ghép trong các chương trình, đề án liên quan đã được phê duyệt"),

	/** Huy động: given by organisations, enterprises and individuals in Vietnam or abroad. */
	MOBILISED("Huy động từ tổ chức, doanh nghiệp, cá nhân",
			"Kinh phí huy động từ các doanh nghiệp, tổ chức, cá nhân trong và ngoài nước");

	private final String label;

	private final String basis;

	FundingSource(String label, String basis) {
		this.label = label;
		this.basis = basis;
	}

	/** In Vietnamese, as the plan names it. */
	String label() {
		return this.label;
	}

	/** What the plan rests this source on, in Vietnamese. */
	String basis() {
		return this.basis;
	}

	static Optional<FundingSource> of(String code) {
		return Arrays.stream(values()).filter((source) -> source.name().equals(code.strip())).findFirst();
	}

	/** Every source with its label, for a message: {@code REGULAR_BUDGET (Ngân sách ...), ...}. */
	static String choices() {
		return Arrays.stream(values())
			.map((source) -> source.name() + " (" + source.label + ")")
			.collect(Collectors.joining(", "));
	}

}
