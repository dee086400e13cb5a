@NullMarked
package vn.hoagiai.reporting.web;

import org.jspecify.annotations.NullMarked;
