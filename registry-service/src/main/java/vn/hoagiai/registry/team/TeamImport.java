package vn.hoagiai.registry.team;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An import of teams and mediators from a file, and how far it got. Its teams are staged (invisible,
 * events held back) while it is {@link Status#WRITING}, then released together.
 *
 * @param id the import's id
 * @param fileName the name of the file as uploaded
 * @param sha256 the file's SHA-256, so the same file is not imported twice
 * @param createdBy who imported it (subject of the token)
 * @param status where it is
 * @param rows rows read
 * @param teams teams the file describes
 * @param mediators mediators the file describes
 * @param compliantTeams of those teams, how many meet Art. 12
 * @param teamsWritten teams staged so far (the progress)
 * @param failure why it failed, if it did
 * @param createdAt when it started
 * @param heartbeatAt when its worker last reported progress
 * @param finishedAt when it ended
 */
@Document("imports")
record TeamImport(@Id String id, String fileName, String sha256, String createdBy, Status status, int rows, int teams,
		int mediators, int compliantTeams, int teamsWritten, @Nullable String failure, Instant createdAt,
		Instant heartbeatAt, @Nullable Instant finishedAt) {

	enum Status {

		/** Its teams are being staged. */
		WRITING,

		/** All staged; being released. It will complete, even after a crash. */
		COMMITTING,

		/** Every team is in the registry and its events are on their way. */
		COMPLETED,

		/** Nothing of it is in the registry. */
		FAILED

	}

}
