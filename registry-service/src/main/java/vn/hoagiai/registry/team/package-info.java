@NullMarked
package vn.hoagiai.registry.team;

import org.jspecify.annotations.NullMarked;
