-- The account an entry of the history concerns (created, disabled or enabled, its password changed,
-- a role given or taken back): the administrator reads the history outside any framework by account.
-- Never a password or its hash. Portable SQL (H2 2.x and PostgreSQL 15).
ALTER TABLE kafo_history ADD COLUMN account VARCHAR(100);
CREATE INDEX ix_kafo_history_account ON kafo_history (account, seq);
