package vn.hoagiai.training.material;

/** Where a material is published (task 6b of the plan). */
enum PublicationChannel {

	/** Cổng thông tin phổ biến, giáo dục pháp luật của tỉnh. */
	PROVINCIAL_PORTAL,

	/** Trang thông tin điện tử cấp huyện. */
	DISTRICT_PORTAL,

	/** Mạng xã hội (fanpage, Zalo OA, YouTube...). */
	SOCIAL_NETWORK,

	/** Nơi khác. */
	OTHER

}
