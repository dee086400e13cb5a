/**
 * The infrastructure integration tests run against: a real Kafka broker and a MongoDB wire-protocol
 * server, started once per test JVM. Where a Docker engine answers, real MongoDB (replica set) and
 * Kafka containers; elsewhere the embedded pair (a KRaft broker from Kafka's own artifacts and
 * mongo-java-server). The system property or environment variable {@code hoagiai.test.infrastructure}
 * ({@code HOAGIAI_TEST_INFRASTRUCTURE}) forces {@code embedded} or {@code containers}.
 */
@NullMarked
package vn.hoagiai.testsupport;

import org.jspecify.annotations.NullMarked;
