package com.recipeapi.part07.db;

import com.recipeapi.part07.model.User;
import com.recipeapi.part07.model.UserCreate;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** All the SQL about users. */
public final class UserRepository {
    private static final String COLUMNS = "id, first_name, surname, email, is_superuser";
    private static final String UNIQUE_VIOLATION = "23505";
    private final Jdbi jdbi;

    public UserRepository(Database database) {
        this.jdbi = database.jdbi();
    }

    public Optional<User> findById(int id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id)
                .mapTo(User.class)
                .findOne());
    }

    // region create
    /**
     * Creates an ordinary user; empty when the email is taken. The unique constraint decides, not a
     * check beforehand: two requests at the same moment would both pass a check, but only one insert wins.
     */
    public Optional<User> create(UserCreate user) {
        try {
            return Optional.of(jdbi.inTransaction(
                    handle -> handle.createUpdate("INSERT INTO users (first_name, surname, email, is_superuser)"
                                    + " VALUES (:firstName, :surname, :email, FALSE)")
                            .bind("firstName", user.firstName())
                            .bind("surname", user.surname())
                            .bind("email", user.normalisedEmail())
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
}
