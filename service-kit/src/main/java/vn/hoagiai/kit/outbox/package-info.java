@NullMarked
package vn.hoagiai.kit.outbox;

import org.jspecify.annotations.NullMarked;
