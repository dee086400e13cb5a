package vn.hoagiai.registry.team;

import java.util.Arrays;
import java.util.Optional;

import vn.hoagiai.registry.unit.Folding;

/**
 * The columns of the teams-and-mediators sheet (one mediator a row; the rows of one team share its
 * commune, village and team name). The same columns serve the import template, the import and the
 * export, so an exported list can be corrected and read back. Headings are matched without regard to
 * case, diacritics or column order.
 */
enum SheetColumn {

	COMMUNE_CODE("Mã xã", true, "Mã đơn vị hành chính cấp xã (5 chữ số), xem trang Danh mục xã"),
	VILLAGE("Thôn, tổ dân phố", true, "Thôn, làng, ấp, bản, tổ dân phố nơi tổ hòa giải hoạt động"),
	TEAM_NAME("Tên tổ hòa giải", true, "Các dòng cùng xã, thôn và tên tổ thuộc một tổ hòa giải"),
	MANY_ETHNIC_MINORITY_RESIDENTS("Nhiều người dân tộc thiểu số", false,
			"Có nếu địa bàn có nhiều người dân tộc thiểu số sinh sống (để trống là Không)"),
	FULL_NAME("Họ và tên hòa giải viên", true, "Họ và tên đầy đủ"),
	GENDER("Giới tính", true, "Nam hoặc Nữ"),
	BIRTH_YEAR("Năm sinh", true, "Bốn chữ số, ví dụ 1975"),
	ETHNICITY("Dân tộc", true, "Ví dụ Kinh, Ba Na, Chăm, H'rê"),
	LEADER("Tổ trưởng", false, "Có nếu là tổ trưởng tổ hòa giải (mỗi tổ một người)"),
	BACKGROUND("Thành phần", false,
			"Ví dụ báo cáo viên pháp luật; công chức xã; lực lượng an ninh cơ sở; luật sư (cách nhau bởi dấu ;)"),
	RECOGNITION_NUMBER("Số quyết định công nhận", false, "Số quyết định công nhận hòa giải viên, ví dụ 12/QĐ-UBND"),
	RECOGNITION_DATE("Ngày quyết định công nhận", false, "Ngày/tháng/năm, ví dụ 15/03/2024");

	private final String heading;

	private final boolean required;

	private final String hint;

	SheetColumn(String heading, boolean required, String hint) {
		this.heading = heading;
		this.required = required;
		this.hint = hint;
	}

	/** The heading in the sheet, in Vietnamese. */
	String heading() {
		return this.heading;
	}

	/** Whether every row must fill it. */
	boolean required() {
		return this.required;
	}

	/** What to write, for the template's guide. */
	String hint() {
		return this.hint;
	}

	/** The column a heading names, whatever its case or diacritics. */
	static Optional<SheetColumn> ofHeading(String heading) {
		String folded = Folding.fold(heading);
		return Arrays.stream(values()).filter((column) -> Folding.fold(column.heading).equals(folded)).findFirst();
	}

}
