-- Kafo schema, version 6: an agenda item the process wrote keeps its variable part (the action's
-- title, the obstacle's description, the number of open needs, the next plan's cycle) as its
-- subject, so that its title is read in the reader's language; an item the convener typed has none
-- and reads as typed. Items written before this version get their subject back from their English
-- title. Portable SQL (H2 2.x, PostgreSQL 15).

ALTER TABLE meeting_agenda_item ADD COLUMN subject VARCHAR(500);

UPDATE meeting_agenda_item SET subject = SUBSTRING(title FROM 19)
    WHERE kind = 'ACTION_REVIEW' AND title LIKE 'Review of action: %';
UPDATE meeting_agenda_item SET subject = SUBSTRING(title FROM 11)
    WHERE kind = 'OBSTACLE' AND title LIKE 'Obstacle: %';
UPDATE meeting_agenda_item SET subject = SUBSTRING(title FROM 38)
    WHERE kind = 'PLAN_ADOPTION' AND title LIKE 'Adoption of the action plan of cycle %';
UPDATE meeting_agenda_item SET subject = SUBSTRING(title FROM 40 FOR CHAR_LENGTH(title) - 40)
    WHERE kind = 'NEEDS' AND title LIKE 'Open needs to negotiate into the plan (%)';
