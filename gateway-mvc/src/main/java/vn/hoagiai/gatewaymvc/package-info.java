/**
 * The gateway on Spring Web MVC (Spring Cloud Gateway Server Web MVC), built only to measure it beside
 * the shipped WebFlux gateway; see {@link vn.hoagiai.gatewaymvc.GatewayMvcApplication}.
 */
@NullMarked
package vn.hoagiai.gatewaymvc;

import org.jspecify.annotations.NullMarked;
