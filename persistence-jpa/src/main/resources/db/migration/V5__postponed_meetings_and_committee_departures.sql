-- Kafo schema, version 5: a meeting keeps the history of its postponements and the day it was
-- cancelled; a committee seat keeps the reason its holder left. Portable SQL (H2 2.x, PostgreSQL 15).
-- Meetings cancelled before this version keep an unknown cancellation day (NULL): the follow-up
-- of a framework counts them as cancelled from the start.

ALTER TABLE meeting ADD COLUMN cancelled_on DATE;

CREATE TABLE meeting_postponement (
    meeting_id      CHAR(36)         NOT NULL,
    position        INTEGER          NOT NULL,
    postponed_from  DATE             NOT NULL,
    postponed_to    DATE             NOT NULL,
    reason          VARCHAR(10000),
    decided_on      DATE             NOT NULL,
    CONSTRAINT pk_meeting_postponement PRIMARY KEY (meeting_id, position),
    CONSTRAINT fk_meeting_postponement FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);

ALTER TABLE committee_member ADD COLUMN leaving_reason VARCHAR(10000);
