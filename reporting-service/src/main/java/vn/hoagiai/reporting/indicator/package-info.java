@NullMarked
package vn.hoagiai.reporting.indicator;

import org.jspecify.annotations.NullMarked;
