package vn.hoagiai.training.material;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The personal reading links of materials.
 *
 * @param secret the HMAC-SHA256 key that signs reading links, at least 32 characters; the same on every
 * instance and kept for as long as links live ({@code TRAINING_READING_LINK_SECRET}). Absent: a random
 * key per process, so links die with the process and work with one instance only (development).
 * @param validity how long a link stays valid
 */
@ConfigurationProperties("hoagiai.training.reading-link")
record ReadingLinkProperties(@Nullable String secret, @DefaultValue("365d") Duration validity) {
}
