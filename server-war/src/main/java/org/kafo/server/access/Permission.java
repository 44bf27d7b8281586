package org.kafo.server.access;

import static org.kafo.server.access.Role.COMMITTEE_MEMBER;
import static org.kafo.server.access.Role.COMMUNE_OFFICER;
import static org.kafo.server.access.Role.ORGANISATION_REPRESENTATIVE;
import static org.kafo.server.access.Role.PARTNER_OBSERVER;
import static org.kafo.server.access.Role.TECHNICAL_SERVICE;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Everything a request can do, and who may: the whole access policy as one table. A framework's
 * operations name the roles that may do them for any party ({@link #anyParty()}) and the roles
 * that may do them only for the organisation their grant binds them to ({@link #ownOrganisation()});
 * platform operations are the administrator's or, for reading the directory and the rules in force and
 * changing one's own password, any signed-in user's.
 * The administrator manages accounts, territory and organisations and sees which frameworks exist,
 * but is no party: it neither reads a framework's work nor acts in it.
 */
public enum Permission {

    // The platform: territory, organisations, accounts
    READ_DIRECTORY(Scope.SIGNED_IN),
    /** The rules in force and their profile: what every party's requests are judged by. */
    READ_RULES(Scope.SIGNED_IN),
    /** One's own password, giving the current one. */
    CHANGE_OWN_PASSWORD(Scope.SIGNED_IN),
    /** The history of what happened outside any framework: territory, organisations, accounts, commune-wide roles. */
    READ_PLATFORM_HISTORY(Scope.ADMINISTRATOR),
    MANAGE_TERRITORY(Scope.ADMINISTRATOR),
    MANAGE_ACCOUNTS(Scope.ADMINISTRATOR),
    /** The administrator, or a commune officer for an organisation of the commune. */
    REGISTER_ORGANISATION(Scope.COMMUNE, true, any(COMMUNE_OFFICER), none()),
    /** The administrator, a commune officer of its commune, or its own representative. */
    UPDATE_ORGANISATION(Scope.COMMUNE, true, any(COMMUNE_OFFICER), own(ORGANISATION_REPRESENTATIVE)),

    // A commune's frameworks
    PROPOSE_FRAMEWORK(Scope.COMMUNE, false, any(COMMUNE_OFFICER), none()),
    /** The framework itself (name, status, sectors): its parties, and the administrator who grants roles in it. */
    READ_FRAMEWORK_SUMMARY(Scope.FRAMEWORK, true, every(), none()),
    READ_FRAMEWORK(Scope.FRAMEWORK, false, every(), none()),
    READ_HISTORY(Scope.FRAMEWORK, false, every(), none()),
    ESTABLISH_FRAMEWORK(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), none()),
    /** Suspending, resuming or dissolving it: the commune's, as establishing it is. */
    CHANGE_FRAMEWORK_STATUS(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), none()),
    /** A later deliberation (renewal, change of sectors, dissolution): the commune's, as establishing it is. */
    RECORD_DELIBERATION(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), none()),
    ADMIT_MEMBER(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), none()),
    /** The commune officer, who admitted the member with its representatives; a representative, its own. */
    CHANGE_REPRESENTATIVES(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), own(ORGANISATION_REPRESENTATIVE)),
    END_MEMBERSHIP(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), none()),
    RECORD_NEED(Scope.FRAMEWORK, false, none(), own(ORGANISATION_REPRESENTATIVE)),
    WITHDRAW_NEED(Scope.FRAMEWORK, false, none(), own(ORGANISATION_REPRESENTATIVE)),
    /** Corrected by whoever may record it: the representatives of the organisation that raised it. */
    CORRECT_NEED(Scope.FRAMEWORK, false, none(), own(ORGANISATION_REPRESENTATIVE)),
    CONVENE_MEETING(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), none()),
    RECORD_ATTENDANCE(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), none()),
    HOLD_MEETING(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), none()),
    RECORD_MINUTES(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), none()),
    /** The commune organises the meetings: it moves one to a later day, or calls it off. */
    POSTPONE_MEETING(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), none()),
    CANCEL_MEETING(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), none()),
    /** Each party approves the minutes for itself. */
    APPROVE_MINUTES(Scope.FRAMEWORK, false, none(), own(COMMUNE_OFFICER, ORGANISATION_REPRESENTATIVE)),
    ADOPT_PLAN(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), none()),
    REVIEW_PLAN(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), none()),
    REGISTER_IN_PDESC(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), none()),
    /** The commune officer records what any party pledged at the meeting; a representative, its own. */
    PLEDGE(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), own(ORGANISATION_REPRESENTATIVE)),
    DELIVER(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), own(ORGANISATION_REPRESENTATIVE)),
    /** The committee follows every action; a party, the actions it is responsible for. */
    CHANGE_ACTION_STATUS(Scope.FRAMEWORK, false, any(COMMITTEE_MEMBER), own(COMMUNE_OFFICER, ORGANISATION_REPRESENTATIVE)),
    NOTE_PROGRESS(Scope.FRAMEWORK, false, any(COMMITTEE_MEMBER), own(COMMUNE_OFFICER, ORGANISATION_REPRESENTATIVE)),
    INSTALL_COMMITTEE(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), none()),
    REVISE_MANDATE(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), none()),
    /** Committee members join and leave once it is installed: the commune's, as installing it is. */
    ADD_COMMITTEE_MEMBER(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), none()),
    REMOVE_COMMITTEE_MEMBER(Scope.FRAMEWORK, false, any(COMMUNE_OFFICER), none()),
    FILE_REPORT(Scope.FRAMEWORK, false, any(COMMITTEE_MEMBER), none()),
    RECORD_OBSTACLE(Scope.FRAMEWORK, false, any(COMMITTEE_MEMBER), none()),
    RESOLVE_OBSTACLE(Scope.FRAMEWORK, false, any(COMMITTEE_MEMBER), none());

    /** Where an operation applies. */
    public enum Scope {
        /** Anyone signed in. */
        SIGNED_IN,
        /** The administrator only. */
        ADMINISTRATOR,
        /** A commune: the administrator, or the roles of a grant in that commune. */
        COMMUNE,
        /** One framework: the roles granted there. */
        FRAMEWORK
    }

    private final Scope scope;
    private final boolean administrator;
    private final Set<Role> anyParty;
    private final Set<Role> ownOrganisation;

    Permission(Scope scope) {
        this(scope, true, none(), none());
    }

    Permission(Scope scope, boolean administrator, Set<Role> anyParty, Set<Role> ownOrganisation) {
        this.scope = scope;
        this.administrator = administrator;
        this.anyParty = anyParty;
        this.ownOrganisation = ownOrganisation;
    }

    public Scope scope() {
        return scope;
    }

    /** The roles that may do it whichever party it concerns. */
    public Set<Role> anyParty() {
        return anyParty;
    }

    /** The roles that may do it for the organisation their grant names, and for no other. */
    public Set<Role> ownOrganisation() {
        return ownOrganisation;
    }

    /** Whether the administrator, who is no party, may do it. */
    public boolean administrator() {
        return administrator;
    }

    /** Its name in the history: {@code adopt-plan}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Set<Role> any(Role first, Role... more) {
        return EnumSet.of(first, more);
    }

    private static Set<Role> own(Role first, Role... more) {
        return EnumSet.of(first, more);
    }

    private static Set<Role> every() {
        return EnumSet.allOf(Role.class);
    }

    private static Set<Role> none() {
        return EnumSet.noneOf(Role.class);
    }
}
