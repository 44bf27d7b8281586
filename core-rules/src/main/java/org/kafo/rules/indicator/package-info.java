/**
 * Indicators of consultation frameworks computed from what the process recorded, never typed in:
 * {@link org.kafo.rules.indicator.Indicators} gives the records of {@code org.kafo.model.indicator}
 * from a framework's situation, and adds up those of a territory's frameworks.
 *
 * <p>Every indicator is computed "as of" a day: only what was identified, adopted, held, filed or
 * raised on or before that day counts, and deadlines are compared with it. Statuses whose date the
 * model does not keep (an action's progress, a need's withdrawal, a PDESC registration, a delivery)
 * count as they are recorded now.
 */
package org.kafo.rules.indicator;
