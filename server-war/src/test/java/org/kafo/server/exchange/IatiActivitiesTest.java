package org.kafo.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.Region;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.command.RegisterCercle;
import org.kafo.rules.command.RegisterCommune;
import org.kafo.rules.command.RegisterOrganisation;
import org.kafo.rules.command.RegisterRegion;
import org.kafo.rules.process.ConsultationProcess;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class IatiActivitiesTest {

    private static final IatiActivities.ReportingOrganisation REPORTER =
            new IatiActivities.ReportingOrganisation("XM-DAC-00-0000", "10", "Programme d'appui & co");
    private static final IatiActivities IATI = new IatiActivities(REPORTER, Demo.RULES);

    @ParameterizedTest
    @ValueSource(strings = {"should-pass-02-minimal-doc.xml", "should-pass-21-transaction.xml",
            "should-pass-24-results.xml"})
    void the_schema_s_own_controls_validate(String control) throws Exception {
        IatiSchema.validate(IatiSchema.read(control));
    }

    @Test
    void a_control_without_its_identifier_is_refused_so_the_validator_validates() throws Exception {
        String minimal = new String(IatiSchema.read("should-pass-02-minimal-doc.xml"), StandardCharsets.UTF_8);
        String broken = minimal.replace("<iati-identifier></iati-identifier>", "");
        assertThat(broken).isNotEqualTo(minimal);

        assertThatThrownBy(() -> IatiSchema.validate(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXException.class).hasMessageContaining("iati-identifier");
    }

    @Test
    void dioro_s_two_cycles_are_one_activity_that_validates_with_its_budgets_transactions_and_parties()
            throws Exception {
        // given
        Dossier dioro = Demo.dioroDossier();

        // when
        byte[] xml = IATI.write(List.of(dioro), Demo.TODAY, Demo.NOW);
        Demo.keep("dioro-iati.xml", xml);

        // then it validates
        IatiSchema.validate(xml);
        Document document = parse(xml);
        assertThat(text(document, "/iati-activities/@version")).isEqualTo("2.03");
        assertThat(text(document, "/iati-activities/@generated-datetime")).isEqualTo("2026-12-03T09:30:00Z");
        String activity = "/iati-activities/iati-activity";
        assertThat(text(document, activity + "/iati-identifier"))
                .isEqualTo("XM-DAC-00-0000-" + dioro.framework().id().value());
        assertThat(text(document, activity + "/reporting-org/narrative")).isEqualTo("Programme d'appui & co");
        assertThat(text(document, activity + "/title/narrative[@*[name()='xml:lang']='fr']")).isEqualTo("Cadre de concertation de Dioro");
        assertThat(text(document, activity + "/title/narrative[@*[name()='xml:lang']='en']"))
                .isEqualTo("Consultation framework of Dioro: Cadre de concertation de Dioro");
        assertThat(text(document, activity + "/description/narrative[@*[name()='xml:lang']='fr']"))
                .contains("commune de Dioro", "(petite irrigation, maraîchage)", "Établi le 21 mai 2026",
                        "Plans d'action adoptés : 2 ; rencontres tenues : 2.");
        assertThat(text(document, activity + "/description/narrative[@*[name()='xml:lang']='en']"))
                .contains("(small-scale irrigation, market gardening)", "Established on May 21, 2026",
                        "Action plans adopted: 2; meetings held: 2.");
        assertThat(text(document, activity + "/activity-status/@code")).isEqualTo("2");
        assertThat(text(document, activity + "/activity-date[@type='2']/@iso-date")).isEqualTo("2026-05-21");
        assertThat(text(document, activity + "/activity-date[@type='3']/@iso-date")).isEqualTo("2026-12-31");
        assertThat(text(document, activity + "/recipient-country/@code")).isEqualTo("ML");

        // the parties by role: funding 1, accountable 2, implementing 4
        assertThat(roles(document, "Mairie de Dioro")).containsExactly("1", "2", "4");
        assertThat(roles(document, "Coopérative des riziculteurs de Dioro")).containsExactly("1", "4");
        assertThat(roles(document, "Groupement des femmes maraîchères de Dioro")).containsExactly("1");
        assertThat(roles(document, "Service local du génie rural de Ségou")).containsExactly("4");
        assertThat(roles(document, "ANICT")).containsExactly("1");
        assertThat(roles(document, "PACT")).containsExactly("1", "4");
        assertThat(text(document, activity + "/participating-org[narrative='Mairie de Dioro'][1]/@type")).isEqualTo("11");
        assertThat(text(document, activity + "/participating-org[narrative='ANICT'][1]/@type")).isEqualTo("10");
        assertThat(text(document, activity + "/participating-org[narrative='Groupement des femmes maraîchères de Dioro']/@type"))
                .isEqualTo("72");

        // one budget per plan: its period, its actions' estimates
        assertThat(texts(document, activity + "/budget/period-start/@iso-date")).containsExactly("2026-07-01", "2026-10-01");
        assertThat(texts(document, activity + "/budget/period-end/@iso-date")).containsExactly("2026-09-30", "2026-12-31");
        assertThat(texts(document, activity + "/budget/value")).containsExactly("30550000", "600000");
        assertThat(texts(document, activity + "/budget/value/@currency")).containsOnly("XOF");

        // a transaction per delivered contribution: six of the reviewed plan, two of the plan in force
        assertThat(texts(document, activity + "/transaction/transaction-type/@code")).hasSize(8).containsOnly("1");
        assertThat(texts(document, activity + "/transaction/transaction-date/@iso-date"))
                .containsExactly("2026-09-29", "2026-09-29", "2026-09-29", "2026-09-29", "2026-09-29", "2026-09-29",
                        "2026-12-03", "2026-12-03");
        assertThat(texts(document, activity + "/transaction[provider-org/narrative='ANICT']/value")).containsExactly("21000000");
        assertThat(text(document, activity + "/transaction[provider-org/narrative='ANICT']/receiver-org/narrative"))
                .isEqualTo("Mairie de Dioro");
        assertThat(text(document, activity + "/transaction[provider-org/narrative='Coopérative des riziculteurs de Dioro'][1]"
                + "/description/narrative[@*[name()='xml:lang']='fr']"))
                .isEqualTo("Aménagement du PIV de 30 ha avec motopompe (plan d'action du cycle 1) : contribution en nature");
        long delivered = dioro.actions().stream().mapToLong(a -> a.delivered().amount()).sum();
        assertThat(texts(document, activity + "/transaction/value").stream().mapToLong(Long::parseLong).sum())
                .isEqualTo(delivered).isEqualTo(30_800_000L);

        // the sectors: DAC codes shared by the actions' costs
        assertThat(texts(document, activity + "/sector/@code")).containsExactly("31140", "31161");
        assertThat(texts(document, activity + "/sector/@vocabulary")).containsOnly("1");
        assertThat(texts(document, activity + "/sector/@percentage")).containsExactly("97.59", "2.41");
    }

    @Test
    void every_framework_of_the_demonstration_data_validates_in_one_document_with_sectors_adding_up_to_100()
            throws Exception {
        // given
        List<Dossier> all = Demo.REPOSITORIES.frameworks().findAll().stream()
                .map(f -> Dossier.load(Demo.REPOSITORIES, f.id())).toList();

        // when
        byte[] xml = IATI.write(all, Demo.TODAY, Demo.NOW);
        Demo.keep("all-iati.xml", xml);

        // then
        IatiSchema.validate(xml);
        Document document = parse(xml);
        NodeList activities = (NodeList) xpath().evaluate("/iati-activities/iati-activity", document, XPathConstants.NODESET);
        assertThat(activities.getLength()).isEqualTo(20);
        for (int i = 1; i <= activities.getLength(); i++) {
            BigDecimal total = texts(document, "/iati-activities/iati-activity[" + i + "]/sector/@percentage").stream()
                    .map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(total).as("activity %d", i).isEqualByComparingTo("100");
            assertThat(texts(document, "/iati-activities/iati-activity[" + i + "]/sector/@code"))
                    .doesNotContain(DacSectors.RURAL_DEVELOPMENT.code());
        }
    }

    @Test
    void every_sector_of_the_rule_book_has_its_own_dac_code_and_another_reads_as_rural_development() {
        assertThat(Demo.RULES.sectors(java.util.Locale.FRENCH)).extracting(Sector::code)
                .containsExactlyInAnyOrderElementsOf(DacSectors.mapped());
        assertThat(DacSectors.of(Sector.of("small-scale-irrigation")).code()).isEqualTo("31140");
        assertThat(DacSectors.of(Sector.of("market-gardening")).code()).isEqualTo("31161");
        assertThat(DacSectors.of(Sector.of("fishing")).code()).isEqualTo("31320");
        assertThat(DacSectors.of(Sector.of("rice")).code()).isEqualTo("31161");
        assertThat(DacSectors.of(Sector.of("karite")).code()).isEqualTo("43040");
    }

    @Test
    void a_framework_just_proposed_with_no_plan_and_names_full_of_markup_and_accents_validates_and_reads_back()
            throws Exception {
        // given a commune and parties whose names hold & < > " ' and accents, and a framework proposed only
        String communeName = "Ségou-Koro \"<&>\" l'Été";
        String cooperativeName = "Coopérative « Riz & Maïs » <Dioro> d'Ämé";
        String frameworkName = "Cadre <b>d'échange</b> & de concertation";
        Dossier proposed = Demo.proposed(communeName, cooperativeName, frameworkName);

        // when
        byte[] xml = IATI.write(List.of(proposed), LocalDate.of(2026, 2, 3), Demo.NOW);
        Demo.keep("proposed-iati.xml", xml);

        // then it validates, the markup is text, and it reads back as typed
        IatiSchema.validate(xml);
        String raw = new String(xml, StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("<b>").contains("&lt;b&gt;", "&amp;");
        Document document = parse(xml);
        String activity = "/iati-activities/iati-activity";
        assertThat(text(document, activity + "/title/narrative[@*[name()='xml:lang']='fr']")).isEqualTo(frameworkName);
        assertThat(text(document, activity + "/location/name/narrative")).isEqualTo(communeName);
        assertThat(text(document, activity + "/activity-status/@code")).isEqualTo("1");
        assertThat(text(document, activity + "/activity-date/@type")).isEqualTo("1");
        assertThat(text(document, activity + "/activity-date/@iso-date")).isEqualTo("2026-02-01");
        assertThat(texts(document, activity + "/budget")).isEmpty();
        assertThat(texts(document, activity + "/transaction")).isEmpty();
        // the commune answers for it while its municipality is no member; the cooperative takes part
        assertThat(roles(document, "Commune de " + communeName)).containsExactly("2");
        assertThat(roles(document, cooperativeName)).containsExactly("4");
        // no cost yet: the priority sectors share the activity evenly
        assertThat(texts(document, activity + "/sector/@percentage")).containsExactly("50", "50");
    }

    @Test
    void shares_add_up_to_the_total_whatever_the_weights() {
        assertThat(Shares.of(new long[] {1, 1, 1}, 10_000)).containsExactly(3334, 3333, 3333);
        assertThat(Shares.of(new long[] {0, 0}, 10_000)).containsExactly(5000, 5000);
        assertThat(Shares.of(new long[] {30_400_000, 750_000}, 10_000)).containsExactly(9759, 241);
        assertThat(Shares.of(new long[] {Long.MAX_VALUE / 2, Long.MAX_VALUE / 2, 1}, 10_000)).containsExactly(5000, 5000, 0);
        assertThat(Shares.percent(9759)).isEqualTo("97.59");
        assertThat(Shares.percent(10_000)).isEqualTo("100");
        assertThat(Shares.percent(5010)).isEqualTo("50.1");
    }

    /** The roles of a party, by its name (which may hold both kinds of quotes: compared here, not in XPath). */
    private static List<String> roles(Document document, String name) throws Exception {
        NodeList parties = (NodeList) xpath().evaluate("/iati-activities/iati-activity/participating-org", document,
                XPathConstants.NODESET);
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < parties.getLength(); i++) {
            org.w3c.dom.Element party = (org.w3c.dom.Element) parties.item(i);
            if (party.getTextContent().strip().equals(name)) {
                roles.add(party.getAttribute("role"));
            }
        }
        return roles;
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static XPath xpath() {
        return XPathFactory.newInstance().newXPath();
    }

    static String text(Document document, String path) throws Exception {
        return (String) xpath().evaluate(path, document, XPathConstants.STRING);
    }

    static List<String> texts(Document document, String path) throws Exception {
        NodeList nodes = (NodeList) xpath().evaluate(path, document, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }
}
