/**
 * The gateway: routes, circuit breakers, time limits and retries in front of the services; the one
 * entry for people and their browsers.
 */
@NullMarked
package vn.hoagiai.gateway;

import org.jspecify.annotations.NullMarked;
