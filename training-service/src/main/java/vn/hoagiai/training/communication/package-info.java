/**
 * Communication activities (task 6a of the plan): articles, broadcasts, social posts, contests and
 * forums that publicise grassroots mediation, exemplary mediators and good models. Not published as
 * events yet.
 */
@NullMarked
package vn.hoagiai.training.communication;

import org.jspecify.annotations.NullMarked;
