package com.recipeapi.part12.db;

import com.recipeapi.part12.auth.Passwords;
import com.recipeapi.part12.model.SignupRequest;
import com.recipeapi.part12.model.User;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** All the SQL about users. The password hash is read only to check a login, and never leaves this class. */
public final class UserRepository {
    private static final String COLUMNS = "id, first_name, surname, email, is_superuser";
    public static final String ADMIN = "admin@recipeapi.com";
    private final Jdbi jdbi;

    public record Credentials(User user, String hashedPassword) {}

    public UserRepository(Database database) {
        this.jdbi = database.jdbi();
    }

    /** The one form an email is stored and looked up in: NFKC (full-width letters become ASCII, odd spaces plain ones), then
     * trimmed and lower case. In this order, normalising twice changes nothing: a key made from it finds what it names. */
    public static String normalise(String email) {
        return Normalizer.normalize(email, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    public Optional<User> findById(int id) {
        return find("id", id).map(Credentials::user);
    }

    public Optional<Credentials> credentials(String email) {
        String normal = normalise(email);
        return normal.indexOf('\0') < 0 ? find("email", normal) : Optional.empty(); // PostgreSQL text holds no NUL
    }

    private Optional<Credentials> find(String column, Object value) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + ", hashed_password FROM users WHERE " + column + " = :value")
                .bind("value", value)
                .map((row, ctx) -> new Credentials(
                        ctx.findMapperFor(User.class).orElseThrow().map(row, ctx), row.getString("hashed_password")))
                .findOne());
    }

    // region create
    /** An ordinary user; empty when the email is taken. The unique constraint decides, so two at once cannot win. */
    public Optional<User> create(SignupRequest signup, String hashedPassword) {
        try {
            return Optional.of(jdbi.inTransaction(handle -> handle.createUpdate(
                            "INSERT INTO users (first_name, surname, email, is_superuser, hashed_password)"
                                    + " VALUES (:firstName, :surname, :email, FALSE, :hash)")
                    .bindMethods(signup)
                    .bind("email", normalise(signup.email()))
                    .bind("hash", hashedPassword)
                    .executeAndReturnGeneratedKeys(COLUMNS.split(", "))
                    .mapTo(User.class)
                    .one()));
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return Optional.empty();
            }
            throw e;
        }
    }
    // endregion create

    // region common_cost
    /** The bcrypt cost most stored hashes have (the two digits in "$2a$12$..."), if any hash is stored. */
    public Optional<Integer> commonCost() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT SUBSTRING(hashed_password FROM 5 FOR 2) AS cost"
                        + " FROM users WHERE hashed_password IS NOT NULL"
                        + " GROUP BY SUBSTRING(hashed_password FROM 5 FOR 2) ORDER BY COUNT(*) DESC, cost DESC LIMIT 1")
                .mapTo(String.class)
                .findOne()
                .map(Integer::valueOf));
    }
    // endregion common_cost

    /** Gives the seeded superuser ADMIN_PASSWORD, when set; without it, no one can log in as the admin. */
    public void ensureAdminPassword(Passwords passwords, String password) {
        String hash = credentials(ADMIN).map(Credentials::hashedPassword).orElse(null);
        if (password != null && !password.isBlank() && (hash == null || !passwords.verify(password, hash))) {
            setPassword(ADMIN, passwords.hash(password));
        }
    }

    public void setPassword(String email, String hashedPassword) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE users SET hashed_password = :hash WHERE email = :email")
                .bind("hash", hashedPassword)
                .bind("email", normalise(email))
                .execute());
    }
}
