package vn.hoagiai.kit.sheet;

/** A file that cannot be read as a sheet at all; the message says why, in Vietnamese. */
public class UnreadableSheetException extends RuntimeException {

	public UnreadableSheetException(String message) {
		super(message);
	}

}
