package com.recipeapi.part10.db;

import com.recipeapi.part10.model.Emails;
import com.recipeapi.part10.model.SignupRequest;
import com.recipeapi.part10.model.User;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** All the SQL about users. The password hash is read only to check a login, and never leaves this class. */
public final class UserRepository {
    private static final String COLUMNS = "id, first_name, surname, email, is_superuser";
    private static final String UNIQUE_VIOLATION = "23505";
    private final Jdbi jdbi;

    /** A user with the hash of their password, for checking a login. */
    public record Credentials(User user, String hashedPassword) {}

    public UserRepository(Database database) {
        this.jdbi = database.jdbi();
    }

    public Optional<User> findById(int id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id)
                .mapTo(User.class)
                .findOne());
    }

    /** Looks the email up in its normal form, so "Ann@Example.com" finds ann@example.com. */
    public Optional<Credentials> credentials(String email) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + ", hashed_password FROM users WHERE email = :email")
                .bind("email", Emails.normalise(email))
                .map((row, ctx) -> new Credentials(
                        ctx.findMapperFor(User.class).orElseThrow().map(row, ctx), row.getString("hashed_password")))
                .findOne());
    }

    // region create
    /**
     * Creates an ordinary user; empty when the email is taken. The unique constraint decides, not a
     * check beforehand: two requests at the same moment would both pass a check, but only one insert wins.
     */
    public Optional<User> create(SignupRequest signup, String hashedPassword) {
        try {
            return Optional.of(jdbi.inTransaction(handle -> handle.createUpdate(
                            "INSERT INTO users (first_name, surname, email, is_superuser, hashed_password)"
                                    + " VALUES (:firstName, :surname, :email, FALSE, :hash)")
                    .bind("firstName", signup.firstName())
                    .bind("surname", signup.surname())
                    .bind("email", Emails.normalise(signup.email()))
                    .bind("hash", hashedPassword)
                    .executeAndReturnGeneratedKeys(COLUMNS.split(", "))
                    .mapTo(User.class)
                    .one()));
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Optional.empty();
            }
            throw e;
        }
    }
    // endregion create

    /** The admin's current hash (null when no password is set yet). */
    public Optional<String> hashOf(String email) {
        return credentials(email).map(Credentials::hashedPassword);
    }

    public void setPassword(String email, String hashedPassword) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE users SET hashed_password = :hash WHERE email = :email")
                .bind("hash", hashedPassword)
                .bind("email", Emails.normalise(email))
                .execute());
    }
}
