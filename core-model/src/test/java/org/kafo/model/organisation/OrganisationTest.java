package org.kafo.model.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.Fixtures.DIORO;
import static org.kafo.model.Fixtures.MARKET_GARDENING;
import static org.kafo.model.Fixtures.PRIORITY_SECTORS;
import static org.kafo.model.Fixtures.SMALL_SCALE_IRRIGATION;
import static org.kafo.model.Fixtures.violationCode;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    private static final LocalDate FOUNDED_ON = LocalDate.of(2005, 11, 12);

    private static Organisation theWomenGardenersGroup() {
        return Organisation.register("Groupement des femmes maraîchères de Dioro", "GFM", OrganisationKind.GROUP, DIORO,
                Set.of(MARKET_GARDENING), FOUNDED_ON);
    }

    @Test
    void a_group_of_market_gardeners_is_a_professional_organisation() {
        // when
        Organisation group = theWomenGardenersGroup();

        // then
        assertThat(group.kind()).isEqualTo(OrganisationKind.GROUP);
        assertThat(group.category()).isEqualTo(PartyCategory.PROFESSIONAL_ORGANISATION);
        assertThat(group.kind().isProfessional()).isTrue();
        assertThat(group.acronym()).contains("GFM");
        assertThat(group.commune()).contains(DIORO);
        assertThat(group.isActiveIn(MARKET_GARDENING)).isTrue();
        assertThat(group.isActiveIn(SMALL_SCALE_IRRIGATION)).isFalse();
        assertThat(group.isFormalised()).isFalse();
        assertThat(group.recordedEvents()).containsExactly(new OrganisationEvent.Registered(group.id(),
                "Groupement des femmes maraîchères de Dioro", OrganisationKind.GROUP, FOUNDED_ON));
    }

    @Test
    void each_kind_of_party_has_its_category() {
        assertThat(OrganisationKind.MUNICIPALITY.category()).isEqualTo(PartyCategory.MUNICIPALITY);
        assertThat(OrganisationKind.COOPERATIVE.category()).isEqualTo(PartyCategory.PROFESSIONAL_ORGANISATION);
        assertThat(OrganisationKind.TECHNICAL_SERVICE.category()).isEqualTo(PartyCategory.TECHNICAL_SERVICE);
        assertThat(OrganisationKind.TECHNICAL_FINANCIAL_PARTNER.category()).isEqualTo(PartyCategory.PARTNER);
        assertThat(OrganisationKind.NGO.category()).isEqualTo(PartyCategory.NGO);
        assertThat(OrganisationKind.SUPPORT_PROGRAMME.category()).isEqualTo(PartyCategory.SUPPORT_PROGRAMME);
        assertThat(OrganisationKind.TECHNICAL_SERVICE.isProfessional()).isFalse();
    }

    @Test
    void a_technical_service_of_the_cercle_needs_no_commune() {
        // when
        Organisation ruralEngineering = Organisation.register("Service local du génie rural", null,
                OrganisationKind.TECHNICAL_SERVICE, null, new HashSet<>(PRIORITY_SECTORS), FOUNDED_ON);

        // then
        assertThat(ruralEngineering.commune()).isEmpty();
        assertThat(ruralEngineering.acronym()).isEmpty();
        assertThat(ruralEngineering.sectors()).containsExactlyInAnyOrderElementsOf(PRIORITY_SECTORS);
    }

    @Test
    void a_municipality_belongs_to_a_commune() {
        assertThat(violationCode(() -> Organisation.register("Mairie", null, OrganisationKind.MUNICIPALITY, null,
                Set.of(), FOUNDED_ON))).isEqualTo("organisation.municipality-commune");
    }

    @Test
    void an_organisation_has_a_name_a_kind_and_a_day_of_registration() {
        assertThat(violationCode(() -> Organisation.register(" ", null, OrganisationKind.GROUP, DIORO, Set.of(),
                FOUNDED_ON))).isEqualTo("required");
        assertThat(violationCode(() -> Organisation.register("GFM", null, null, DIORO, Set.of(), FOUNDED_ON)))
                .isEqualTo("required");
        assertThat(violationCode(() -> Organisation.register("GFM", null, OrganisationKind.GROUP, DIORO, Set.of(),
                null))).isEqualTo("required");
        assertThat(violationCode(() -> Organisation.register("GFM", null, OrganisationKind.GROUP, DIORO, null,
                FOUNDED_ON))).isEqualTo("required");
    }

    @Test
    void members_are_counted_with_women_and_youth_among_them() {
        // given
        Organisation group = theWomenGardenersGroup();
        MemberCount count = new MemberCount(74, 74, 22, LocalDate.of(2008, 1, 15));

        // when
        OrganisationEvent.MembersCounted counted = group.countMembers(count);

        // then
        assertThat(counted).isEqualTo(new OrganisationEvent.MembersCounted(group.id(), count));
        assertThat(counted.occurredOn()).isEqualTo(LocalDate.of(2008, 1, 15));
        assertThat(group.members()).contains(count);
    }

    @Test
    void women_and_youth_are_never_more_than_the_members() {
        assertThat(violationCode(() -> new MemberCount(96, 97, 30, LocalDate.of(2008, 1, 15))))
                .isEqualTo("members.breakdown");
        assertThat(violationCode(() -> new MemberCount(96, 18, 97, LocalDate.of(2008, 1, 15))))
                .isEqualTo("members.breakdown");
        assertThat(violationCode(() -> new MemberCount(-1, 0, 0, LocalDate.of(2008, 1, 15)))).isEqualTo("negative");
    }

    @Test
    void an_older_count_does_not_replace_a_newer_one() {
        // given
        Organisation group = theWomenGardenersGroup();
        MemberCount newer = new MemberCount(80, 80, 25, LocalDate.of(2009, 1, 10));
        group.countMembers(newer);

        // when
        String code = violationCode(() -> group.countMembers(new MemberCount(74, 74, 22, LocalDate.of(2008, 1, 15))));

        // then
        assertThat(code).isEqualTo("organisation.count-older");
        assertThat(group.members()).contains(newer);
    }

    @Test
    void an_organisation_is_formalised_once() {
        // given
        Organisation group = theWomenGardenersGroup();
        LegalRegistration receipt = new LegalRegistration("0042/CD-SEG", LocalDate.of(2008, 9, 1), "Préfecture de Ségou");

        // when
        OrganisationEvent.Formalised formalised = group.formalise(receipt);
        String again = violationCode(() -> group.formalise(new LegalRegistration("0043/CD-SEG",
                LocalDate.of(2008, 9, 2), "Préfecture de Ségou")));

        // then
        assertThat(formalised.occurredOn()).isEqualTo(LocalDate.of(2008, 9, 1));
        assertThat(group.isFormalised()).isTrue();
        assertThat(group.registration()).contains(receipt);
        assertThat(again).isEqualTo("organisation.already-formalised");
    }
}
