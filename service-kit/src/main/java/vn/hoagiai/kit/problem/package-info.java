@NullMarked
package vn.hoagiai.kit.problem;

import org.jspecify.annotations.NullMarked;
