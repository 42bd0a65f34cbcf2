package org.digitalpractice.insight.completion;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the lead asked of the course page, read from its query string: filter by status, by module and to the
 * overdue, search by name, sort, and page. Done on the server, so the page works without JavaScript; unknown
 * values are ignored rather than refused, as a filter form should be forgiving.
 */
public record MatrixQuery(Optional<CompletionStatus> status, Optional<Long> module, boolean overdueOnly,
                          String search, String sort, boolean descending, int page, Optional<String> team) {

    public static final int PAGE_SIZE = 50;
    /** The sort key of the self-assessment's column. */
    public static final String SELF_ASSESSMENT = "self-assessment";

    public static MatrixQuery of(String status, String module, String overdue, String search, String sort,
                                 String direction, String page) {
        return of(status, module, overdue, search, sort, direction, page, null);
    }

    /**
     * With the team chosen: the team is checked against the course's teams by {@code CourseGroups} (an unknown one
     * is refused, not ignored, since the page would otherwise show everyone under a team's name).
     */
    public static MatrixQuery of(String status, String module, String overdue, String search, String sort,
                                 String direction, String page, String team) {
        return new MatrixQuery(
                Optional.ofNullable(status).flatMap(CompletionStatus::ofCode),
                Optional.ofNullable(module).filter(m -> m.matches("\\d{1,18}")).map(Long::valueOf),
                "true".equals(overdue),
                search == null ? "" : search.strip(),
                sort != null && (sort.equals("completed") || sort.equals(SELF_ASSESSMENT)
                        || sort.matches("module-\\d{1,18}")) ? sort : "name",
                "desc".equals(direction),
                page != null && page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1,
                Optional.ofNullable(team).filter(t -> !t.isBlank()));
    }

    /** The columns shown: the chosen module's, or all (also when the chosen one is not in this course). */
    public List<Integer> shownColumns(List<Column> columns) {
        var all = new ArrayList<Integer>();
        var chosen = new ArrayList<Integer>();
        for (int i = 0; i < columns.size(); i++) {
            all.add(i);
            if (module.isPresent() && module.get() == columns.get(i).placementId()) {
                chosen.add(i);
            }
        }
        return chosen.isEmpty() ? all : chosen;
    }

    /** The rows that pass every filter, sorted. */
    public List<LearnerRow> apply(List<LearnerRow> rows, List<Column> columns) {
        var shown = shownColumns(columns);
        return rows.stream().filter(r -> keeps(r, shown)).sorted(comparator(columns)).toList();
    }

    /**
     * Whether a person passes the filters: their name or email holds the search, and one of the shown columns
     * has the status asked for (and is overdue, when only the overdue are asked for). The page and the CSV both ask.
     */
    public boolean keeps(LearnerRow row, List<Integer> shown) {
        var needle = search.toLowerCase(Locale.UK);
        return (needle.isEmpty() || row.displayName().toLowerCase(Locale.UK).contains(needle)
                || row.email().map(e -> e.toLowerCase(Locale.UK).contains(needle)).orElse(false))
                && (status.isEmpty() || shown.stream().anyMatch(i -> row.cells().get(i).status() == status.get()))
                && (!overdueOnly || shown.stream()
                .anyMatch(i -> row.cells().get(i).status() == CompletionStatus.OVERDUE));
    }

    Comparator<LearnerRow> comparator(List<Column> columns) {
        Comparator<LearnerRow> byName = Comparator.comparing((LearnerRow r) -> r.displayName().toLowerCase(Locale.UK))
                .thenComparing(LearnerRow::userId);
        Comparator<LearnerRow> chosen;
        if (sort.equals("completed")) {
            chosen = Comparator.comparingLong((LearnerRow r) -> r.count(CompletionStatus.COMPLETED));
        } else if (sort.equals(SELF_ASSESSMENT)) {
            // Ascending reads from those who have not done it to the most recent.
            chosen = Comparator.comparing((LearnerRow r) -> r.selfAssessed().orElse(Instant.MIN));
        } else if (sort.startsWith("module-")) {
            long placement = Long.parseLong(sort.substring("module-".length()));
            int index = -1;
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).placementId() == placement) {
                    index = i;
                }
            }
            if (index < 0) {
                chosen = byName;
            } else {
                int column = index;
                // Ascending reads from the most urgent (overdue) to done; ties by the date that explains them.
                chosen = Comparator.comparingInt((LearnerRow r) -> urgency(r.cells().get(column).status()))
                        .thenComparing(r -> r.cells().get(column).sortMoment());
            }
        } else {
            chosen = byName;
        }
        if (descending) {
            chosen = chosen.reversed();
        }
        return chosen.thenComparing(byName);
    }

    private static int urgency(CompletionStatus status) {
        return switch (status) {
            case OVERDUE -> 0;
            case NOT_STARTED -> 1;
            case IN_PROGRESS -> 2;
            case COMPLETED -> 3;
        };
    }

    /** The rows of the current page. */
    public List<LearnerRow> page(List<LearnerRow> rows) {
        int from = Math.min((page - 1) * PAGE_SIZE, rows.size());
        return rows.subList(from, Math.min(from + PAGE_SIZE, rows.size()));
    }

    public static int pages(int rows) {
        return Math.max(1, (rows + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The query string of this query with some values changed, for sort headers and page links. */
    public String with(Map<String, String> changes) {
        var values = new LinkedHashMap<String, String>();
        team.ifPresent(t -> values.put("team", t));
        status.ifPresent(s -> values.put("status", s.code()));
        module.ifPresent(m -> values.put("module", String.valueOf(m)));
        if (overdueOnly) {
            values.put("overdue", "true");
        }
        if (!search.isEmpty()) {
            values.put("q", search);
        }
        if (!sort.equals("name")) {
            values.put("sort", sort);
        }
        if (descending) {
            values.put("dir", "desc");
        }
        if (page > 1) {
            values.put("page", String.valueOf(page));
        }
        changes.forEach((k, v) -> {
            if (v == null) {
                values.remove(k);
            } else {
                values.put(k, v);
            }
        });
        var query = new StringBuilder();
        values.forEach((k, v) -> query.append(query.isEmpty() ? "?" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return query.toString();
    }

    /** The link of a sortable header: ascending first, then the other way; back to page 1. */
    public String sortLink(String key) {
        var changes = new java.util.HashMap<String, String>();
        changes.put("sort", key.equals("name") ? null : key);
        changes.put("dir", sort.equals(key) && !descending ? "desc" : null);
        changes.put("page", null);
        return with(changes);
    }

    /** The filters alone, for the CSV of what the page shows: the CSV is in name order and has every page. */
    public String filtersOnly() {
        var changes = new java.util.HashMap<String, String>();
        changes.put("sort", null);
        changes.put("dir", null);
        changes.put("page", null);
        return with(changes);
    }

    /** Whether any filter narrows the people shown. */
    public boolean filtered() {
        return status.isPresent() || module.isPresent() || overdueOnly || !search.isEmpty() || team.isPresent();
    }

    /** The link to another page of the same rows. */
    public String pageLink(int number) {
        var changes = new java.util.HashMap<String, String>();
        changes.put("page", number == 1 ? null : String.valueOf(number));
        return with(changes);
    }

    /** aria-sort for a header: "ascending", "descending" or "none". */
    public String ariaSort(String key) {
        return !sort.equals(key) ? "none" : descending ? "descending" : "ascending";
    }
}
