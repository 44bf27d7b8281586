/** Benchmarks of Kafo: the rule book, persistence, the reference server, national scale. */
package org.kafo.bench;
