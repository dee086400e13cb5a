package vn.hoagiai.training.communication;

/** What a communication activity publicises. */
enum CommunicationSubject {

	/** Công tác hòa giải ở cơ sở, pháp luật về hòa giải. */
	MEDIATION,

	/** Hòa giải viên tiêu biểu, điển hình. */
	EXEMPLARY_MEDIATOR,

	/** Mô hình hay, cách làm hiệu quả. */
	GOOD_MODEL,

	/** Nội dung khác. */
	OTHER

}
