@NullMarked
package vn.hoagiai.kit.lifecycle;

import org.jspecify.annotations.NullMarked;
