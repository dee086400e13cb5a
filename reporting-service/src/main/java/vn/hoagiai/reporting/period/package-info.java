@NullMarked
package vn.hoagiai.reporting.period;

import org.jspecify.annotations.NullMarked;
