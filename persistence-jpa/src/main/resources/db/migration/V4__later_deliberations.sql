-- Kafo schema, version 4: who deliberated, and the deliberations after the establishing one. The
-- establishing deliberation says its deliberating body (the council, or a special delegation); the
-- frameworks established before this version were established by their council. A later
-- deliberation (a renewal, a change of priority sectors, a dissolution) is kept by its position, as
-- the status changes are. Portable SQL (H2 2.x, PostgreSQL 15).

ALTER TABLE framework ADD COLUMN deliberation_body VARCHAR(20);
UPDATE framework SET deliberation_body = 'COUNCIL' WHERE deliberation_number IS NOT NULL;

CREATE TABLE framework_deliberation (
    framework_id           CHAR(36)       NOT NULL,
    position               INTEGER        NOT NULL,
    deliberation_number    VARCHAR(200)   NOT NULL,
    deliberation_date      DATE           NOT NULL,
    deliberation_decision  VARCHAR(10000) NOT NULL,
    deliberation_body      VARCHAR(20)    NOT NULL,
    outcome                VARCHAR(20)    NOT NULL,
    recorded_on            DATE           NOT NULL,
    CONSTRAINT pk_framework_deliberation PRIMARY KEY (framework_id, position),
    CONSTRAINT fk_framework_deliberation FOREIGN KEY (framework_id) REFERENCES framework (id)
);
