-- An application's own table beside Kafo's, for SchemaAndUnitsTest.
CREATE TABLE application_note (
    id   BIGINT  NOT NULL,
    text VARCHAR NOT NULL,
    CONSTRAINT pk_application_note PRIMARY KEY (id)
);
