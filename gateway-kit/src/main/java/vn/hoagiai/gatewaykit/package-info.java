/**
 * What the shipped gateway (WebFlux) and its Web MVC variant answer alike, written once: the problem
 * details of an unavailable service and of too many requests, and the per-user and per-client rate
 * limit. Nothing here knows a web stack; each gateway writes the answers its own way.
 */
@NullMarked
package vn.hoagiai.gatewaykit;

import org.jspecify.annotations.NullMarked;
