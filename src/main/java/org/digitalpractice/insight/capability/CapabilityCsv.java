package org.digitalpractice.insight.capability;

import org.digitalpractice.assessment.framework.Rating;
import org.digitalpractice.infrastructure.Csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The capability picture's table of areas as CSV, under the page's own rule: nothing below {@link Threshold}. A
 * picture with too few people gives no figure at all, not even how many people there were, and an area with too
 * few gives its name and the reason only.
 */
final class CapabilityCsv {

    static final List<Rating> LEVELS = List.of(Rating.NOT_YET, Rating.AWARE, Rating.PRACTISING, Rating.LEADING);
    static final String TOO_FEW = "Not enough responses to show without identifying people";

    private CapabilityCsv() {
    }

    static String of(TeamPicture picture) {
        var header = new ArrayList<String>(List.of("Area", "People"));
        LEVELS.forEach(level -> header.add(level.label()));
        header.add("Mean (0 to 3)");
        var out = new StringBuilder(Csv.row(header));
        if (!picture.shown()) {
            return out.append(Csv.row(List.of(TOO_FEW + ": the picture appears when at least "
                    + Threshold.MINIMUM_PEOPLE + " people have submitted a self-assessment."))).toString();
        }
        for (var area : picture.areas()) {
            var row = new ArrayList<String>(List.of(area.code() + ". " + area.title()));
            if (area.shown()) {
                row.add(String.valueOf(area.people()));
                LEVELS.forEach(level -> row.add(String.valueOf(area.atLevel(level))));
                row.add(area.meanShown());
            } else {
                row.add(TOO_FEW);
            }
            out.append(Csv.row(row));
        }
        return out.toString();
    }
}
