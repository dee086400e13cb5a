@NullMarked
package vn.hoagiai.kit.kafka;

import org.jspecify.annotations.NullMarked;
