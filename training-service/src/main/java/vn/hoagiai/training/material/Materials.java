package vn.hoagiai.training.material;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import vn.hoagiai.kit.outbox.OutboxWriter;
import vn.hoagiai.kit.outbox.StaleVersionException;
import vn.hoagiai.kit.problem.NotFoundException;
import vn.hoagiai.training.OptimisticWrites;

/**
 * Loads and stores materials. A change is one write of the material's document with the event it
 * causes (the outbox), guarded by its version. A change sent with {@code If-Match} applies to that
 * version only (412 otherwise); one without is applied again to the newer material when someone else
 * wrote first.
 */
@Component
class Materials {

	static final String COLLECTION = "materials";

	/** How often a change is tried against a material others keep changing before giving up (409). */
	static final int ATTEMPTS = 10;

	private final MongoTemplate mongo;

	private final OutboxWriter outbox;

	Materials(MongoTemplate mongo, OutboxWriter outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	/**
	 * A material as stored, with its download counter (kept beside it, never written by a change).
	 *
	 * @param material the material
	 * @param downloads how often its files were downloaded by people with accounts
	 */
	record Stored(Material material, long downloads) {
	}

	Stored get(String id) {
		Document document = this.mongo.getCollection(COLLECTION).find(new Document("_id", id)).first();
		if (document == null) {
			throw new NotFoundException("Không tìm thấy tài liệu " + id);
		}
		return stored(document);
	}

	List<Stored> find(Query query) {
		return this.mongo.find(query, Document.class, COLLECTION).stream().map(this::stored).toList();
	}

	private Stored stored(Document document) {
		Material material = this.mongo.getConverter().read(Material.class, document);
		long downloads = (document.get("downloads") instanceof Number number) ? number.longValue() : 0;
		return new Stored(material, downloads);
	}

	void insert(Material material) {
		this.outbox.insert(material, material.pendingEvents());
	}

	void countDownload(String id) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().inc("downloads", 1), COLLECTION);
	}

	/** Applies a change and writes it with its events, if it changed anything; see {@link #change(String, Long, Function, Consumer)}. */
	<T> T change(String id, @Nullable Long expectedVersion, Function<Material, T> change) {
		return change(id, expectedVersion, change, (result) -> {
		});
	}

	/**
	 * Applies a change to the stored material and writes it with its events, if it changed anything.
	 * @param expectedVersion the version the caller read ({@code If-Match}), or null to apply the change
	 * to whatever is stored
	 * @param discard undoes what the change did outside the document (a stored file) when its write did
	 * not happen
	 * @return what the change returned
	 * @throws StaleVersionException (412) when the material is no longer at the expected version
	 * @throws ErrorResponseException (409) when the material kept changing under it
	 */
	<T> T change(String id, @Nullable Long expectedVersion, Function<Material, T> change, Consumer<T> discard) {
		Supplier<T> attempt = () -> {
			Material material = get(id).material();
			if (expectedVersion != null && material.version() != expectedVersion) {
				throw new StaleVersionException(id, expectedVersion);
			}
			long read = material.version();
			T result = change.apply(material);
			if (!material.changed()) {
				return result;
			}
			try {
				this.outbox.update(material, id, read, material.pendingEvents());
			}
			catch (RuntimeException ex) {
				discard.accept(result);
				throw ex;
			}
			return result;
		};
		if (expectedVersion != null) {
			// for that version only: a newer material is refused (412), never changed again
			return attempt.get();
		}
		return OptimisticWrites.retry(ATTEMPTS, attempt, "material-busy", "Tài liệu đang được cập nhật",
				"Tài liệu " + id + " đang được nhiều người cập nhật cùng lúc. Vui lòng thử lại.");
	}

}
