package vn.hoagiai.registry.unit;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.contracts.units.UnitLevel;
import vn.hoagiai.kit.security.UnitsProperties;

/**
 * The registry's copy of the official units, loaded into its own database at start-up, so units can
 * be searched and referred to, in both versions of the hierarchy (before and after the 2025
 * reorganisation).
 */
@Service
@Order(0)
public class UnitCatalogue implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(UnitCatalogue.class);

	private final MongoTemplate mongo;

	private final UnitsProperties properties;

	UnitCatalogue(MongoTemplate mongo, UnitsProperties properties) {
		this.mongo = mongo;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	/**
	 * Loads the official lists, the three-tier hierarchy and the two-tier one of the reorganisation, if
	 * this database does not hold all of them yet; safe to repeat. The rows of the reorganisation mapping
	 * that do not resolve are logged, not fatal.
	 */
	public void load() {
		AdministrativeUnits official = AdministrativeUnits.load(this.properties.scope());
		long stored = this.mongo.count(new Query(), UnitDocument.class);
		official.reorganisation().unresolved()
			.forEach((row) -> log.warn("Reorganisation of 2025-07-01: a row does not resolve and is left out: {}", row));
		if (stored >= official.all().size()) {
			return;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, UnitDocument.class);
		for (AdministrativeUnit unit : official.all()) {
			String version = unit.hierarchy();
			UnitDocument document = new UnitDocument(UnitDocument.idOf(version, unit.officialCode()), unit.code(),
					unit.name(), unit.type(), unit.level(), unit.parentCode(), version,
					AdministrativeUnits.THREE_TIER_VERSION.equals(version) ? AdministrativeUnits.THREE_TIER_VALID_UNTIL
							: null,
					Folding.fold(unit.name()));
			bulk.upsert(Query.query(Criteria.where("_id").is(document.id())), setAll(document));
		}
		bulk.execute();
		this.mongo.indexOps(UnitDocument.class)
			.createIndex(new org.springframework.data.mongodb.core.index.Index().on("code", Sort.Direction.ASC));
		log.info("Loaded {} official units of hierarchies {} ({})", official.all().size(), AdministrativeUnits.VERSIONS,
				this.properties.scope());
	}

	private Update setAll(UnitDocument document) {
		org.bson.Document bson = new org.bson.Document();
		this.mongo.getConverter().write(document, bson);
		bson.remove("_id");
		Update update = new Update();
		bson.forEach(update::set);
		return update;
	}

	/** The commune with this id ({@code 21550}, or {@code 21553@2025-07-01} after the reorganisation), if there is one. */
	public Optional<UnitView> commune(String code) {
		return find(code).filter((unit) -> unit.level() == UnitLevel.COMMUNE);
	}

	public Optional<UnitView> find(String code) {
		return Optional
			.ofNullable(this.mongo.findById(UnitDocument.idOf(AdministrativeUnits.hierarchyOf(code),
					AdministrativeUnits.officialCode(code)), UnitDocument.class))
			.map(UnitView::of);
	}

	/**
	 * Units of one version of the hierarchy whose name contains the words, ignoring diacritics and case;
	 * optionally one level or parent.
	 */
	public List<UnitView> search(String text, @Nullable UnitLevel level, @Nullable String parentCode, String hierarchy,
			int limit) {
		Criteria criteria = Criteria.where("hierarchyVersion").is(hierarchy);
		String folded = Folding.fold(text);
		if (!folded.isEmpty()) {
			criteria = criteria.and("searchName").regex(Pattern.quote(folded));
		}
		if (level != null) {
			criteria = criteria.and("level").is(level);
		}
		if (parentCode != null && !parentCode.isBlank()) {
			criteria = criteria.and("parentCode").is(parentCode);
		}
		Query query = Query.query(criteria).with(Sort.by("code")).limit(limit);
		return this.mongo.find(query, UnitDocument.class).stream().map(UnitView::of).toList();
	}

}
