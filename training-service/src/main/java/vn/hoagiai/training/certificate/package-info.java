/** Completion certificates (giấy chứng nhận hoàn thành lớp tập huấn) rendered as PDF. */
@NullMarked
package vn.hoagiai.training.certificate;

import org.jspecify.annotations.NullMarked;
