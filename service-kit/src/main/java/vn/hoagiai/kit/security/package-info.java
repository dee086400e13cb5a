/**
 * Who is calling and what they may do: every service checks, on every endpoint, the caller's role and
 * that the object lies inside the caller's unit scope (object-level authorisation).
 */
@NullMarked
package vn.hoagiai.kit.security;

import org.jspecify.annotations.NullMarked;
