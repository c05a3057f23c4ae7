ALTER TABLE users ADD COLUMN hashed_password VARCHAR(60);
