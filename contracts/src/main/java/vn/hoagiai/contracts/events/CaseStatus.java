package vn.hoagiai.contracts.events;

/** Where a mediation case stands. */
public enum CaseStatus {

	/** Đang hòa giải. */
	RECEIVED,

	/** Hòa giải thành. */
	SUCCESSFUL,

	/** Hòa giải không thành. */
	UNSUCCESSFUL,

	/** Rút yêu cầu hòa giải / dừng hòa giải. */
	WITHDRAWN;

	public boolean closed() {
		return this != RECEIVED;
	}

}
