/**
 * Property-based tests of a service's HTTP API with hostile requests: the endpoints are read from the
 * OpenAPI document the running service serves, bodies and parameters are generated from their schemas
 * and then spoiled (hostile values, wrong types, missing and extra fields, MongoDB operators, NFD
 * Vietnamese, control characters, huge numbers), and every answer is checked: never a 5xx, every 4xx a
 * problem-details body in Vietnamese without a stack trace, and nothing stored by a refused request.
 */
@NullMarked
package vn.hoagiai.testsupport.fuzz;

import org.jspecify.annotations.NullMarked;
