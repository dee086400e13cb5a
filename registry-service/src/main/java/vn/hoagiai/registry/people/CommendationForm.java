package vn.hoagiai.registry.people;

/** The form of a commendation (hình thức khen thưởng). */
enum CommendationForm {

	CERTIFICATE_OF_MERIT("Bằng khen"),

	LETTER_OF_COMMENDATION("Giấy khen"),

	/** Named an exemplary mediator (gương hòa giải viên giỏi): always a mediator, never a whole team. */
	EXEMPLARY_MEDIATOR("Gương hòa giải viên giỏi"),

	CONTEST_PRIZE("Giải thưởng hội thi hòa giải viên giỏi"),

	OTHER("Hình thức khác");

	private final String label;

	CommendationForm(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

}
