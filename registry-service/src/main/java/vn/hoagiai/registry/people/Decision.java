package vn.hoagiai.registry.people;

import java.time.LocalDate;

/**
 * A decision (quyết định) by its number and date.
 *
 * @param number decision number, e.g. "125/QĐ-UBND"
 * @param date decision date
 */
record Decision(String number, LocalDate date) {
}
