package org.kafo.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.Effective;
import org.kafo.model.territory.Region;
import org.kafo.persistence.jpa.internal.Mapping;
import org.kafo.persistence.jpa.internal.MigrationScripts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The migrations, and the two persistence units (Java SE and container) that share one mapping. */
class SchemaAndUnitsTest {

    @Test
    void every_migration_script_is_listed_for_the_module_path() throws Exception {
        // given the scripts in db/migration
        Path folder = Paths.get(getClass().getClassLoader().getResource(MigrationScripts.LOCATION).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();

            // then the resource provider knows each of them
            assertThat(MigrationScripts.SCRIPTS).containsExactlyInAnyOrderElementsOf(names);
        }
    }

    @Test
    void a_database_file_keeps_its_data_and_is_not_migrated_twice() {
        // given an H2 file database with a region in it
        String url = "jdbc:h2:" + Databases.h2File() + "/kafo";
        Region segou = Region.register("04", "Ségou", Effective.ALWAYS);
        try (KafoPersistence db = KafoPersistence.open(url, "sa", "")) {
            db.repositories().regions().save(segou);
        }

        // when it is opened again (the migrations run again)
        try (KafoPersistence db = KafoPersistence.open(url, "sa", "")) {
            // then the region is still there, and the schema history has the one migration once
            assertThat(db.repositories().regions().get(segou.id()).snapshot()).isEqualTo(segou.snapshot());
            Object applied = db.transactions().withEntityManager(em -> em.createNativeQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL' AND \"success\" = TRUE").getSingleResult());
            assertThat(((Number) applied).intValue()).isEqualTo(MigrationScripts.SCRIPTS.size());
        }
    }

    @Test
    void an_application_adds_its_own_tables_with_a_history_of_their_own() {
        // given Kafo's schema in a database
        String url = "jdbc:h2:" + Databases.h2File() + "/kafo";
        org.h2.jdbcx.JdbcDataSource dataSource = new org.h2.jdbcx.JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        KafoPersistence.migrate(dataSource);

        // when an application migrates its scripts beside it, twice
        for (int run = 0; run < 2; run++) {
            KafoPersistence.migrate(dataSource, "application_schema_history", SchemaAndUnitsTest.class,
                    "db/application", List.of("V1__notes.sql"));
        }

        // then its table is there, its script ran once in its own history, and Kafo's history is untouched
        try (KafoPersistence db = KafoPersistence.open(url, "sa", "")) {
            db.transactions().withEntityManager(em -> em.createNativeQuery(
                    "INSERT INTO application_note (id, text) VALUES (1, 'PIV de Dioro')").executeUpdate());
            Object applied = db.transactions().withEntityManager(em -> em.createNativeQuery(
                    "SELECT COUNT(*) FROM \"application_schema_history\" WHERE \"type\" = 'SQL' AND \"success\" = TRUE")
                    .getSingleResult());
            Object kafo = db.transactions().withEntityManager(em -> em.createNativeQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL'").getSingleResult());
            assertThat(((Number) applied).intValue()).isEqualTo(1);
            assertThat(((Number) kafo).intValue()).isEqualTo(MigrationScripts.SCRIPTS.size());
        }
    }

    @Test
    void the_container_unit_has_the_classes_and_settings_of_the_java_se_unit() throws Exception {
        // given META-INF/persistence.xml, as a container reads it
        Document xml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/persistence.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            xml = factory.newDocumentBuilder().parse(in);
        }
        Element unit = (Element) xml.getElementsByTagNameNS("*", "persistence-unit").item(0);

        // then it is the JTA unit over the documented data source, with the same classes and settings
        assertThat(unit.getAttribute("name")).isEqualTo(KafoPersistence.CONTAINER_UNIT);
        assertThat(unit.getAttribute("transaction-type")).isEqualTo("JTA");
        assertThat(text(unit, "jta-data-source")).containsExactly(KafoPersistence.CONTAINER_DATA_SOURCE);
        assertThat(text(unit, "class")).containsExactlyInAnyOrderElementsOf(
                Mapping.MANAGED_CLASSES.stream().map(Class::getName).toList());
        NodeList properties = unit.getElementsByTagNameNS("*", "property");
        Map<String, String> settings = Stream.iterate(0, i -> i < properties.getLength(), i -> i + 1)
                .map(i -> (Element) properties.item(i))
                .collect(Collectors.toMap(p -> p.getAttribute("name"), p -> p.getAttribute("value")));
        assertThat(settings).containsAllEntriesOf(Mapping.settings());
    }

    @Test
    void postgresql_is_among_the_databases_when_it_is_required() {
        // given CI's KAFO_TEST_PG_REQUIRED=true, then the PostgreSQL tests run, they are not left out
        if (Databases.postgresRequired()) {
            assertThat(Databases.all()).anyMatch(Databases.Database::isPostgres);
        }
        assertThat(Databases.all()).extracting(Databases.Database::name).contains("H2 memory", "H2 file");
    }

    private static List<String> text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagNameNS("*", tag);
        return Stream.iterate(0, i -> i < nodes.getLength(), i -> i + 1).map(i -> nodes.item(i).getTextContent().trim())
                .toList();
    }

}
