/** reporting-service: the live rollup of every indicator by commune, district and province. */
@NullMarked
package vn.hoagiai.reporting;

import org.jspecify.annotations.NullMarked;
