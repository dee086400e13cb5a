package vn.hoagiai.registry.team;

/** The grounds on which a mediator stops serving (Art. 11.1 of the Law on Grassroots Mediation 2013). */
public enum DismissalGround {

	/** Theo nguyện vọng của hòa giải viên. */
	OWN_REQUEST,

	/** Không còn đáp ứng một trong các tiêu chuẩn quy định tại Điều 7. */
	NO_LONGER_MEETS_STANDARDS,

	/** Vi phạm quy định tại Điều 10 (hành vi bị nghiêm cấm). */
	PROHIBITED_CONDUCT

}
