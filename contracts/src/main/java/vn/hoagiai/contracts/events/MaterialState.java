package vn.hoagiai.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The whole current state of a training material (tài liệu) of the library, carried by every material
 * event: enough to count materials published by unit, kind and channel (tasks 2c, 3c, 6b). No file
 * content.
 *
 * @param materialId the material's id, also the Kafka key
 * @param version increases by one with every change
 * @param title title, in Vietnamese
 * @param kind METHODOLOGY_GUIDE, SAMPLE_LECTURE, LEGAL_HANDBOOK, SKILLS_HANDBOOK, VIDEO or OTHER
 * @param audience who it is for: MEDIATORS, TRAINERS, COMMUNE_LEADERS_AND_JUSTICE_OFFICIALS or EVERYONE
 * @param publisherUnitCode official code of the province or district that publishes it
 * @param currentVersion number of the file version now served (0 for a video held as a link only)
 * @param digitised whether the material exists in digital form (số hóa)
 * @param publications where it is published, one entry per place (a channel and an address; a channel may
 * have several), at most 20
 * @param withdrawn true once the publisher withdrew it from the library (it is then no longer served)
 * @param changedAt when the change was recorded
 */
public record MaterialState(String materialId, long version, String title, String kind, String audience,
		String publisherUnitCode, int currentVersion, boolean digitised, List<Publication> publications,
		boolean withdrawn, Instant changedAt) {

	public MaterialState {
		publications = List.copyOf(publications);
	}

	/**
	 * Where a material is published (task 6b).
	 *
	 * @param channel PROVINCIAL_PORTAL (Cổng thông tin phổ biến, giáo dục pháp luật tỉnh), DISTRICT_PORTAL,
	 * SOCIAL_NETWORK or OTHER
	 * @param url the http(s) address it is published at
	 * @param publishedOn the day it was published there, null when not known
	 */
	public record Publication(String channel, String url, @Nullable LocalDate publishedOn) {
	}

}
