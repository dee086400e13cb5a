/** What every service shares: the outbox, problem details in Vietnamese, topic declarations. */
@NullMarked
package vn.hoagiai.kit;

import org.jspecify.annotations.NullMarked;
