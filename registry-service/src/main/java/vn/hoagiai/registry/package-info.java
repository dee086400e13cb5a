/**
 * registry-service: the province's registry of administrative units, mediation teams (tổ hòa giải)
 * and mediators (hòa giải viên), with the Law on Grassroots Mediation's rules enforced.
 */
@NullMarked
package vn.hoagiai.registry;

import org.jspecify.annotations.NullMarked;
