/**
 * Vietnam's official administrative units (the General Statistics Office's codes), as an
 * effective-dated hierarchy.
 */
@NullMarked
package vn.hoagiai.contracts.units;

import org.jspecify.annotations.NullMarked;
