package jakarta.persistence;

/** Test stand-in for the JPA exception of the same name. */
public class PersistenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
}
