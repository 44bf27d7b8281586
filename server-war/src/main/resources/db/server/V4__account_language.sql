-- The language an account chose for the pages ('fr' or 'en'): signing in sets the pages' language
-- from it. Null: none chosen yet (French). Portable SQL (H2 2.x and PostgreSQL 15).
ALTER TABLE kafo_user ADD COLUMN language VARCHAR(8);
