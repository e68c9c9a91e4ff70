package jakarta.persistence;

/** Test stand-in for the JPA annotation of the same name. */
public @interface Column {
}
