@NullMarked
package vn.hoagiai.registry.unit;

import org.jspecify.annotations.NullMarked;
