package vn.hoagiai.kit.security;

import java.util.Arrays;
import java.util.Optional;

/** The roles of the system; a token's {@code roles} claim names them. */
public enum Role {

	/** Sở Tư pháp: the whole province. */
	PROVINCE_ADMIN,

	/** Phòng Tư pháp cấp huyện: one district. */
	DISTRICT_OFFICER,

	/** Công chức Tư pháp - Hộ tịch cấp xã: one commune. */
	COMMUNE_OFFICER,

	/** Tập huấn viên: reads the teams and mediators of the unit they train. */
	TRAINER,

	/** Chuyên viên phân tích: aggregates only, never a person. */
	ANALYST,

	/** A district's own software: publishes events, reads nothing personal. */
	DISTRICT_SYSTEM;

	public static Optional<Role> of(String name) {
		return Arrays.stream(values()).filter((role) -> role.name().equals(name)).findFirst();
	}

}
