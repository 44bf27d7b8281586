package org.kafo.bench.rules;

import java.util.ArrayList;
import java.util.List;
import org.kafo.rules.Rule;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.Command;
import org.kafo.rules.command.ConveneMeeting;
import org.kafo.rules.command.EndMembership;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.PledgeContribution;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.command.RecordObstacle;
import org.kafo.rules.command.RegisterInPdesc;
import org.kafo.rules.command.ReviewPlan;
import org.kafo.rules.command.ReviseMandate;

/**
 * The lower bound: the catalogue's own check functions called directly, without the rule book's
 * dispatch. Each function is taken once from its definition and kept in a field of its exact
 * command type; a switch on the command calls those of its type in catalogue order. No lookup by
 * type, no severity override, no failure wrapping: each call site sees one function.
 */
public final class HandWrittenLoop implements Engine {

    private final RuleProfile profile = Catalogue.PROFILE;

    private final Rule<ProposeFramework> est2OnProposal = Catalogue.check("EST-2", ProposeFramework.class);
    private final Rule<EstablishFramework> est1 = Catalogue.check("EST-1", EstablishFramework.class);
    private final Rule<EstablishFramework> est2 = Catalogue.check("EST-2", EstablishFramework.class);
    private final Rule<EstablishFramework> est3OnEstablishment = Catalogue.check("EST-3", EstablishFramework.class);
    private final Rule<EstablishFramework> est4OnEstablishment = Catalogue.check("EST-4", EstablishFramework.class);
    private final Rule<AdmitMember> est4OnAdmission = Catalogue.check("EST-4", AdmitMember.class);
    private final Rule<EndMembership> est3OnDeparture = Catalogue.check("EST-3", EndMembership.class);
    private final Rule<EndMembership> est4OnDeparture = Catalogue.check("EST-4", EndMembership.class);
    private final Rule<RecordNeed> need2 = Catalogue.check("NEED-2", RecordNeed.class);
    private final Rule<ConveneMeeting> mon1OnConvocation = Catalogue.check("MON-1", ConveneMeeting.class);
    private final Rule<ConveneMeeting> cyc2 = Catalogue.check("CYC-2", ConveneMeeting.class);
    private final Rule<HoldMeeting> need1OnMeeting = Catalogue.check("NEED-1", HoldMeeting.class);
    private final Rule<HoldMeeting> mon3OnMeeting = Catalogue.check("MON-3", HoldMeeting.class);
    private final Rule<HoldMeeting> meet1OnMeeting = Catalogue.check("MEET-1", HoldMeeting.class);
    private final Rule<AdoptActionPlan> need1OnPlan = Catalogue.check("NEED-1", AdoptActionPlan.class);
    private final Rule<AdoptActionPlan> plan1 = Catalogue.check("PLAN-1", AdoptActionPlan.class);
    private final Rule<AdoptActionPlan> plan2 = Catalogue.check("PLAN-2", AdoptActionPlan.class);
    private final Rule<AdoptActionPlan> plan3 = Catalogue.check("PLAN-3", AdoptActionPlan.class);
    private final Rule<AdoptActionPlan> plan4OnAdoption = Catalogue.check("PLAN-4", AdoptActionPlan.class);
    private final Rule<AdoptActionPlan> plan5 = Catalogue.check("PLAN-5", AdoptActionPlan.class);
    private final Rule<AdoptActionPlan> plan6OnAdoption = Catalogue.check("PLAN-6", AdoptActionPlan.class);
    private final Rule<AdoptActionPlan> plan7OnAdoption = Catalogue.check("PLAN-7", AdoptActionPlan.class);
    private final Rule<AdoptActionPlan> mon2OnNextPlan = Catalogue.check("MON-2", AdoptActionPlan.class);
    private final Rule<AdoptActionPlan> cyc1OnNextPlan = Catalogue.check("CYC-1", AdoptActionPlan.class);
    private final Rule<AdoptActionPlan> meet1OnPlan = Catalogue.check("MEET-1", AdoptActionPlan.class);
    private final Rule<PledgeContribution> plan4OnPledge = Catalogue.check("PLAN-4", PledgeContribution.class);
    private final Rule<PledgeContribution> plan6OnPledge = Catalogue.check("PLAN-6", PledgeContribution.class);
    private final Rule<RegisterInPdesc> plan7OnRegistration = Catalogue.check("PLAN-7", RegisterInPdesc.class);
    private final Rule<InstallCommittee> mon1OnInstallation = Catalogue.check("MON-1", InstallCommittee.class);
    private final Rule<InstallCommittee> mon2OnInstallation = Catalogue.check("MON-2", InstallCommittee.class);
    private final Rule<InstallCommittee> meet1OnInstallation = Catalogue.check("MEET-1", InstallCommittee.class);
    private final Rule<ReviseMandate> mon2OnRevision = Catalogue.check("MON-2", ReviseMandate.class);
    private final Rule<RecordObstacle> mon3OnObstacle = Catalogue.check("MON-3", RecordObstacle.class);
    private final Rule<ReviewPlan> cyc1OnReview = Catalogue.check("CYC-1", ReviewPlan.class);
    private final Rule<ReviewPlan> meet1OnReview = Catalogue.check("MEET-1", ReviewPlan.class);

    @Override
    public List<Verdict> check(Command command, Situation s) {
        List<Verdict> v = new ArrayList<>();
        switch (command) {
            case ProposeFramework c -> v.addAll(est2OnProposal.check(c, s, profile));
            case EstablishFramework c -> {
                v.addAll(est1.check(c, s, profile));
                v.addAll(est2.check(c, s, profile));
                v.addAll(est3OnEstablishment.check(c, s, profile));
                v.addAll(est4OnEstablishment.check(c, s, profile));
            }
            case AdmitMember c -> v.addAll(est4OnAdmission.check(c, s, profile));
            case EndMembership c -> {
                v.addAll(est3OnDeparture.check(c, s, profile));
                v.addAll(est4OnDeparture.check(c, s, profile));
            }
            case RecordNeed c -> v.addAll(need2.check(c, s, profile));
            case ConveneMeeting c -> {
                v.addAll(mon1OnConvocation.check(c, s, profile));
                v.addAll(cyc2.check(c, s, profile));
            }
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
            case ReviseMandate c -> v.addAll(mon2OnRevision.check(c, s, profile));
            case RecordObstacle c -> v.addAll(mon3OnObstacle.check(c, s, profile));
            case ReviewPlan c -> {
                v.addAll(cyc1OnReview.check(c, s, profile));
                v.addAll(meet1OnReview.check(c, s, profile));
            }
            default -> {
                // no catalogue rule watches it
            }
        }
        return v;
    }
}
