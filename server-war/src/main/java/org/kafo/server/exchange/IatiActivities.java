package org.kafo.server.exchange;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.kafo.model.common.Money;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.framework.Membership;
import org.kafo.model.framework.StatusChange;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.ContributionForm;
import org.kafo.rules.RuleBook;

/**
 * Frameworks as IATI 2.03 activities ({@code iati-activities-schema.xsd}): one {@code iati-activity}
 * per framework, whose plans are its budgets and whose delivered contributions are its
 * transactions. The mapping, field by field, is in the README ("IATI activities"); in short:
 *
 * <ul>
 * <li>identifier: the reporting organisation's ref, a hyphen, the framework's id (stable for its life);</li>
 * <li>title and description in French and English; status from the framework's; start on its
 * establishment (planned start on its proposal before), end on its last plan's last day (actual
 * end on its dissolution);</li>
 * <li>participating organisations: the municipality accountable (the commune itself if its
 * municipality is not a member), every party that pledged funding, every party responsible for an
 * action implementing, and every other member implementing too (it takes part in the work);</li>
 * <li>sectors: the DAC purpose codes of {@link DacSectors}, shared by the actions' costs;</li>
 * <li>one budget per plan: its period, its actions' estimated costs (a carried-over action for
 * what was delivered on it, the rest being counted in the plan that continues it);</li>
 * <li>one incoming-funds transaction (type 1) per delivered contribution, from its party to the
 * action's responsible party, dated on the day Kafo can vouch for the amount: the plan's review
 * day, or the day of the export for the plan in force (Kafo keeps what each pledge delivered, not
 * the day of each delivery).</li>
 * </ul>
 * Amounts are in XOF; actions costed in another currency are left out, as the indicators leave them.
 */
public final class IatiActivities {

    public static final String MEDIA_TYPE = "application/xml";

    /** IATI's codes named here: organisation roles, the incoming-funds transaction type, the local-government organisation type. */
    static final String FUNDING = "1";
    static final String ACCOUNTABLE = "2";
    static final String IMPLEMENTING = "4";
    static final String INCOMING_FUNDS = "1";
    static final String LOCAL_GOVERNMENT = "11";

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    /**
     * Who publishes: its IATI organisation identifier, its organisation type code, its name.
     *
     * @param ref  {@code {RegistrationAgency}-{RegistrationNumber}}, the prefix of every activity's identifier
     * @param type an IATI OrganisationType code, such as 10 (government) or 11 (local government)
     */
    public record ReportingOrganisation(String ref, String type, String name) {

        public ReportingOrganisation {
            ref = required(ref, "reporting organisation ref");
            type = required(type, "reporting organisation type");
            name = required(name, "reporting organisation name");
        }

        private static String required(String value, String what) {
            Objects.requireNonNull(value, what + " is required");
            if (value.isBlank()) {
                throw new IllegalArgumentException(what + " is blank");
            }
            return value.strip();
        }
    }

    private final ReportingOrganisation reporter;
    private final RuleBook rules;

    /** @param rules the rule book in force, whose labels name the sectors */
    public IatiActivities(ReportingOrganisation reporter, RuleBook rules) {
        this.reporter = Objects.requireNonNull(reporter, "reporting organisation is required");
        this.rules = Objects.requireNonNull(rules, "rule book is required");
    }

    /** The activity identifier of a framework. */
    public String identifier(ConsultationFramework framework) {
        return reporter.ref() + "-" + framework.id().value();
    }

    /**
     * The IATI document of the frameworks, as of {@code today}.
     *
     * @param generatedAt the moment written in {@code generated-datetime}
     */
    public byte[] write(List<Dossier> dossiers, LocalDate today, OffsetDateTime generatedAt) {
        if (dossiers.isEmpty()) {
            throw new IllegalArgumentException("an IATI document has at least one activity");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", "2.03");
            xml.writeAttribute("generated-datetime",
                    generatedAt.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            for (Dossier dossier : dossiers) {
                new Activity(xml, dossier, today).write();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the IATI document could not be written", e);
        }
        return out.toByteArray();
    }

    /** One framework's activity. */
    private final class Activity {

        private final XMLStreamWriter xml;
        private final Dossier dossier;
        private final ConsultationFramework framework;
        private final LocalDate today;
        private int depth = 1;

        Activity(XMLStreamWriter xml, Dossier dossier, LocalDate today) {
            this.xml = xml;
            this.dossier = dossier;
            this.framework = dossier.framework();
            this.today = today;
        }

        void write() throws XMLStreamException {
            open("iati-activity");
            xml.writeAttribute("xml", XML_NS, "lang", "fr");
            xml.writeAttribute("default-currency", Money.XOF);
            text("iati-identifier", identifier(framework));
            open("reporting-org");
            xml.writeAttribute("ref", reporter.ref());
            xml.writeAttribute("type", reporter.type());
            text("narrative", reporter.name());
            close();
            narratives("title", null, words -> words.get("iati.title", framework.name(), dossier.commune().name()));
            narratives("description", "1", this::description);
            participants();
            empty("other-identifier", "ref", framework.id().value().toString(), "type", "A1");
            empty("activity-status", "code", status(framework.status()));
            dates();
            open("recipient-country");
            xml.writeAttribute("code", "ML");
            xml.writeAttribute("percentage", "100");
            text("narrative", "Mali");
            close();
            location();
            sectors();
            budgets();
            transactions();
            close();
        }

        private String description(Words words) {
            Locale locale = words.locale();
            String sectors = String.join(", ", framework.prioritySectors().stream()
                    .map(s -> rules.sectorLabel(s, locale).orElse(s.code())).toList());
            StringBuilder text = new StringBuilder(words.get("iati.description", dossier.commune().name(), sectors));
            framework.deliberation().ifPresent(d -> text.append(' ').append(words.get("iati.description.established",
                    words.date(framework.establishedOn().orElse(d.date())), d.number())));
            long held = dossier.meetings().stream().filter(m -> m.isHeld()).count();
            text.append(' ').append(words.get("iati.description.cycles", dossier.plans().size(), held));
            return text.toString();
        }

        private void participants() throws XMLStreamException {
            Map<OrganisationId, Set<String>> roles = new LinkedHashMap<>();
            for (Membership membership : framework.memberships()) {
                roles.computeIfAbsent(membership.organisation(), o -> new TreeSet<>());
            }
            for (Action action : dossier.actions()) {
                roles.computeIfAbsent(action.responsible(), o -> new TreeSet<>()).add(IMPLEMENTING);
                for (CostShare share : action.costShares()) {
                    if (!share.pledged().isZero()) {
                        roles.computeIfAbsent(share.party(), o -> new TreeSet<>()).add(FUNDING);
                    }
                }
            }
            boolean accountable = false;
            for (Map.Entry<OrganisationId, Set<String>> entry : roles.entrySet()) {
                if (dossier.categoryOf(entry.getKey()) == PartyCategory.MUNICIPALITY) {
                    entry.getValue().add(ACCOUNTABLE);
                    accountable = true;
                }
                if (entry.getValue().isEmpty()) {
                    entry.getValue().add(IMPLEMENTING);
                }
            }
            if (!accountable) {
                participant(ACCOUNTABLE, LOCAL_GOVERNMENT,
                        new Words(Locale.FRENCH).get("iati.commune", dossier.commune().name()));
            }
            for (Map.Entry<OrganisationId, Set<String>> entry : roles.entrySet()) {
                Organisation organisation = dossier.organisation(entry.getKey());
                for (String role : entry.getValue()) {
                    participant(role, type(organisation.kind()), organisation.name());
                }
            }
        }

        private void participant(String role, String type, String name) throws XMLStreamException {
            open("participating-org");
            xml.writeAttribute("role", role);
            xml.writeAttribute("type", type);
            text("narrative", name);
            close();
        }

        private void dates() throws XMLStreamException {
            Optional<LocalDate> established = framework.establishedOn();
            if (established.isPresent()) {
                empty("activity-date", "type", "2", "iso-date", established.get().toString());
            } else {
                empty("activity-date", "type", "1", "iso-date", framework.proposedOn().toString());
            }
            Optional<LocalDate> dissolved = framework.history().stream()
                    .filter(c -> c.status() == FrameworkStatus.DISSOLVED).map(StatusChange::on).findFirst();
            if (dissolved.isPresent()) {
                empty("activity-date", "type", "4", "iso-date", dissolved.get().toString());
            } else if (!dossier.plans().isEmpty()) {
                LocalDate end = dossier.plans().get(dossier.plans().size() - 1).period().end();
                empty("activity-date", "type", "3", "iso-date", end.toString());
            }
        }

        private void location() throws XMLStreamException {
            open("location");
            open("name");
            text("narrative", dossier.commune().name());
            close();
            if (dossier.commune().location().isPresent()) {
                open("point");
                xml.writeAttribute("srsName", "http://www.opengis.net/def/crs/EPSG/0/4326");
                var point = dossier.commune().location().get();
                text("pos", point.latitude() + " " + point.longitude());
                close();
            }
            close();
        }

        private void sectors() throws XMLStreamException {
            Map<DacSectors.Purpose, Long> weights = new LinkedHashMap<>();
            for (Sector sector : framework.prioritySectors()) {
                weights.put(DacSectors.of(sector), 0L);
            }
            for (Action action : actionsInXof()) {
                weights.merge(DacSectors.of(action.sector()), budgeted(action), Long::sum);
            }
            List<DacSectors.Purpose> purposes = new ArrayList<>(weights.keySet());
            long[] basisPoints = Shares.of(purposes.stream().mapToLong(weights::get).toArray(), 10_000);
            for (int i = 0; i < purposes.size(); i++) {
                DacSectors.Purpose purpose = purposes.get(i);
                open("sector");
                xml.writeAttribute("vocabulary", "1");
                xml.writeAttribute("code", purpose.code());
                xml.writeAttribute("percentage", Shares.percent(basisPoints[i]));
                for (Locale locale : Words.LANGUAGES) {
                    narrative(locale.getLanguage(), purpose.name(locale));
                }
                close();
            }
        }

        private void budgets() throws XMLStreamException {
            for (ActionPlan plan : dossier.plans()) {
                long value = plan.actions().stream().filter(IatiActivities::inXof).mapToLong(IatiActivities::budgeted).sum();
                open("budget");
                xml.writeAttribute("type", "1");
                xml.writeAttribute("status", "1");
                empty("period-start", "iso-date", plan.period().start().toString());
                empty("period-end", "iso-date", plan.period().end().toString());
                value(value, plan.period().start());
                close();
            }
        }

        private void transactions() throws XMLStreamException {
            for (ActionPlan plan : dossier.plans()) {
                LocalDate day = plan.review().map(r -> r.reviewedOn()).orElse(today);
                for (Action action : plan.actions()) {
                    if (!inXof(action)) {
                        continue;
                    }
                    for (CostShare share : action.costShares()) {
                        if (!share.delivered().isZero()) {
                            transaction(action, share, day);
                        }
                    }
                }
            }
        }

        private void transaction(Action action, CostShare share, LocalDate day) throws XMLStreamException {
            open("transaction");
            empty("transaction-type", "code", INCOMING_FUNDS);
            empty("transaction-date", "iso-date", day.toString());
            value(share.delivered().amount(), day);
            narratives("description", null, words -> words.get(
                    share.form() == ContributionForm.CASH ? "iati.transaction.cash" : "iati.transaction.in-kind",
                    action.title(), plan(action)));
            Organisation provider = dossier.organisation(share.party());
            open("provider-org");
            xml.writeAttribute("type", type(provider.kind()));
            text("narrative", provider.name());
            close();
            Organisation receiver = dossier.organisation(action.responsible());
            open("receiver-org");
            xml.writeAttribute("type", type(receiver.kind()));
            text("narrative", receiver.name());
            close();
            close();
        }

        private int plan(Action action) {
            return dossier.plans().stream().filter(p -> p.findAction(action.id()).isPresent())
                    .mapToInt(ActionPlan::cycle).findFirst().orElse(0);
        }

        private List<Action> actionsInXof() {
            return dossier.actions().stream().filter(IatiActivities::inXof).toList();
        }

        private void value(long amount, LocalDate valueDate) throws XMLStreamException {
            open("value");
            xml.writeAttribute("currency", Money.XOF);
            xml.writeAttribute("value-date", valueDate.toString());
            xml.writeCharacters(Long.toString(amount));
            xml.writeEndElement();
            depth--;
        }

        /** An element of narratives, one per language, with an optional {@code type}. */
        private void narratives(String element, String type, java.util.function.Function<Words, String> text)
                throws XMLStreamException {
            open(element);
            if (type != null) {
                xml.writeAttribute("type", type);
            }
            for (Locale locale : Words.LANGUAGES) {
                narrative(locale.getLanguage(), text.apply(new Words(locale)));
            }
            close();
        }

        private void narrative(String language, String text) throws XMLStreamException {
            indent();
            xml.writeStartElement("narrative");
            xml.writeAttribute("xml", XML_NS, "lang", language);
            xml.writeCharacters(XmlText.clean(text));
            xml.writeEndElement();
        }

        private void open(String element) throws XMLStreamException {
            indent();
            xml.writeStartElement(element);
            depth++;
        }

        private void close() throws XMLStreamException {
            depth--;
            indent();
            xml.writeEndElement();
        }

        private void text(String element, String text) throws XMLStreamException {
            indent();
            xml.writeStartElement(element);
            xml.writeCharacters(XmlText.clean(text));
            xml.writeEndElement();
        }

        private void empty(String element, String... attributes) throws XMLStreamException {
            indent();
            xml.writeEmptyElement(element);
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], XmlText.clean(attributes[i + 1]));
            }
        }

        private void indent() throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
    }

    private static boolean inXof(Action action) {
        return action.estimatedCost().currency().equals(Money.XOF);
    }

    /** What an action counts for in its plan's budget: its estimate, or what was delivered on it if carried over. */
    static long budgeted(Action action) {
        return action.status() == ActionStatus.CARRIED_OVER ? action.delivered().amount()
                : action.estimatedCost().amount();
    }

    /** IATI's activity status of a framework's. */
    static String status(FrameworkStatus status) {
        return switch (status) {
            case PROPOSED -> "1";
            case ESTABLISHED, ACTIVE -> "2";
            case SUSPENDED -> "6";
            case DISSOLVED -> "4";
        };
    }

    /** IATI's organisation type of an organisation's kind. */
    static String type(OrganisationKind kind) {
        return TYPES.get(kind);
    }

    private static final Map<OrganisationKind, String> TYPES = new EnumMap<>(Map.of(
            OrganisationKind.MUNICIPALITY, LOCAL_GOVERNMENT,
            OrganisationKind.COOPERATIVE, "72",
            OrganisationKind.GROUP, "72",
            OrganisationKind.ASSOCIATION, "72",
            OrganisationKind.UNION, "72",
            OrganisationKind.TECHNICAL_SERVICE, "10",
            OrganisationKind.TECHNICAL_FINANCIAL_PARTNER, "10",
            OrganisationKind.NGO, "24",
            OrganisationKind.SUPPORT_PROGRAMME, "10"));
}
