package org.digitalpractice.placing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.digitalpractice.assessment.framework.FrameworkLoader;
import org.digitalpractice.catalogue.versions.Catalogue;
import org.digitalpractice.catalogue.PcfDomain;
import org.digitalpractice.session.people.Placement;

import java.util.ArrayList;
import java.util.List;

/** What a council's trainer may place: its published modules, then the self-assessment when there is one. */
@ApplicationScoped
public class Activities {

    @Inject
    Catalogue catalogue;
    @Inject
    FrameworkLoader frameworks;

    public List<Activity> forCouncil(long deploymentRef) {
        var activities = new ArrayList<Activity>();
        for (var offered : catalogue.forCouncil(deploymentRef)) {
            var module = offered.module();
            activities.add(new Activity(offered.slug(), module.title(), module.summary(), module.minutes(),
                    module.pcfDomains().stream().map(n -> PcfDomain.numbered(n).map(PcfDomain::label)
                            .orElse("Domain " + n)).toList(),
                    "/learn/modules/" + offered.slug(), false));
        }
        frameworks.current().ifPresent(loaded -> {
            var framework = loaded.framework();
            activities.add(new Activity(Placement.SELF_ASSESSMENT, framework.title(),
                    "Learners rate their own digital capability in " + framework.domains().size()
                            + " areas, answer short scenarios and get a personal profile with modules to take next. "
                            + "Nobody else sees their answers.",
                    framework.minutes(), framework.domains().stream().map(d -> d.title()).toList(), "/assess", true));
        });
        return activities;
    }
}
