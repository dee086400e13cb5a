@NullMarked
package vn.hoagiai.kit.web;

import org.jspecify.annotations.NullMarked;
