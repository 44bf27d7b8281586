package org.kafo.model.framework;

/**
 * Who deliberated for the commune. A commune council is elected for five years; a council that is
 * dissolved, or whose mandate ended without elections, is replaced by a special delegation
 * (délégation spéciale) appointed by the State until the next council is elected.
 */
public enum DeliberatingBody {
    /** The elected commune council (conseil communal). */
    COUNCIL,
    /** The special delegation (délégation spéciale) that stands in for a council. */
    SPECIAL_DELEGATION
}
