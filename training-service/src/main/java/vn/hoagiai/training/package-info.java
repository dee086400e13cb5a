/** training-service: courses, attendance, the materials library and capacity assessments. */
@NullMarked
package vn.hoagiai.training;

import org.jspecify.annotations.NullMarked;
