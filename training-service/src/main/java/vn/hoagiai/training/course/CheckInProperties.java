package vn.hoagiai.training.course;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The QR check-in of sessions.
 *
 * @param secret the HMAC-SHA256 key that signs check-in tokens, at least 32 characters; the same on
 * every instance ({@code TRAINING_CHECK_IN_SECRET}). Absent: a random key per process, so tokens die
 * with the process and work with one instance only (development).
 * @param validity how long a token shown on the screen stays valid
 */
@ConfigurationProperties("hoagiai.training.check-in")
record CheckInProperties(@Nullable String secret, @DefaultValue("15m") Duration validity) {
}
