-- A bcrypt hash (60 characters), never the password. NULL until a password is set: such a user cannot log in.
ALTER TABLE users ADD COLUMN hashed_password VARCHAR(60);
