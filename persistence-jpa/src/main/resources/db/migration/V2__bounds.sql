-- Kafo schema, version 2: every text column has the length the model allows it (Limits in
-- core-model: codes 200, names 500, free text 10,000, minutes 100,000 characters), so that no text
-- the model accepts is too long for its column and no text is unbounded. The model refused longer
-- texts before they reached the database; a row that still holds one makes this script fail rather
-- than cut it. Portable SQL: SET DATA TYPE runs on H2 2.x and PostgreSQL 15 and keeps NOT NULL.

-- Names (Limits.NAME)
ALTER TABLE region ALTER COLUMN name SET DATA TYPE VARCHAR(500);
ALTER TABLE cercle ALTER COLUMN name SET DATA TYPE VARCHAR(500);
ALTER TABLE organisation ALTER COLUMN name SET DATA TYPE VARCHAR(500);
ALTER TABLE organisation ALTER COLUMN acronym SET DATA TYPE VARCHAR(500);
ALTER TABLE organisation ALTER COLUMN registration_authority SET DATA TYPE VARCHAR(500);
ALTER TABLE framework ALTER COLUMN name SET DATA TYPE VARCHAR(500);
ALTER TABLE framework_representative ALTER COLUMN name SET DATA TYPE VARCHAR(500);
ALTER TABLE framework_representative ALTER COLUMN person_role SET DATA TYPE VARCHAR(500);
ALTER TABLE meeting ALTER COLUMN venue SET DATA TYPE VARCHAR(500);
ALTER TABLE meeting_agenda_item ALTER COLUMN title SET DATA TYPE VARCHAR(500);
ALTER TABLE meeting_attendance ALTER COLUMN name SET DATA TYPE VARCHAR(500);
ALTER TABLE meeting_attendance ALTER COLUMN person_role SET DATA TYPE VARCHAR(500);
ALTER TABLE plan_action ALTER COLUMN title SET DATA TYPE VARCHAR(500);
ALTER TABLE plan_action ALTER COLUMN pdesc_entry SET DATA TYPE VARCHAR(500);
ALTER TABLE plan_action ALTER COLUMN budget_line SET DATA TYPE VARCHAR(500);
ALTER TABLE committee_member ALTER COLUMN name SET DATA TYPE VARCHAR(500);
ALTER TABLE committee_member ALTER COLUMN person_role SET DATA TYPE VARCHAR(500);

-- Codes and numbers (Limits.CODE)
ALTER TABLE organisation ALTER COLUMN registration_number SET DATA TYPE VARCHAR(200);
ALTER TABLE framework ALTER COLUMN deliberation_number SET DATA TYPE VARCHAR(200);

-- Free text (Limits.TEXT)
ALTER TABLE framework ALTER COLUMN deliberation_decision SET DATA TYPE VARCHAR(10000);
ALTER TABLE framework_status_change ALTER COLUMN reason SET DATA TYPE VARCHAR(10000);
ALTER TABLE need ALTER COLUMN description SET DATA TYPE VARCHAR(10000);
ALTER TABLE need ALTER COLUMN withdrawal_reason SET DATA TYPE VARCHAR(10000);
ALTER TABLE meeting ALTER COLUMN cancellation_reason SET DATA TYPE VARCHAR(10000);
ALTER TABLE meeting_minutes_approval ALTER COLUMN remark SET DATA TYPE VARCHAR(10000);
ALTER TABLE plan_action ALTER COLUMN status_reason SET DATA TYPE VARCHAR(10000);
ALTER TABLE plan_action_note ALTER COLUMN note_text SET DATA TYPE VARCHAR(10000);
ALTER TABLE committee_mandate ALTER COLUMN scope SET DATA TYPE VARCHAR(10000);
ALTER TABLE committee_mandate ALTER COLUMN reason SET DATA TYPE VARCHAR(10000);
ALTER TABLE committee_mandate_duty ALTER COLUMN duty SET DATA TYPE VARCHAR(10000);
ALTER TABLE committee_report ALTER COLUMN summary SET DATA TYPE VARCHAR(10000);
ALTER TABLE committee_obstacle ALTER COLUMN description SET DATA TYPE VARCHAR(10000);
ALTER TABLE committee_obstacle ALTER COLUMN resolution SET DATA TYPE VARCHAR(10000);

-- A meeting's minutes (Limits.MINUTES)
ALTER TABLE meeting ALTER COLUMN minutes_text SET DATA TYPE VARCHAR(100000);
