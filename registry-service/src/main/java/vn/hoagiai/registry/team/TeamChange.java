package vn.hoagiai.registry.team;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hoagiai.registry.audit.FieldChange;

/**
 * One change to a team or to a person's record in it, kept in the team's own document so that it is
 * written in the same step as the change itself: who, when, what, and each field's value before and
 * after.
 *
 * @param at when
 * @param by who (the token's subject)
 * @param role their role
 * @param action what happened
 * @param mediatorId whose record changed, if a mediator's
 * @param fields the fields that changed
 */
record TeamChange(Instant at, String by, @Nullable String role, Action action, @Nullable String mediatorId,
		List<FieldChange> fields) {

	TeamChange {
		fields = List.copyOf(fields);
	}

	/** What happened, with the words officials use. */
	enum Action {

		TEAM_REGISTERED("Thành lập tổ hòa giải"),

		MEDIATOR_RECOGNISED("Công nhận hòa giải viên"),

		MEDIATOR_CORRECTED("Cập nhật thông tin hòa giải viên"),

		MEDIATOR_DISMISSED("Cho thôi làm hòa giải viên"),

		MEDIATOR_TRANSFERRED_OUT("Chuyển hòa giải viên sang tổ khác"),

		MEDIATOR_TRANSFERRED_IN("Tiếp nhận hòa giải viên từ tổ khác"),

		TEAM_REHOMED("Chuyển sang xã mới theo sắp xếp đơn vị hành chính");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

	}

}
