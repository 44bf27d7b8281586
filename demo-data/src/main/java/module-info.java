/**
 * PACT's training dataset (the 20 communes of Mali where the approach was applied), its loader
 * through the process, and the one seeded simulation of a commune's plan cycles, which the samples,
 * the server's demonstration data and the benchmarks' generators play.
 */
module org.kafo.demo {
    requires transitive org.kafo.rules;
    requires jakarta.json;

    exports org.kafo.demo;
}
