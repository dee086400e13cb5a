package vn.hoagiai.kit.web;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.bson.Document;
import org.bson.types.Binary;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;

/**
 * Makes a POST safe to send again (the IETF's {@code Idempotency-Key} header): a client that lost the
 * answer (a time-out, a connection reset) sends the same request with the same key and gets the first
 * answer again instead of a second team, a second enrolment. Without the header nothing changes.
 * <p>
 * The key is claimed before the request is handled, by inserting a document whose {@code _id} is the
 * caller, the request and the key: only one request can claim it, with or without transactions. The
 * answer is then stored on it (2xx and 4xx: the outcome of the request; a 5xx or a failure releases the
 * key, since nothing was written). A key whose request is still being handled is answered 409; a key
 * sent with another body, 422. Should the service die between handling the request and storing the
 * answer, the key stays claimed and is answered 409 until it expires (24 hours): the request may have
 * been carried out, and only looking tells.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

	public static final String HEADER = "Idempotency-Key";

	/** Where claimed keys and their answers are kept. */
	static final String COLLECTION = "idempotency_keys";

	/** Keys are kept this long; the same key after that is a new request. */
	static final long KEEP_SECONDS = 24 * 60 * 60;

	private static final Pattern WELL_FORMED = Pattern.compile("[\\x21-\\x7E]{8,255}");

	/** The largest body kept in memory to compare a repeated request with the first. */
	private static final int MAX_BODY_BYTES = 25 * 1024 * 1024;

	private final MongoTemplate mongo;

	public IdempotencyFilter(MongoTemplate mongo) {
		this.mongo = mongo;
		// Real MongoDB removes expired keys itself (a TTL index); mongo-java-server keeps them.
		this.mongo.getCollection(COLLECTION)
			.createIndex(new Document("expiresAt", 1),
					new com.mongodb.client.model.IndexOptions().expireAfter(0L, java.util.concurrent.TimeUnit.SECONDS));
	}

	/**
	 * POSTs with the header only; not uploads (multipart: the container reads those itself, and an
	 * import has its own dry run and commit, which a repeat cannot double).
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| String.valueOf(request.getContentType()).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		if (!WELL_FORMED.matcher(key).matches()) {
			problem(response, HttpStatus.BAD_REQUEST, "invalid-idempotency-key", "Khóa Idempotency-Key không hợp lệ",
					"Khóa Idempotency-Key gồm 8 đến 255 ký tự in được, không có khoảng trắng.");
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			problem(response, HttpStatus.CONTENT_TOO_LARGE, "too-large", "Yêu cầu quá lớn",
					"Yêu cầu có khóa Idempotency-Key lớn hơn 25 MB.");
			return;
		}
		String id = caller() + " " + request.getRequestURI() + " " + key;
		String fingerprint = sha256(body, request.getContentType());
		Document claimed = new Document("_id", id).append("fingerprint", fingerprint)
			.append("state", "PENDING")
			.append("expiresAt", Date.from(Instant.now().plusSeconds(KEEP_SECONDS)));
		try {
			this.mongo.getCollection(COLLECTION).insertOne(claimed);
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			replay(id, fingerprint, response);
			return;
		}
		catch (DuplicateKeyException ex) {
			replay(id, fingerprint, response);
			return;
		}
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		boolean stored = false;
		try {
			chain.doFilter(new ReadAgain(request, body), recorded);
			if (recorded.getStatus() < 500) {
				store(id, recorded);
				stored = true;
			}
		}
		finally {
			if (!stored) {
				this.mongo.getCollection(COLLECTION).deleteOne(new Document("_id", id));
			}
			recorded.copyBodyToResponse();
		}
	}

	/** The answer to a key already claimed: the stored one, or why there is none. */
	private void replay(String id, String fingerprint, HttpServletResponse response) throws IOException {
		Document known = this.mongo.getCollection(COLLECTION).find(new Document("_id", id)).first();
		if (known == null) {
			// Released meanwhile (the first attempt failed): the client may simply send it again.
			problem(response, HttpStatus.CONFLICT, "idempotency-key-in-use", "Yêu cầu đang được xử lý",
					"Yêu cầu với khóa Idempotency-Key này vừa được xử lý xong mà không thành; vui lòng gửi lại.");
			return;
		}
		if (!fingerprint.equals(known.getString("fingerprint"))) {
			problem(response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Khóa Idempotency-Key đã dùng",
					"Khóa Idempotency-Key này đã dùng cho một yêu cầu khác; mỗi yêu cầu mới cần một khóa mới.");
			return;
		}
		if (!"DONE".equals(known.getString("state"))) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "2");
			problem(response, HttpStatus.CONFLICT, "idempotency-key-in-use", "Yêu cầu đang được xử lý",
					"Yêu cầu với khóa Idempotency-Key này đang được xử lý; vui lòng chờ rồi gửi lại.");
			return;
		}
		response.setStatus(known.getInteger("status"));
		for (String header : new String[] { HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION, HttpHeaders.ETAG }) {
			String value = known.getString(header);
			if (value != null) {
				response.setHeader(header, value);
			}
		}
		response.setHeader("Idempotent-Replayed", "true");
		byte[] body = known.get("body", Binary.class).getData();
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private void store(String id, ContentCachingResponseWrapper recorded) {
		Document answer = new Document("state", "DONE").append("status", recorded.getStatus())
			.append("body", new Binary(recorded.getContentAsByteArray()));
		for (String header : new String[] { HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION, HttpHeaders.ETAG }) {
			String value = (header.equals(HttpHeaders.CONTENT_TYPE)) ? recorded.getContentType() : recorded.getHeader(header);
			if (value != null) {
				answer.append(header, value);
			}
		}
		this.mongo.getCollection(COLLECTION).updateOne(new Document("_id", id), new Document("$set", answer));
	}

	private static String caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "anonymous";
	}

	private static String sha256(byte[] body, @Nullable String contentType) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(String.valueOf(contentType).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String type, String title,
			String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		String json = "{\"type\":\"urn:problem:hoa-giai:" + type + "\",\"title\":\"" + title + "\",\"status\":"
				+ status.value() + ",\"detail\":\"" + detail + "\"}";
		response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
	}

	/** The request with its body, already read to compare it, readable again by the handler. */
	static final class ReadAgain extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadAgain(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("blocking reads only");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
