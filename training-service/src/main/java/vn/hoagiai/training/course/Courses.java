package vn.hoagiai.training.course;

import java.util.Optional;
import java.util.function.Function;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import vn.hoagiai.kit.outbox.OutboxWriter;
import vn.hoagiai.kit.problem.NotFoundException;
import vn.hoagiai.training.OptimisticWrites;

/**
 * Loads and stores courses. A change is applied to the course as stored and written with its events
 * in one atomic write; when someone else changed the course in between (many phones checking in at
 * once), the change is applied again to the newer course.
 */
@Component
class Courses {

	/** How often a change is tried against a course others keep changing before giving up (409). */
	static final int ATTEMPTS = 50;

	private final MongoTemplate mongo;

	private final OutboxWriter outbox;

	Courses(MongoTemplate mongo, OutboxWriter outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
		// Certificates are looked up by their code (public verification). Real MongoDB builds the index;
		// mongo-java-server's H2 backend ignores it.
		mongo.indexOps(Course.class)
			.createIndex(new Index().on("enrolments.certificateCode", Sort.Direction.ASC).sparse().named("certificate_code"));
	}

	Course get(String id) {
		Course course = this.mongo.findById(id, Course.class);
		if (course == null) {
			throw new NotFoundException("Không tìm thấy lớp tập huấn " + id);
		}
		return course;
	}

	void insert(Course course) {
		this.outbox.insert(course, course.pendingEvents());
	}

	/**
	 * Applies a change to the stored course and writes it with its events, if it changed anything.
	 * @return what the change returned
	 * @throws ErrorResponseException (409) when the course kept changing under it
	 */
	<T> T change(String id, Function<Course, T> change) {
		return OptimisticWrites.retry(ATTEMPTS, () -> {
			Course course = get(id);
			long read = course.version();
			T result = change.apply(course);
			if (course.changed()) {
				this.outbox.update(course, id, read, course.pendingEvents());
			}
			return result;
		}, "course-busy", "Lớp đang được cập nhật",
				"Lớp tập huấn " + id + " đang được nhiều người cập nhật cùng lúc. Vui lòng thử lại.");
	}

	Optional<Course> withCertificate(String code) {
		return Optional.ofNullable(this.mongo.findOne(Query.query(Criteria.where("enrolments.certificateCode").is(code)),
				Course.class));
	}

}
