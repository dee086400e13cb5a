package vn.hoagiai.training;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import vn.hoagiai.kit.outbox.StaleVersionException;
import vn.hoagiai.kit.problem.ProblemDetailsAdvice;

/**
 * Changes of one document written with its version as the guard ({@code OutboxWriter.update}): when
 * someone else wrote first, the change is read and applied again to what they wrote, after a short
 * random pause that grows with each lost race so that writers racing for one document spread out.
 */
public final class OptimisticWrites {

	private OptimisticWrites() {
	}

	/**
	 * Makes the attempt until it is not beaten by another writer.
	 * @param attempts how often to try before giving up
	 * @param attempt reads the document, changes it and writes it; throws {@link StaleVersionException} when
	 * someone else wrote first
	 * @param busyType the problem type of the answer when every attempt was beaten
	 * @param busyTitle its title
	 * @param busyDetail its detail
	 * @return what the successful attempt returned
	 * @throws ErrorResponseException (409) when the document kept changing under every attempt
	 */
	public static <T> T retry(int attempts, Supplier<T> attempt, String busyType, String busyTitle,
			String busyDetail) {
		for (int i = 0; i < attempts; i++) {
			if (i > 0) {
				pause(i);
			}
			try {
				return attempt.get();
			}
			catch (StaleVersionException ex) {
				// someone else wrote first: apply the change again to what they wrote
			}
		}
		ProblemDetail busy = ProblemDetailsAdvice.problem(HttpStatus.CONFLICT, busyType, busyTitle, busyDetail);
		throw new ErrorResponseException(HttpStatus.CONFLICT, busy, null);
	}

	/** A short random pause, longer after each lost race. */
	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2 + Math.min(attempt, 10) * 5L));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
