-- User management (issue 10): a user's full name, whether a generated password must be changed at
-- the next sign-in, and who created and last changed the account. Roles stay a comma-separated list.
ALTER TABLE app_user ADD COLUMN full_name VARCHAR(200);
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD COLUMN created_by VARCHAR(100);
ALTER TABLE app_user ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE app_user ADD COLUMN updated_by VARCHAR(100);
