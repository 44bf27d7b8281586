-- Kafo schema, version 1: one table per aggregate root (natural UUID key as CHAR(36), a version
-- for optimistic locking) and one table per list it holds, keyed by the root and the element's
-- position. Aggregates refer to each other by id only: no foreign key between aggregates, as in
-- the domain. Portable SQL: the same script runs on H2 2.x and PostgreSQL 15.
-- Free text is VARCHAR without a length; columns that are indexed have a bound.

-- Territory -------------------------------------------------------------------------------------

CREATE TABLE region (
    id              CHAR(36)      NOT NULL,
    code            VARCHAR(200)  NOT NULL,
    name            VARCHAR       NOT NULL,
    effective_from  DATE,
    effective_to    DATE,
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_region PRIMARY KEY (id)
);
CREATE INDEX ix_region_code ON region (code);

CREATE TABLE cercle (
    id              CHAR(36)      NOT NULL,
    code            VARCHAR(200)  NOT NULL,
    name            VARCHAR       NOT NULL,
    region_id       CHAR(36)      NOT NULL,
    effective_from  DATE,
    effective_to    DATE,
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_cercle PRIMARY KEY (id)
);
CREATE INDEX ix_cercle_code ON cercle (code);
CREATE INDEX ix_cercle_region ON cercle (region_id);

CREATE TABLE commune (
    id              CHAR(36)          NOT NULL,
    code            VARCHAR(200)      NOT NULL,
    name            VARCHAR(500)      NOT NULL,
    name_key        VARCHAR(500)      NOT NULL,
    inhabitants     BIGINT,
    census_year     INTEGER,
    latitude        DOUBLE PRECISION,
    longitude       DOUBLE PRECISION,
    version         BIGINT            NOT NULL,
    CONSTRAINT pk_commune PRIMARY KEY (id)
);
CREATE INDEX ix_commune_code ON commune (code);
CREATE INDEX ix_commune_name_key ON commune (name_key);

CREATE TABLE commune_alias (
    commune_id  CHAR(36)      NOT NULL,
    position    INTEGER       NOT NULL,
    alias       VARCHAR(500)  NOT NULL,
    alias_key   VARCHAR(500)  NOT NULL,
    CONSTRAINT pk_commune_alias PRIMARY KEY (commune_id, position),
    CONSTRAINT fk_commune_alias FOREIGN KEY (commune_id) REFERENCES commune (id)
);
CREATE INDEX ix_commune_alias_key ON commune_alias (alias_key);

CREATE TABLE commune_assignment (
    commune_id      CHAR(36)  NOT NULL,
    position        INTEGER   NOT NULL,
    cercle_id       CHAR(36)  NOT NULL,
    region_id       CHAR(36)  NOT NULL,
    effective_from  DATE,
    effective_to    DATE,
    CONSTRAINT pk_commune_assignment PRIMARY KEY (commune_id, position),
    CONSTRAINT fk_commune_assignment FOREIGN KEY (commune_id) REFERENCES commune (id)
);
CREATE INDEX ix_commune_assignment_cercle ON commune_assignment (cercle_id);

-- Organisations ---------------------------------------------------------------------------------

CREATE TABLE organisation (
    id                      CHAR(36)     NOT NULL,
    name                    VARCHAR      NOT NULL,
    acronym                 VARCHAR,
    kind                    VARCHAR(40)  NOT NULL,
    commune_id              CHAR(36),
    member_count            INTEGER,
    member_women            INTEGER,
    member_youth            INTEGER,
    members_counted_on      DATE,
    registration_number     VARCHAR,
    registered_on           DATE,
    registration_authority  VARCHAR,
    version                 BIGINT       NOT NULL,
    CONSTRAINT pk_organisation PRIMARY KEY (id)
);
CREATE INDEX ix_organisation_commune ON organisation (commune_id);

CREATE TABLE organisation_sector (
    organisation_id  CHAR(36)      NOT NULL,
    position         INTEGER       NOT NULL,
    sector_code      VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_organisation_sector PRIMARY KEY (organisation_id, position),
    CONSTRAINT fk_organisation_sector FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- Consultation frameworks -----------------------------------------------------------------------

CREATE TABLE framework (
    id                     CHAR(36)     NOT NULL,
    commune_id             CHAR(36)     NOT NULL,
    name                   VARCHAR      NOT NULL,
    status                 VARCHAR(20)  NOT NULL,
    proposed_on            DATE         NOT NULL,
    deliberation_number    VARCHAR,
    deliberation_date      DATE,
    deliberation_decision  VARCHAR,
    version                BIGINT       NOT NULL,
    CONSTRAINT pk_framework PRIMARY KEY (id)
);
CREATE INDEX ix_framework_commune ON framework (commune_id);
CREATE INDEX ix_framework_status ON framework (status);

CREATE TABLE framework_sector (
    framework_id  CHAR(36)      NOT NULL,
    position      INTEGER       NOT NULL,
    sector_code   VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_framework_sector PRIMARY KEY (framework_id, position),
    CONSTRAINT fk_framework_sector FOREIGN KEY (framework_id) REFERENCES framework (id)
);

CREATE TABLE framework_membership (
    framework_id     CHAR(36)     NOT NULL,
    position         INTEGER      NOT NULL,
    organisation_id  CHAR(36)     NOT NULL,
    category         VARCHAR(40)  NOT NULL,
    effective_from   DATE         NOT NULL,
    effective_to     DATE,
    CONSTRAINT pk_framework_membership PRIMARY KEY (framework_id, position),
    CONSTRAINT fk_framework_membership FOREIGN KEY (framework_id) REFERENCES framework (id)
);
CREATE INDEX ix_framework_membership_org ON framework_membership (organisation_id);

-- The sectors and the representatives of each membership, by the membership's position.
CREATE TABLE framework_membership_sector (
    framework_id      CHAR(36)      NOT NULL,
    position          INTEGER       NOT NULL,
    membership_index  INTEGER       NOT NULL,
    sector_code       VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_framework_membership_sector PRIMARY KEY (framework_id, position),
    CONSTRAINT fk_framework_membership_sector FOREIGN KEY (framework_id) REFERENCES framework (id)
);

CREATE TABLE framework_representative (
    framework_id      CHAR(36)     NOT NULL,
    position          INTEGER      NOT NULL,
    membership_index  INTEGER      NOT NULL,
    name              VARCHAR      NOT NULL,
    sex               VARCHAR(10)  NOT NULL,
    youth             BOOLEAN      NOT NULL,
    person_role       VARCHAR,
    CONSTRAINT pk_framework_representative PRIMARY KEY (framework_id, position),
    CONSTRAINT fk_framework_representative FOREIGN KEY (framework_id) REFERENCES framework (id)
);

CREATE TABLE framework_status_change (
    framework_id  CHAR(36)     NOT NULL,
    position      INTEGER      NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    changed_on    DATE         NOT NULL,
    reason        VARCHAR,
    CONSTRAINT pk_framework_status_change PRIMARY KEY (framework_id, position),
    CONSTRAINT fk_framework_status_change FOREIGN KEY (framework_id) REFERENCES framework (id)
);

-- Needs -----------------------------------------------------------------------------------------

CREATE TABLE need (
    id                  CHAR(36)      NOT NULL,
    framework_id        CHAR(36)      NOT NULL,
    raised_by           CHAR(36)      NOT NULL,
    sector_code         VARCHAR(200)  NOT NULL,
    kind                VARCHAR(40)   NOT NULL,
    description         VARCHAR       NOT NULL,
    estimated_amount    BIGINT,
    estimated_currency  CHAR(3),
    identified_on       DATE          NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    withdrawal_reason   VARCHAR,
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_need PRIMARY KEY (id)
);
CREATE INDEX ix_need_framework ON need (framework_id);
CREATE INDEX ix_need_status ON need (status);

CREATE TABLE need_action (
    need_id    CHAR(36)  NOT NULL,
    position   INTEGER   NOT NULL,
    action_id  CHAR(36)  NOT NULL,
    CONSTRAINT pk_need_action PRIMARY KEY (need_id, position),
    CONSTRAINT fk_need_action FOREIGN KEY (need_id) REFERENCES need (id)
);
CREATE INDEX ix_need_action_action ON need_action (action_id);

-- Meetings --------------------------------------------------------------------------------------

CREATE TABLE meeting (
    id                   CHAR(36)     NOT NULL,
    framework_id         CHAR(36)     NOT NULL,
    sequence_no          INTEGER      NOT NULL,
    planned_on           DATE         NOT NULL,
    venue                VARCHAR      NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    convened_by          CHAR(36),
    convened_on          DATE,
    held_on              DATE,
    cancellation_reason  VARCHAR,
    minutes_text         VARCHAR,
    minutes_recorded_on  DATE,
    version              BIGINT       NOT NULL,
    CONSTRAINT pk_meeting PRIMARY KEY (id)
);
CREATE INDEX ix_meeting_framework ON meeting (framework_id, sequence_no);
CREATE INDEX ix_meeting_status ON meeting (status);
CREATE INDEX ix_meeting_planned_on ON meeting (planned_on);

CREATE TABLE meeting_invitee (
    meeting_id       CHAR(36)  NOT NULL,
    position         INTEGER   NOT NULL,
    organisation_id  CHAR(36)  NOT NULL,
    CONSTRAINT pk_meeting_invitee PRIMARY KEY (meeting_id, position),
    CONSTRAINT fk_meeting_invitee FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);

CREATE TABLE meeting_agenda_item (
    meeting_id    CHAR(36)     NOT NULL,
    position      INTEGER      NOT NULL,
    title         VARCHAR      NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    reference_id  CHAR(36),
    CONSTRAINT pk_meeting_agenda_item PRIMARY KEY (meeting_id, position),
    CONSTRAINT fk_meeting_agenda_item FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);

CREATE TABLE meeting_attendance (
    meeting_id       CHAR(36)     NOT NULL,
    position         INTEGER      NOT NULL,
    organisation_id  CHAR(36)     NOT NULL,
    category         VARCHAR(40)  NOT NULL,
    name             VARCHAR      NOT NULL,
    sex              VARCHAR(10)  NOT NULL,
    youth            BOOLEAN      NOT NULL,
    person_role      VARCHAR,
    CONSTRAINT pk_meeting_attendance PRIMARY KEY (meeting_id, position),
    CONSTRAINT fk_meeting_attendance FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
CREATE INDEX ix_meeting_attendance_org ON meeting_attendance (organisation_id);

CREATE TABLE meeting_minutes_approval (
    meeting_id   CHAR(36)  NOT NULL,
    position     INTEGER   NOT NULL,
    party_id     CHAR(36)  NOT NULL,
    approved     BOOLEAN   NOT NULL,
    remark       VARCHAR,
    approved_on  DATE      NOT NULL,
    CONSTRAINT pk_meeting_minutes_approval PRIMARY KEY (meeting_id, position),
    CONSTRAINT fk_meeting_minutes_approval FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);

-- Action plans ----------------------------------------------------------------------------------

CREATE TABLE action_plan (
    id                CHAR(36)  NOT NULL,
    framework_id      CHAR(36)  NOT NULL,
    cycle             INTEGER   NOT NULL,
    previous_plan_id  CHAR(36),
    period_start      DATE      NOT NULL,
    period_end        DATE      NOT NULL,
    adopted_at        CHAR(36)  NOT NULL,
    adopted_on        DATE      NOT NULL,
    reviewed_at       CHAR(36),
    reviewed_on       DATE,
    version           BIGINT    NOT NULL,
    CONSTRAINT pk_action_plan PRIMARY KEY (id)
);
CREATE INDEX ix_action_plan_framework ON action_plan (framework_id, cycle);
CREATE INDEX ix_action_plan_adopted_at ON action_plan (adopted_at);

CREATE TABLE plan_action (
    plan_id             CHAR(36)      NOT NULL,
    position            INTEGER       NOT NULL,
    action_id           CHAR(36)      NOT NULL,
    title               VARCHAR       NOT NULL,
    sector_code         VARCHAR(200)  NOT NULL,
    kind                VARCHAR(40)   NOT NULL,
    responsible_id      CHAR(36)      NOT NULL,
    due_date            DATE          NOT NULL,
    estimated_amount    BIGINT        NOT NULL,
    estimated_currency  CHAR(3)       NOT NULL,
    pdesc_entry         VARCHAR,
    budget_line         VARCHAR,
    carried_from        CHAR(36),
    status              VARCHAR(20)   NOT NULL,
    status_reason       VARCHAR,
    completed_on        DATE,
    CONSTRAINT pk_plan_action PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_plan_action FOREIGN KEY (plan_id) REFERENCES action_plan (id)
);
CREATE INDEX ix_plan_action_action ON plan_action (action_id);
CREATE INDEX ix_plan_action_status ON plan_action (status);
CREATE INDEX ix_plan_action_due_date ON plan_action (due_date);
CREATE INDEX ix_plan_action_responsible ON plan_action (responsible_id);

-- The cost shares, needs addressed and progress notes of each action, by the action's id.
CREATE TABLE plan_action_cost_share (
    plan_id            CHAR(36)     NOT NULL,
    position           INTEGER      NOT NULL,
    action_id          CHAR(36)     NOT NULL,
    party_id           CHAR(36)     NOT NULL,
    contribution_form  VARCHAR(20)  NOT NULL,
    pledged_amount     BIGINT       NOT NULL,
    delivered_amount   BIGINT       NOT NULL,
    currency           CHAR(3)      NOT NULL,
    CONSTRAINT pk_plan_action_cost_share PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_plan_action_cost_share FOREIGN KEY (plan_id) REFERENCES action_plan (id)
);
CREATE INDEX ix_plan_action_cost_share_action ON plan_action_cost_share (action_id);
CREATE INDEX ix_plan_action_cost_share_party ON plan_action_cost_share (party_id);

CREATE TABLE plan_action_need (
    plan_id    CHAR(36)  NOT NULL,
    position   INTEGER   NOT NULL,
    action_id  CHAR(36)  NOT NULL,
    need_id    CHAR(36)  NOT NULL,
    CONSTRAINT pk_plan_action_need PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_plan_action_need FOREIGN KEY (plan_id) REFERENCES action_plan (id)
);
CREATE INDEX ix_plan_action_need_need ON plan_action_need (need_id);

CREATE TABLE plan_action_note (
    plan_id    CHAR(36)  NOT NULL,
    position   INTEGER   NOT NULL,
    action_id  CHAR(36)  NOT NULL,
    noted_on   DATE      NOT NULL,
    author_id  CHAR(36)  NOT NULL,
    note_text  VARCHAR   NOT NULL,
    CONSTRAINT pk_plan_action_note PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_plan_action_note FOREIGN KEY (plan_id) REFERENCES action_plan (id)
);

-- Monitoring committees -------------------------------------------------------------------------

CREATE TABLE committee (
    id            CHAR(36)  NOT NULL,
    framework_id  CHAR(36)  NOT NULL,
    installed_at  CHAR(36)  NOT NULL,
    installed_on  DATE      NOT NULL,
    version       BIGINT    NOT NULL,
    CONSTRAINT pk_committee PRIMARY KEY (id)
);
CREATE INDEX ix_committee_framework ON committee (framework_id);

CREATE TABLE committee_member (
    committee_id     CHAR(36)     NOT NULL,
    position         INTEGER      NOT NULL,
    organisation_id  CHAR(36)     NOT NULL,
    category         VARCHAR(40)  NOT NULL,
    name             VARCHAR      NOT NULL,
    sex              VARCHAR(10)  NOT NULL,
    youth            BOOLEAN      NOT NULL,
    person_role      VARCHAR,
    effective_from   DATE         NOT NULL,
    effective_to     DATE,
    CONSTRAINT pk_committee_member PRIMARY KEY (committee_id, position),
    CONSTRAINT fk_committee_member FOREIGN KEY (committee_id) REFERENCES committee (id)
);

CREATE TABLE committee_mandate (
    committee_id  CHAR(36)  NOT NULL,
    position      INTEGER   NOT NULL,
    revision      INTEGER   NOT NULL,
    adopted_on    DATE      NOT NULL,
    scope         VARCHAR   NOT NULL,
    period_start  DATE      NOT NULL,
    period_end    DATE      NOT NULL,
    plan_id       CHAR(36)  NOT NULL,
    reason        VARCHAR,
    CONSTRAINT pk_committee_mandate PRIMARY KEY (committee_id, position),
    CONSTRAINT fk_committee_mandate FOREIGN KEY (committee_id) REFERENCES committee (id)
);
CREATE INDEX ix_committee_mandate_plan ON committee_mandate (plan_id);

-- The duties of each mandate revision, by its revision number.
CREATE TABLE committee_mandate_duty (
    committee_id  CHAR(36)  NOT NULL,
    position      INTEGER   NOT NULL,
    revision      INTEGER   NOT NULL,
    duty          VARCHAR   NOT NULL,
    CONSTRAINT pk_committee_mandate_duty PRIMARY KEY (committee_id, position),
    CONSTRAINT fk_committee_mandate_duty FOREIGN KEY (committee_id) REFERENCES committee (id)
);

CREATE TABLE committee_report (
    committee_id  CHAR(36)  NOT NULL,
    position      INTEGER   NOT NULL,
    report_id     CHAR(36)  NOT NULL,
    plan_id       CHAR(36)  NOT NULL,
    filed_on      DATE      NOT NULL,
    summary       VARCHAR   NOT NULL,
    CONSTRAINT pk_committee_report PRIMARY KEY (committee_id, position),
    CONSTRAINT fk_committee_report FOREIGN KEY (committee_id) REFERENCES committee (id)
);
CREATE INDEX ix_committee_report_plan ON committee_report (plan_id);

CREATE TABLE committee_obstacle (
    committee_id  CHAR(36)  NOT NULL,
    position      INTEGER   NOT NULL,
    obstacle_id   CHAR(36)  NOT NULL,
    plan_id       CHAR(36)  NOT NULL,
    action_id     CHAR(36)  NOT NULL,
    description   VARCHAR   NOT NULL,
    raised_on     DATE      NOT NULL,
    reported_to   CHAR(36),
    resolution    VARCHAR,
    resolved_on   DATE,
    CONSTRAINT pk_committee_obstacle PRIMARY KEY (committee_id, position),
    CONSTRAINT fk_committee_obstacle FOREIGN KEY (committee_id) REFERENCES committee (id)
);
CREATE INDEX ix_committee_obstacle_action ON committee_obstacle (action_id);
CREATE INDEX ix_committee_obstacle_plan ON committee_obstacle (plan_id);
