package vn.hoagiai.registry.team;

import java.util.List;
import java.util.Optional;

/**
 * Where teams are kept. Storing a team also publishes, reliably, the events it recorded: the domain
 * never sees Kafka.
 */
interface TeamRepository {

	Optional<MediationTeam> find(String id);

	List<MediationTeam> findInCommune(String communeCode, int page, int size);

	/** Stores a new team and its events in one atomic step. */
	void add(MediationTeam team);

	/**
	 * Stores a changed team and its events in one atomic step, if it is still at {@code expectedVersion}.
	 * @throws vn.hoagiai.kit.outbox.StaleVersionException otherwise
	 */
	void update(MediationTeam team, long expectedVersion);

}
