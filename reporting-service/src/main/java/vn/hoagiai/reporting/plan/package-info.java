@NullMarked
package vn.hoagiai.reporting.plan;

import org.jspecify.annotations.NullMarked;
