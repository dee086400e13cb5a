package vn.hoagiai.reporting.rollup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.hoagiai.contracts.units.UnitLevel;
import vn.hoagiai.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the rollup writers store a poll's records: only each unit's newest, never over a newer stored
 * one, on the store the tests run against (MongoDB in a container, or the embedded one).
 */
class NewerWinsTests {

	static MongoClient client;

	static MongoTemplate mongo;

	@BeforeAll
	static void store() {
		client = MongoClients.create(TestInfrastructure.get().mongoUri());
		mongo = new MongoTemplate(client, "newer-wins-" + UUID.randomUUID());
	}

	@AfterAll
	static void close() {
		mongo.getDb().drop();
		client.close();
	}

	@Test
	void ofAPollOnlyEachUnitsNewestRecordIsKeptInTheOrderTheyCame() {
		List<ConsumerRecord<String, byte[]>> poll = List.of(record("52", 0, 10, null), record("520", 0, 11, null),
				record("52", 0, 12, null), record("52", 0, 13, "reporting-rollup-g2"), record("52", 0, 14, null),
				tombstone("521", 0, 15), record("52", 0, 16, "someone-else"));

		Map<Long, List<ConsumerRecord<String, byte[]>>> newest = NewerWins.newestByGeneration(poll,
				writer -> RollupGenerations.generationOf("reporting-rollup", writer));

		assertThat(newest).containsOnlyKeys(0L, 2L);
		assertThat(newest.get(0L)).extracting(ConsumerRecord::key, ConsumerRecord::offset)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("520", 11L), org.assertj.core.groups.Tuple.tuple("52", 14L));
		assertThat(newest.get(2L)).extracting(ConsumerRecord::offset).containsExactly(13L);
	}

	@Test
	void aBulkWriteStoresNewRecordsAndLeavesANewerStoredDocumentAlone() {
		String collection = "rollups-" + UUID.randomUUID();
		NewerWins.replaceAll(mongo, List.of(replacement("52", 20, 7), replacement("520", 21, 3)), collection);

		List<NewerWins.Replacement> stored = NewerWins.replaceAll(mongo,
				List.of(replacement("52", 19, 6), replacement("520", 30, 4), replacement("521", 31, 1)), collection);

		assertThat(stored).extracting(NewerWins.Replacement::id).containsExactly("520", "521");
		assertThat(teams(collection, "52")).as("a re-delivered older record changes nothing").isEqualTo(7);
		assertThat(teams(collection, "520")).isEqualTo(4);
		assertThat(teams(collection, "521")).isEqualTo(1);
	}

	@Test
	void aPollDeliveredTwiceStoresNothingTheSecondTime() {
		String collection = "rollups-" + UUID.randomUUID();
		List<NewerWins.Replacement> poll = List.of(replacement("52", 40, 9), replacement("520", 41, 2));
		NewerWins.replaceAll(mongo, poll, collection);

		assertThat(NewerWins.replaceAll(mongo, poll, collection)).isEmpty();
		assertThat(teams(collection, "52")).isEqualTo(9);
		assertThat(mongo.getCollection(collection).countDocuments()).isEqualTo(2);
	}

	@Test
	void twoWritersRacingOverTheSameUnitsLeaveEachUnitWithItsNewestRecord() throws Exception {
		String collection = "rollups-" + UUID.randomUUID();
		List<String> units = List.of("52", "520", "521", "522", "523");
		java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(2);
		List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
		for (int writer = 0; writer < 2; writer++) {
			int first = writer; // one writes the even offsets, the other the odd ones, as a zombie and its successor might
			done.add(writers.submit(() -> {
				for (long offset = first; offset < 200; offset += 2) {
					long at = offset;
					NewerWins.replaceAll(mongo, units.stream().map((unit) -> replacement(unit, at, at)).toList(), collection);
				}
				return null;
			}));
		}
		for (java.util.concurrent.Future<?> writer : done) {
			writer.get();
		}
		writers.shutdown();

		for (String unit : units) {
			assertThat(teams(collection, unit)).as("figures of %s", unit).isEqualTo(199);
		}
	}

	@Test
	void aDocumentStoredWithoutAPositionOrFromAnotherPartitionIsReplaced() {
		String collection = "rollups-" + UUID.randomUUID();
		mongo.getCollection(collection).insertOne(new org.bson.Document("_id", "52").append("figures",
				new org.bson.Document("teams", 1L)));
		mongo.getCollection(collection).insertOne(new org.bson.Document("_id", "520").append("figures",
				new org.bson.Document("teams", 1L)).append("asOf", new org.bson.Document("partition", 3).append("offset", 900L)));

		NewerWins.replaceAll(mongo, List.of(replacement("52", 5, 6), replacement("520", 6, 7)), collection);

		assertThat(teams(collection, "52")).isEqualTo(6);
		assertThat(teams(collection, "520")).isEqualTo(7);
		assertThat(mongo.indexOps(collection).getIndexInfo()).extracting(
				org.springframework.data.mongodb.core.index.IndexInfo::getName).contains("newer-wins");
	}

	private static long teams(String collection, String unit) {
		RollupDocument document = mongo.findById(unit, RollupDocument.class, collection);
		assertThat(document).as("document of %s", unit).isNotNull();
		return document.figures().get("teams");
	}

	private static NewerWins.Replacement replacement(String unit, long offset, long teams) {
		RollupDocument document = new RollupDocument(unit, UnitLevel.PROVINCE, Map.of("teams", teams),
				new RollupDocument.AsOf(Instant.parse("2026-11-28T00:00:00Z"), Instant.now(), 0, offset));
		return new NewerWins.Replacement(unit, document, 0, offset);
	}

	private static ConsumerRecord<String, byte[]> record(String key, int partition, long offset, String writer) {
		ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("reporting.rollup", partition, offset, key,
				"{}".getBytes(StandardCharsets.UTF_8));
		if (writer != null) {
			record.headers().add(RollupGenerations.APPLICATION_HEADER, writer.getBytes(StandardCharsets.UTF_8));
		}
		return record;
	}

	private static ConsumerRecord<String, byte[]> tombstone(String key, int partition, long offset) {
		return new ConsumerRecord<>("reporting.rollup", partition, offset, key, null);
	}

}
