@NullMarked
package vn.hoagiai.kit.health;

import org.jspecify.annotations.NullMarked;
