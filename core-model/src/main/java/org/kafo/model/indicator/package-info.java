/**
 * Indicators of consultation frameworks, computed from what the process recorded, never typed in: one
 * record per family of counts, each with its {@code plus}, grouped in
 * {@link org.kafo.model.indicator.FrameworkIndicators}, and {@link org.kafo.model.indicator.TotalsQueries},
 * the port through which a store adds them up.
 *
 * <p>Every indicator is "as of" a day. Shares are {@link org.kafo.model.indicator.Share}s: a numerator
 * and a denominator, with a percentage only when the denominator is not zero. Amounts are in CFA
 * francs (XOF).
 */
package org.kafo.model.indicator;
