package vn.hoagiai.kit.problem;

/** The thing asked for does not exist (or the caller may not know it exists); answered with 404. */
public class NotFoundException extends RuntimeException {

	/** @param message what was not found, in Vietnamese */
	public NotFoundException(String message) {
		super(message);
	}

}
