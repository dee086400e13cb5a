/**
 * The public event contract: topics, CloudEvents types and their data, and the official
 * administrative-unit codes every event refers to. No Spring here: district systems and tools may
 * depend on this module alone.
 */
@NullMarked
package vn.hoagiai.contracts;

import org.jspecify.annotations.NullMarked;
