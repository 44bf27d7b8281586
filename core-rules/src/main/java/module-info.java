module org.kafo.rules {
    requires transitive org.kafo.model;
}
