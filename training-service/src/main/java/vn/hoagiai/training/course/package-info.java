@NullMarked
package vn.hoagiai.training.course;

import org.jspecify.annotations.NullMarked;
