package vn.hoagiai.kit.problem;

/** A request that conflicts with what is already stored (the same file imported twice, say); answered with 409. */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
