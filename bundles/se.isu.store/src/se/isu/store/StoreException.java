package se.isu.store;

/** A failure of the store that the caller cannot fix by changing its input (database unavailable, corrupt schema). */
public class StoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}

	public StoreException(String message) {
		super(message);
	}
}
