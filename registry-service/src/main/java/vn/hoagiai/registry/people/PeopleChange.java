package vn.hoagiai.registry.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.hoagiai.kit.security.Caller;

import vn.hoagiai.registry.audit.Actor;
import vn.hoagiai.registry.audit.FieldChange;

/**
 * One change to a trainer, a legal supporter's assignment or a pilot commune, kept in the thing's own
 * document so that it is written in the same step as the change: who, when, what, and each field's
 * value before and after.
 *
 * @param at when
 * @param by who (the token's subject)
 * @param role their role
 * @param action what happened
 * @param fields the fields that changed
 */
record PeopleChange(Instant at, String by, @Nullable String role, Action action, List<FieldChange> fields) {

	PeopleChange {
		fields = List.copyOf(fields);
	}

	static PeopleChange of(Actor actor, Instant at, Action action, List<FieldChange> fields) {
		return new PeopleChange(at, actor.subject(), actor.role(), action, fields);
	}

	/** What happened, with the words officials use. */
	enum Action {

		TRAINER_REGISTERED("Công nhận tập huấn viên"),

		TRAINER_CORRECTED("Cập nhật thông tin tập huấn viên"),

		TRAINER_RETIRED("Tập huấn viên thôi tham gia"),

		SUPPORT_ASSIGNED("Phân công người hỗ trợ pháp lý cho tổ hòa giải"),

		SUPPORT_ENDED("Kết thúc hỗ trợ pháp lý cho tổ hòa giải"),

		PILOT_COMMUNE_DESIGNATED("Chỉ định xã điểm"),

		PILOT_COMMUNE_CHANGED("Thay đổi chỉ định xã điểm");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

	}

}
