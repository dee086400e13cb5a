package vn.hoagiai.training.course;

import java.time.LocalDate;

/**
 * One session of a course (buổi học): attendance is taken per session.
 *
 * @param id short id within the course ({@code s1}, {@code s2}, ...), as written on sign-in sheets
 * @param date the day it is held
 * @param title what it covers
 */
record Session(String id, LocalDate date, String title) {
}
