package vn.hoagiai.registry.unit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.hoagiai.kit.problem.ConflictException;
import vn.hoagiai.kit.problem.InvalidRequestException;

/**
 * The villages and residential groups of each commune. A commune creates them; registering or
 * importing a team of a village the commune has not listed yet lists it, so the list is never behind
 * the teams.
 */
@Service
public class Villages {

	private final MongoTemplate mongo;

	private final UnitCatalogue units;

	private final Clock clock;

	Villages(MongoTemplate mongo, UnitCatalogue units, Clock clock) {
		this.mongo = mongo;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * Creates a village under its commune.
	 * @throws InvalidRequestException when the commune is not an official commune
	 * @throws vn.hoagiai.kit.problem.ForbiddenException when it lies outside the caller's scope
	 * @throws ConflictException when the commune already has a village of that name
	 */
	Village create(String communeCode, String name, vn.hoagiai.kit.security.Caller caller) {
		if (this.units.commune(communeCode).isEmpty()) {
			throw new InvalidRequestException("communeCode", "Không tìm thấy đơn vị hành chính cấp xã có mã " + communeCode);
		}
		caller.requireWithin(communeCode, VillageController.MANAGERS);
		String clean = clean(name);
		Village village = new Village(Village.idOf(communeCode, clean), communeCode, clean, this.clock.instant(),
				caller.subject());
		try {
			this.mongo.insert(village);
		}
		catch (DuplicateKeyException ex) {
			Village existing = this.mongo.findById(village.id(), Village.class);
			throw new ConflictException("Xã đã có thôn, tổ dân phố “" + ((existing != null) ? existing.name() : clean)
					+ "” (tên trùng khi không phân biệt chữ hoa, dấu).");
		}
		return village;
	}

	/** The villages of a commune, by name. */
	List<Village> of(String communeCode) {
		List<Village> villages = new ArrayList<>(
				this.mongo.find(Query.query(Criteria.where("communeCode").is(communeCode)), Village.class));
		villages.sort(Comparator.comparing((Village v) -> Folding.fold(v.name())));
		return villages;
	}

	/**
	 * Lists the villages named (commune code → village names) that are not listed yet; those already
	 * listed are left as they are. One write for all.
	 */
	public void ensure(Map<String, ? extends java.util.Collection<String>> namesByCommune, String by) {
		Map<String, Document> missing = new LinkedHashMap<>();
		namesByCommune.forEach((commune, names) -> names.forEach((name) -> {
			String clean = clean(name);
			missing.putIfAbsent(Village.idOf(commune, clean), new Document("communeCode", commune).append("name", clean)
				.append("createdAt", java.util.Date.from(this.clock.instant()))
				.append("createdBy", by));
		}));
		if (missing.isEmpty()) {
			return;
		}
		List<WriteModel<Document>> writes = new ArrayList<>(missing.size());
		missing.forEach((id, fields) -> writes.add(new UpdateOneModel<>(new Document("_id", id),
				new Document("$setOnInsert", fields), new UpdateOptions().upsert(true))));
		this.mongo.getCollection(this.mongo.getCollectionName(Village.class)).bulkWrite(writes);
	}

	static String clean(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
	}

}
