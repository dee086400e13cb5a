package vn.hoagiai.training.material;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A training material (tài liệu) published by the province or a district, with every version of its
 * file and how often it was downloaded.
 *
 * @param id id
 * @param title title
 * @param kind what it is
 * @param audience who it is for
 * @param publisherUnitCode the unit that publishes it
 * @param versions every version of its file, oldest first
 * @param downloads how many times a file of it was downloaded
 * @param version the document's version, guarding the addition of a file version
 * @param changedAt when a version was last added
 */
@Document("materials")
record Material(@Id String id, String title, MaterialKind kind, MaterialAudience audience, String publisherUnitCode,
		List<MaterialFile> versions, long downloads, long version, Instant changedAt) {

	MaterialFile current() {
		return this.versions.get(this.versions.size() - 1);
	}

}
