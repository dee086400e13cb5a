/** The command-line tool district IT staff use to check and publish events. */
@NullMarked
package vn.hoagiai.contracts.cli;

import org.jspecify.annotations.NullMarked;
