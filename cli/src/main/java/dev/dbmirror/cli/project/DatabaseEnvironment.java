package dev.dbmirror.cli.project;

/**
 * One environment of {@code db/config/db-environments.json} with its placeholders filled in: the
 * database to connect to, the login and where the password is.
 *
 * @param url              the JDBC URL, free of a password
 * @param user             the login, or {@code null} to take it as {@code --url} alone would
 * @param passwordVariable the environment variable holding the password, or {@code null} for the usual sources
 */
public record DatabaseEnvironment(String id, String url, String user, String passwordVariable) {
}
