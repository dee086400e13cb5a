/**
 * Distributed tracing beyond what Micrometer instruments by itself: the trace context of a request kept
 * with the events it causes, so that publishing them later continues the same trace.
 */
@NullMarked
package vn.hoagiai.kit.tracing;

import org.jspecify.annotations.NullMarked;
