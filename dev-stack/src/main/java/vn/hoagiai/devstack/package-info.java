/**
 * The embedded development stack: one command starts a real Kafka broker in KRaft mode (from Kafka's
 * own artifacts, in a child JVM), mongo-java-server with its H2 backend (data survives a restart), and
 * the OpenID Connect provider, the three services and the gateway, and stops them all on Ctrl-C.
 */
@NullMarked
package vn.hoagiai.devstack;

import org.jspecify.annotations.NullMarked;
