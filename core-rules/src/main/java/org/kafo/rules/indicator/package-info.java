/**
 * Indicators of consultation frameworks, computed from what the process recorded, never typed in.
 *
 * <p>Every indicator is computed "as of" a day: only what was identified, adopted, held, filed or
 * raised on or before that day counts, and deadlines are compared with it. Statuses whose date the
 * model does not keep (an action's progress, a need's withdrawal, a PDESC registration, a delivery)
 * count as they are recorded now.
 *
 * <p>Shares are {@link org.kafo.rules.indicator.Share}s: a numerator and a denominator, with a
 * percentage only when the denominator is not zero. Amounts are in CFA francs (XOF).
 */
package org.kafo.rules.indicator;
