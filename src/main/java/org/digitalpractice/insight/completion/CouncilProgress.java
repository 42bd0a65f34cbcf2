package org.digitalpractice.insight.completion;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.digitalpractice.catalogue.versions.CatalogueEntry;
import org.digitalpractice.infrastructure.Database;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completion over a whole council (one deployment): for each course and each module placed in it, how many of the
 * learners now on the course's roster have completed it; and the completions month by month. Two grouped queries.
 */
@ApplicationScoped
public class CouncilProgress {

    static final int TREND_MONTHS = 12;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    /** One module placed in one course: learners on the course now, and how many of them completed it. */
    public record Cell(long courseRef, long placementRef, String activity, String slug, int learners, int completed) {
    }

    /** Completions of any module in the council in one calendar month (UTC). */
    public record Month(YearMonth month, int completions) {
    }

    public List<Cell> cells(long deploymentRef) {
        var cells = new ArrayList<Cell>();
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select p.course_ref, p.id, coalesce(p.title, p.module_slug), "
                     + "p.module_slug, count(distinct rm.user_id), "
                     + "count(distinct case when mp.id is not null then rm.user_id end) "
                     + "from placement p join course c on c.id = p.course_ref "
                     + "left join roster_member rm on rm.course_ref = p.course_ref and rm.left_at is null "
                     + "and rm.roles like ? "
                     + "left join app_user u on u.deployment_ref = c.deployment_ref and u.subject = rm.user_id "
                     + "left join training_module tm on tm.slug = p.module_slug and (tm.owner = ? or tm.owner = ?) "
                     + "left join module_progress mp on mp.user_ref = u.id and mp.module_ref = tm.id "
                     + "and mp.completed_at is not null "
                     + "where c.deployment_ref = ? and p.module_slug is not null and p.module_slug <> 'self-assessment' "
                     + "group by p.course_ref, p.id, p.title, p.module_slug order by p.course_ref, p.id")) {
            query.setString(1, CompletionMatrix.LEARNER_ROLE);
            query.setString(2, CatalogueEntry.LIBRARY);
            query.setString(3, CatalogueEntry.ownerOf(deploymentRef));
            query.setLong(4, deploymentRef);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    cells.add(new Cell(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getInt(5), rows.getInt(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the council's completion", e);
        }
        return cells;
    }

    /** The last twelve months up to {@code now}, oldest first, months without completions included. */
    public List<Month> trend(long deploymentRef, YearMonth now) {
        var counts = new LinkedHashMap<YearMonth, Integer>();
        var first = now.minusMonths(TREND_MONTHS - 1);
        for (int i = 0; i < TREND_MONTHS; i++) {
            counts.put(first.plusMonths(i), 0);
        }
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select extract(year from completed_at), "
                     + "extract(month from completed_at), count(*) from module_progress "
                     + "where deployment_ref = ? and completed_at >= ? "
                     + "group by extract(year from completed_at), extract(month from completed_at)")) {
            query.setLong(1, deploymentRef);
            query.setTimestamp(2, java.sql.Timestamp.valueOf(first.atDay(1).atStartOfDay()));
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    var month = YearMonth.of(rows.getInt(1), rows.getInt(2));
                    int completions = rows.getInt(3);
                    counts.computeIfPresent(month, (m, c) -> c + completions);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the council's completion trend", e);
        }
        return counts.entrySet().stream().map(e -> new Month(e.getKey(), e.getValue())).toList();
    }

    /** Per module (by slug) over every course that places it: learners counted once per course. */
    public static Map<String, int[]> byModule(List<Cell> cells) {
        var totals = new LinkedHashMap<String, int[]>();
        for (var cell : cells) {
            var total = totals.computeIfAbsent(cell.slug(), s -> new int[2]);
            total[0] += cell.learners();
            total[1] += cell.completed();
        }
        return totals;
    }
}
