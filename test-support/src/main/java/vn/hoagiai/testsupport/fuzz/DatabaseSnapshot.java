package vn.hoagiai.testsupport.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * What a database holds, one fingerprint per collection (its count and a hash of every document that
 * does not depend on their order): two snapshots differ when anything was inserted, changed or removed.
 *
 * @param collections each collection's fingerprint by its name
 */
record DatabaseSnapshot(Map<String, String> collections) {

	static DatabaseSnapshot of(MongoDatabase database) {
		Map<String, String> collections = new TreeMap<>();
		for (String name : database.listCollectionNames()) {
			long count = 0;
			long sum = 0;
			long xor = 0;
			for (Document document : database.getCollection(name).find()) {
				long hash = hash(document.toJson());
				count++;
				sum += hash;
				xor ^= Long.rotateLeft(hash, 17);
			}
			collections.put(name, count + " documents, " + Long.toHexString(sum) + Long.toHexString(xor));
		}
		return new DatabaseSnapshot(collections);
	}

	/** The collections whose contents differ, each with how. */
	List<String> changesSince(DatabaseSnapshot before) {
		List<String> changes = new ArrayList<>();
		TreeSet<String> names = new TreeSet<>(before.collections.keySet());
		names.addAll(this.collections.keySet());
		for (String name : names) {
			String was = before.collections.get(name);
			String is = this.collections.get(name);
			if (was == null) {
				changes.add(name + " was created (" + is + ")");
			}
			else if (is == null) {
				changes.add(name + " was dropped");
			}
			else if (!was.equals(is)) {
				changes.add(name + " changed: " + was.substring(0, was.indexOf(',')) + " before, "
						+ is.substring(0, is.indexOf(',')) + " after");
			}
		}
		return changes;
	}

	/** 64-bit FNV-1a. */
	private static long hash(String text) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < text.length(); i++) {
			hash ^= text.charAt(i);
			hash *= 0x100000001b3L;
		}
		return hash;
	}

}
