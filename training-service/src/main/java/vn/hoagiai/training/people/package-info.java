@NullMarked
package vn.hoagiai.training.people;

import org.jspecify.annotations.NullMarked;
