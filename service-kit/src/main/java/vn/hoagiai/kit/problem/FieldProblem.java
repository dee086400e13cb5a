package vn.hoagiai.kit.problem;

/**
 * One field's problem in a request, as listed in a problem-details body.
 *
 * @param field the field's path in the request, e.g. {@code mediators[1].gender}
 * @param message what is wrong, in Vietnamese
 */
public record FieldProblem(String field, String message) {
}
