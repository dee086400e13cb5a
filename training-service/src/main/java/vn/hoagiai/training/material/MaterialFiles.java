package vn.hoagiai.training.material;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The files of materials, in GridFS (bucket {@code material_files}). */
@Component
class MaterialFiles {

	private final GridFSBucket bucket;

	MaterialFiles(MongoTemplate mongo) {
		this.bucket = GridFSBuckets.create(mongo.getDb(), "material_files");
	}

	/**
	 * A checked upload.
	 *
	 * @param filename the name, without any path
	 * @param contentType its media type, from its kind
	 * @param bytes its content
	 */
	record Upload(String filename, String contentType, byte[] bytes) {
	}

	/** Stores a file version of a material; the caller deletes it again if the material is not written. */
	MaterialFile store(String materialId, int number, Upload upload, String uploadedBy, Instant now) {
		ObjectId fileId = this.bucket.uploadFromStream(upload.filename(), new ByteArrayInputStream(upload.bytes()),
				new GridFSUploadOptions().metadata(new org.bson.Document("materialId", materialId).append("version", number)
					.append("contentType", upload.contentType())));
		return new MaterialFile(number, fileId.toHexString(), upload.filename(), upload.contentType(),
				upload.bytes().length, sha256(upload.bytes()), now, uploadedBy);
	}

	void delete(MaterialFile file) {
		this.bucket.delete(new ObjectId(file.fileId()));
	}

	/** The whole file. */
	byte[] bytes(MaterialFile file) {
		ByteArrayOutputStream content = new ByteArrayOutputStream((int) file.size());
		this.bucket.downloadToStream(new ObjectId(file.fileId()), content);
		return content.toByteArray();
	}

	/** The file as a stream, read from GridFS as it is sent; the reader closes it. */
	InputStream open(MaterialFile file) {
		return this.bucket.openDownloadStream(new ObjectId(file.fileId()));
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
