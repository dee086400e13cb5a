/** Spreadsheets people upload: Excel workbooks and CSV files, recognised by their content. */
@NullMarked
package vn.hoagiai.kit.sheet;

import org.jspecify.annotations.NullMarked;
