package vn.hoagiai.registry.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** Collects the fields that differ between two versions of a record, an empty value counting as none. */
public final class Diff {

	private final List<FieldChange> fields = new ArrayList<>();

	public Diff compare(String field, @Nullable Object before, @Nullable Object after) {
		String was = text(before);
		String is = text(after);
		if (!Objects.equals(was, is)) {
			this.fields.add(new FieldChange(field, was, is));
		}
		return this;
	}

	public List<FieldChange> fields() {
		return List.copyOf(this.fields);
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		String text = (value instanceof Enum<?> e) ? e.name() : value.toString();
		return text.isEmpty() ? null : text;
	}

}
