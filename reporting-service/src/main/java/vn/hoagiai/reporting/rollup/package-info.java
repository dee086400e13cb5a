@NullMarked
package vn.hoagiai.reporting.rollup;

import org.jspecify.annotations.NullMarked;
