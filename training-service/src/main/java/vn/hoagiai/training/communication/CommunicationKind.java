package vn.hoagiai.training.communication;

/** What a communication activity is. */
enum CommunicationKind {

	/** Tin, bài viết trên báo, tạp chí, trang thông tin. */
	ARTICLE,

	/** Chương trình, phóng sự phát thanh, truyền hình. */
	BROADCAST,

	/** Bài đăng trên mạng xã hội. */
	SOCIAL_POST,

	/** Cuộc thi (tìm hiểu pháp luật, hòa giải viên giỏi). */
	CONTEST,

	/** Diễn đàn, tọa đàm, giao lưu. */
	FORUM,

	/** Hình thức khác. */
	OTHER

}
