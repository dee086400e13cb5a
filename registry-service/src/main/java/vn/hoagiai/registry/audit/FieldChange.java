package vn.hoagiai.registry.audit;

import org.jspecify.annotations.Nullable;

/**
 * One field's change, as the history shows it.
 *
 * @param field the field (as the API names it)
 * @param before its value before, null when it had none
 * @param after its value after, null when it has none
 */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {
}
