package vn.hoagiai.kit.problem;

/** The caller may not do this (role or unit scope); answered with 403. */
public class ForbiddenException extends RuntimeException {

	/** @param message why, in Vietnamese */
	public ForbiddenException(String message) {
		super(message);
	}

}
