-- An account the administrator disabled: it cannot sign in and its tokens are gone, until it is
-- enabled again. Null: the account is enabled. Portable SQL (H2 2.x and PostgreSQL 15).
ALTER TABLE kafo_user ADD COLUMN disabled_at TIMESTAMP WITH TIME ZONE;
