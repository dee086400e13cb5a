package vn.hoagiai.registry.team;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Where teams are kept. Storing a team also publishes, reliably, the events it recorded: the domain
 * never sees Kafka.
 */
interface TeamRepository {

	Optional<MediationTeam> find(String id);

	/** A page of the teams of these communes, by commune and village; only (non-)compliant ones if asked. */
	List<MediationTeam> findInCommunes(List<String> communeCodes, @Nullable Boolean compliant, int page, int size);

	long countInCommunes(List<String> communeCodes, @Nullable Boolean compliant);

	/** Stores a new team and its events in one atomic step. */
	void add(MediationTeam team);

	/**
	 * Stores a changed team and its events in one atomic step, if it is still at {@code expectedVersion}.
	 * @throws vn.hoagiai.kit.outbox.StaleVersionException otherwise
	 */
	void update(MediationTeam team, long expectedVersion);

	/**
	 * Stores new teams of an import, invisible and with their events held back until the import is
	 * committed: an import adds all its teams or none.
	 */
	void stage(String importId, List<MediationTeam> teams);

	/**
	 * Makes the staged teams of an import visible and releases their events; safe to repeat.
	 *
	 * @param teamIds the import's teams, or null to look them up (a recovery)
	 */
	long commit(String importId, @Nullable List<String> teamIds);

	/** Removes what an import staged and never committed; safe to repeat. */
	long discard(String importId);

	/** Notes that a mediator is about to leave a team by transfer, before the team is written. */
	void moveStarting(String teamId, String mediatorId, java.time.Instant at);

	/** Teams a mediator left by a transfer, started before the instant, that has not been completed yet. */
	List<MediationTeam> withIncompleteMoves(java.time.Instant startedBefore);

	/**
	 * Notes that a transferred mediator has arrived in the other team. Bookkeeping of this team's
	 * document only: no new version, no event.
	 */
	void markMoveCompleted(String teamId, String mediatorId);

	/**
	 * Writes a team re-homed to another commune, if it is still at the expected version: listed in its new
	 * commune's directory before the write, taken out of the old one's after it (a crash in between
	 * leaves an entry that lists skip).
	 */
	void rehomed(MediationTeam team, String fromCommune, long expectedVersion);

}
