package org.kafo.rules;

/** How much a verdict weighs. */
public enum Severity {
    /** The change is refused. */
    BLOCKING,
    /** The change goes through; someone should act. */
    WARNING,
    /** For the record. */
    INFO
}
