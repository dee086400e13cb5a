package vn.hoagiai.training.material;

import java.time.Instant;

/**
 * One version of a material's file, stored in GridFS.
 *
 * @param number 1 for the first file, then one more per new version
 * @param fileId the GridFS id of the file
 * @param filename the name it was uploaded with
 * @param contentType its media type
 * @param size bytes
 * @param sha256 the file's SHA-256, hexadecimal, so a reader can check a copy
 * @param uploadedAt when
 * @param uploadedBy who (the token's subject), kept for the record, not shown
 */
record MaterialFile(int number, String fileId, String filename, String contentType, long size, String sha256,
		Instant uploadedAt, String uploadedBy) {
}
