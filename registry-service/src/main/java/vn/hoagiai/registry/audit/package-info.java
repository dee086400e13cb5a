/**
 * What the registry keeps about changes and reads of people's records: the fields a change altered,
 * who made it, and the access log. Shared by teams and by trainers, supporters and pilot communes.
 */
@NullMarked
package vn.hoagiai.registry.audit;

import org.jspecify.annotations.NullMarked;
