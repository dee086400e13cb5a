package vn.hoagiai.training.material;

import java.time.Instant;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.hoagiai.kit.outbox.OutboxWriter;

/**
 * Records who reached which material. The first reach of a material by a mediator inserts their
 * record with its event in one write; the record's id ({@code <materialId>:<mediatorId>}) is the
 * document's {@code _id}, so a second insert for the same pair, even one racing the first, fails on
 * the unique {@code _id} and publishes nothing.
 */
@Component
class MaterialReaches {

	private final MongoTemplate mongo;

	private final OutboxWriter outbox;

	MaterialReaches(MongoTemplate mongo, OutboxWriter outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
		// The reach of a material is read by material. Real MongoDB builds the index; mongo-java-server's
		// H2 backend ignores it.
		mongo.indexOps(MaterialReach.class).createIndex(new Index().on("materialId", Sort.Direction.ASC).named("material"));
	}

	/**
	 * The mediator opened the material through their reading link: the first opening records the reach
	 * and publishes it, every later one only counts.
	 * @return true when this opening was the mediator's first reach of the material
	 */
	boolean opened(String materialId, String mediatorId, String communeCode, Instant now) {
		String id = MaterialReach.idOf(materialId, mediatorId);
		if (countOpening(id)) {
			return false;
		}
		if (insert(new MaterialReach(id, materialId, mediatorId, communeCode, ReachChannel.READING_LINK, now, 1, null))) {
			return true;
		}
		countOpening(id);
		return false;
	}

	/**
	 * An officer handed the material to the mediator.
	 * @return true when this was the mediator's first reach of the material
	 */
	boolean handedOut(String materialId, String mediatorId, String communeCode, String recordedBy, Instant now) {
		String id = MaterialReach.idOf(materialId, mediatorId);
		if (this.mongo.exists(Query.query(Criteria.where("_id").is(id)), MaterialReach.class)) {
			return false;
		}
		return insert(new MaterialReach(id, materialId, mediatorId, communeCode, ReachChannel.HANDOUT, now, 0, recordedBy));
	}

	/** Every mediator who reached the material. */
	List<MaterialReach> of(String materialId) {
		return this.mongo.find(Query.query(Criteria.where("materialId").is(materialId)), MaterialReach.class);
	}

	private boolean countOpening(String id) {
		return this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().inc("opens", 1),
				MaterialReach.class).getMatchedCount() == 1;
	}

	/**
	 * Inserts the reach with its event; false, and nothing published, when a record of the same mediator
	 * and material was there first (the insert lost a race for the {@code _id}).
	 */
	boolean insert(MaterialReach reach) {
		try {
			this.outbox.insert(reach, List.of(reach.event()));
			return true;
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				return false;
			}
			throw ex;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
