package vn.hoagiai.training.material;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One place a material is published at (đăng tải).
 *
 * @param channel the kind of place
 * @param url its http(s) address
 * @param publishedOn the day it was published there, when known
 */
record MaterialPublication(PublicationChannel channel, String url, @Nullable LocalDate publishedOn) {
}
