-- Kafo schema, version 3: what a framework has one of is unique in the database too. The process
-- decides a meeting's number, a plan's cycle and the one monitoring committee through the
-- framework's version (the framework is saved with them); these constraints back that invariant
-- for every writer of the tables, and turn a duplicate into a refused commit rather than a second
-- row. Each replaces the plain index V1 had on the same columns. Portable SQL (H2 2.x, PostgreSQL 15).
-- A database that already holds duplicates refuses this migration: renumber or remove them first.

DROP INDEX ix_meeting_framework;
ALTER TABLE meeting ADD CONSTRAINT uq_meeting_framework_sequence UNIQUE (framework_id, sequence_no);

DROP INDEX ix_action_plan_framework;
ALTER TABLE action_plan ADD CONSTRAINT uq_action_plan_framework_cycle UNIQUE (framework_id, cycle);

DROP INDEX ix_committee_framework;
ALTER TABLE committee ADD CONSTRAINT uq_committee_framework UNIQUE (framework_id);
