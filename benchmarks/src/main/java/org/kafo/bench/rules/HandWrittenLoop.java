package org.kafo.bench.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.kafo.rules.Rule;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.command.AddCommitteeMember;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.CancelMeeting;
import org.kafo.rules.command.ConveneMeeting;
import org.kafo.rules.command.CorrectNeed;
import org.kafo.rules.command.DissolveFramework;
import org.kafo.rules.command.EndMembership;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.FollowUp;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.PledgeContribution;
import org.kafo.rules.command.PostponeMeeting;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.command.RecordDeliberation;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.command.RecordObstacle;
import org.kafo.rules.command.RegisterInPdesc;
import org.kafo.rules.command.RemoveCommitteeMember;
import org.kafo.rules.command.ReviewPlan;
import org.kafo.rules.command.ReviseMandate;

/**
 * The lower bound: the catalogue's own check functions called directly, without the rule book's
 * dispatch. Each function is taken once from its definition and kept in a field of its exact
 * command type; a switch on the command calls those of its type in catalogue order. No lookup by
 * type, no severity override, no failure wrapping: each call site sees one function. It takes
 * every check of the catalogue (the constructor fails if one is missing), so it does the rule
 * book's work minus the dispatch, whether or not the generated set has commands of each type.
 */
public final class HandWrittenLoop implements Engine {

    private final RuleProfile profile = Catalogue.PROFILE;

    /** The checks taken, as {@code id on Type}: the constructor compares them with the catalogue's. */
    private final Set<String> taken = new HashSet<>();

    private final Rule<ProposeFramework> est2OnProposal = take("EST-2", ProposeFramework.class);
    private final Rule<EstablishFramework> est1 = take("EST-1", EstablishFramework.class);
    private final Rule<EstablishFramework> est2 = take("EST-2", EstablishFramework.class);
    private final Rule<EstablishFramework> est3OnEstablishment = take("EST-3", EstablishFramework.class);
    private final Rule<EstablishFramework> est4OnEstablishment = take("EST-4", EstablishFramework.class);
    private final Rule<EstablishFramework> gov2OnEstablishment = take("GOV-2", EstablishFramework.class);
    private final Rule<AdmitMember> est4OnAdmission = take("EST-4", AdmitMember.class);
    private final Rule<EndMembership> est3OnDeparture = take("EST-3", EndMembership.class);
    private final Rule<EndMembership> est4OnDeparture = take("EST-4", EndMembership.class);
    private final Rule<EndMembership> mon4OnDeparture = take("MON-4", EndMembership.class);
    private final Rule<RecordDeliberation> est2OnDeliberation = take("EST-2", RecordDeliberation.class);
    private final Rule<RecordDeliberation> est3OnDeliberation = take("EST-3", RecordDeliberation.class);
    private final Rule<RecordDeliberation> gov1OnDeliberation = take("GOV-1", RecordDeliberation.class);
    private final Rule<RecordDeliberation> gov2OnDeliberation = take("GOV-2", RecordDeliberation.class);
    private final Rule<DissolveFramework> gov1OnDissolution = take("GOV-1", DissolveFramework.class);
    private final Rule<RecordNeed> need2 = take("NEED-2", RecordNeed.class);
    private final Rule<CorrectNeed> need2OnCorrection = take("NEED-2", CorrectNeed.class);
    private final Rule<CorrectNeed> need3 = take("NEED-3", CorrectNeed.class);
    private final Rule<ConveneMeeting> mon1OnConvocation = take("MON-1", ConveneMeeting.class);
    private final Rule<ConveneMeeting> cyc2 = take("CYC-2", ConveneMeeting.class);
    private final Rule<PostponeMeeting> cyc2OnPostponement = take("CYC-2", PostponeMeeting.class);
    private final Rule<PostponeMeeting> meet2OnPostponement = take("MEET-2", PostponeMeeting.class);
    private final Rule<CancelMeeting> meet2OnCancellation = take("MEET-2", CancelMeeting.class);
    private final Rule<HoldMeeting> need1OnMeeting = take("NEED-1", HoldMeeting.class);
    private final Rule<HoldMeeting> mon3OnMeeting = take("MON-3", HoldMeeting.class);
    private final Rule<HoldMeeting> meet1OnMeeting = take("MEET-1", HoldMeeting.class);
    private final Rule<AdoptActionPlan> need1OnPlan = take("NEED-1", AdoptActionPlan.class);
    private final Rule<AdoptActionPlan> plan1 = take("PLAN-1", AdoptActionPlan.class);
    private final Rule<AdoptActionPlan> plan2 = take("PLAN-2", AdoptActionPlan.class);
    private final Rule<AdoptActionPlan> plan3 = take("PLAN-3", AdoptActionPlan.class);
    private final Rule<AdoptActionPlan> plan4OnAdoption = take("PLAN-4", AdoptActionPlan.class);
    private final Rule<AdoptActionPlan> plan5 = take("PLAN-5", AdoptActionPlan.class);
    private final Rule<AdoptActionPlan> plan6OnAdoption = take("PLAN-6", AdoptActionPlan.class);
    private final Rule<AdoptActionPlan> plan7OnAdoption = take("PLAN-7", AdoptActionPlan.class);
    private final Rule<AdoptActionPlan> mon2OnNextPlan = take("MON-2", AdoptActionPlan.class);
    private final Rule<AdoptActionPlan> cyc1OnNextPlan = take("CYC-1", AdoptActionPlan.class);
    private final Rule<AdoptActionPlan> meet1OnPlan = take("MEET-1", AdoptActionPlan.class);
    private final Rule<PledgeContribution> plan4OnPledge = take("PLAN-4", PledgeContribution.class);
    private final Rule<PledgeContribution> plan6OnPledge = take("PLAN-6", PledgeContribution.class);
    private final Rule<RegisterInPdesc> plan7OnRegistration = take("PLAN-7", RegisterInPdesc.class);
    private final Rule<InstallCommittee> mon1OnInstallation = take("MON-1", InstallCommittee.class);
    private final Rule<InstallCommittee> mon2OnInstallation = take("MON-2", InstallCommittee.class);
    private final Rule<InstallCommittee> meet1OnInstallation = take("MEET-1", InstallCommittee.class);
    private final Rule<RemoveCommitteeMember> mon1OnRemoval = take("MON-1", RemoveCommitteeMember.class);
    private final Rule<AddCommitteeMember> mon4OnJoining = take("MON-4", AddCommitteeMember.class);
    private final Rule<ReviseMandate> mon2OnRevision = take("MON-2", ReviseMandate.class);
    private final Rule<RecordObstacle> mon3OnObstacle = take("MON-3", RecordObstacle.class);
    private final Rule<ReviewPlan> cyc1OnReview = take("CYC-1", ReviewPlan.class);
    private final Rule<ReviewPlan> meet1OnReview = take("MEET-1", ReviewPlan.class);
    private final Rule<FollowUp> cyc3 = take("CYC-3", FollowUp.class);

    public HandWrittenLoop() {
        Set<String> missing = new TreeSet<>();
        for (RuleDefinition definition : Catalogue.DEFINITIONS) {
            definition.checks().keySet().forEach(type -> missing.add(name(definition.id(), type)));
        }
        missing.removeAll(taken);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the hand-written loop lacks checks of the catalogue: " + missing);
        }
    }

    @Override
    public List<Verdict> check(Object command, Situation s) {
        List<Verdict> v = new ArrayList<>();
        switch (command) {
            case ProposeFramework c -> v.addAll(est2OnProposal.check(c, s, profile));
            case EstablishFramework c -> {
                v.addAll(est1.check(c, s, profile));
                v.addAll(est2.check(c, s, profile));
                v.addAll(est3OnEstablishment.check(c, s, profile));
                v.addAll(est4OnEstablishment.check(c, s, profile));
                v.addAll(gov2OnEstablishment.check(c, s, profile));
            }
            case AdmitMember c -> v.addAll(est4OnAdmission.check(c, s, profile));
            case EndMembership c -> {
                v.addAll(est3OnDeparture.check(c, s, profile));
                v.addAll(est4OnDeparture.check(c, s, profile));
                v.addAll(mon4OnDeparture.check(c, s, profile));
            }
            case RecordDeliberation c -> {
                v.addAll(est2OnDeliberation.check(c, s, profile));
                v.addAll(est3OnDeliberation.check(c, s, profile));
                v.addAll(gov1OnDeliberation.check(c, s, profile));
                v.addAll(gov2OnDeliberation.check(c, s, profile));
            }
            case DissolveFramework c -> v.addAll(gov1OnDissolution.check(c, s, profile));
            case RecordNeed c -> v.addAll(need2.check(c, s, profile));
            case CorrectNeed c -> {
                v.addAll(need2OnCorrection.check(c, s, profile));
                v.addAll(need3.check(c, s, profile));
            }
            case ConveneMeeting c -> {
                v.addAll(mon1OnConvocation.check(c, s, profile));
                v.addAll(cyc2.check(c, s, profile));
            }
            case PostponeMeeting c -> {
                v.addAll(cyc2OnPostponement.check(c, s, profile));
                v.addAll(meet2OnPostponement.check(c, s, profile));
            }
            case CancelMeeting c -> v.addAll(meet2OnCancellation.check(c, s, profile));
            case HoldMeeting c -> {
                v.addAll(need1OnMeeting.check(c, s, profile));
                v.addAll(mon3OnMeeting.check(c, s, profile));
                v.addAll(meet1OnMeeting.check(c, s, profile));
            }
            case AdoptActionPlan c -> {
                v.addAll(need1OnPlan.check(c, s, profile));
                v.addAll(plan1.check(c, s, profile));
                v.addAll(plan2.check(c, s, profile));
                v.addAll(plan3.check(c, s, profile));
                v.addAll(plan4OnAdoption.check(c, s, profile));
                v.addAll(plan5.check(c, s, profile));
                v.addAll(plan6OnAdoption.check(c, s, profile));
                v.addAll(plan7OnAdoption.check(c, s, profile));
                v.addAll(mon2OnNextPlan.check(c, s, profile));
                v.addAll(cyc1OnNextPlan.check(c, s, profile));
                v.addAll(meet1OnPlan.check(c, s, profile));
            }
            case PledgeContribution c -> {
                v.addAll(plan4OnPledge.check(c, s, profile));
                v.addAll(plan6OnPledge.check(c, s, profile));
            }
            case RegisterInPdesc c -> v.addAll(plan7OnRegistration.check(c, s, profile));
            case InstallCommittee c -> {
                v.addAll(mon1OnInstallation.check(c, s, profile));
                v.addAll(mon2OnInstallation.check(c, s, profile));
                v.addAll(meet1OnInstallation.check(c, s, profile));
            }
            case RemoveCommitteeMember c -> v.addAll(mon1OnRemoval.check(c, s, profile));
            case AddCommitteeMember c -> v.addAll(mon4OnJoining.check(c, s, profile));
            case ReviseMandate c -> v.addAll(mon2OnRevision.check(c, s, profile));
            case RecordObstacle c -> v.addAll(mon3OnObstacle.check(c, s, profile));
            case ReviewPlan c -> {
                v.addAll(cyc1OnReview.check(c, s, profile));
                v.addAll(meet1OnReview.check(c, s, profile));
            }
            case FollowUp c -> v.addAll(cyc3.check(c, s, profile));
            default -> {
                // no catalogue rule watches it
            }
        }
        return v;
    }

    private <C> Rule<C> take(String id, Class<C> type) {
        taken.add(name(id, type));
        return Catalogue.check(id, type);
    }

    private static String name(String id, Class<?> type) {
        return id + " on " + type.getSimpleName();
    }
}
