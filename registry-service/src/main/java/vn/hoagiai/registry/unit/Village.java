package vn.hoagiai.registry.unit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A village or residential group (thôn, làng, ấp, bản, buôn, tổ dân phố, khu phố, khu vực): not an
 * official unit with a code, but created by its commune, under it. One name once per commune, whatever
 * its case or diacritics.
 *
 * @param id the commune's code and the folded name, e.g. {@code 21550:khu vuc 1}
 * @param communeCode the commune
 * @param name the name as the commune writes it
 * @param createdAt when it was created
 * @param createdBy who created it (the token's subject, or the import that brought it)
 */
@Document("villages")
public record Village(@Id String id, String communeCode, String name, Instant createdAt, String createdBy) {

	static String idOf(String communeCode, String name) {
		return communeCode + ":" + Folding.fold(name);
	}

}
