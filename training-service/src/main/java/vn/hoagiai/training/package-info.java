/** training-service: courses, attendance, the materials library, capacity assessments and communication activities. */
@NullMarked
package vn.hoagiai.training;

import org.jspecify.annotations.NullMarked;
