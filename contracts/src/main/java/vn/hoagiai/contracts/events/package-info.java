/**
 * CloudEvents 1.0 types carried over Kafka in binary mode (attributes as {@code ce_*} headers, JSON
 * data as the record value), and the Java records of their data.
 */
@NullMarked
package vn.hoagiai.contracts.events;

import org.jspecify.annotations.NullMarked;
