package com.mentorplatform.api.people.imports;

import com.mentorplatform.api.database.TimeOrderedIds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a whole file against the directory and works out what it would change. Rows are keyed by
 * e-mail (case-insensitive); managers may be anyone in the file, in any order, or in the directory.
 */
final class ImportPlanner {

    private final ParsedFile file;
    private final Map<String, ExistingPerson> directory = new HashMap<>();
    private final Map<String, UUID> idByEmail = new HashMap<>();
    private final List<ImportProblem> problems;
    private final Set<Integer> badLines = new HashSet<>();

    private ImportPlanner(ParsedFile file, List<ExistingPerson> existing) {
        this.file = file;
        this.problems = new ArrayList<>(file.problems());
        existing.forEach(p -> directory.put(key(p.email()), p));
    }

    static ImportPlan plan(ParsedFile file, List<ExistingPerson> existing) {
        return new ImportPlanner(file, existing).plan();
    }

    private ImportPlan plan() {
        List<PersonRow> rows = uniqueValidRows();
        Map<UUID, UUID> managerOf = new HashMap<>();
        directory.values().forEach(p -> managerOf.put(p.id(), p.managerId()));
        List<ImportPlan.Planned> planned = new ArrayList<>(rows.size());
        for (PersonRow row : rows) {
            UUID id = idByEmail.get(key(row.email()));
            UUID managerId = manager(row, id);
            managerOf.put(id, managerId);
            planned.add(new ImportPlan.Planned(row, id, managerId, directory.get(key(row.email()))));
        }
        Set<UUID> cyclic = ManagerCycles.find(managerOf, planned.stream().map(ImportPlan.Planned::id).toList());
        planned.stream().filter(p -> cyclic.contains(p.id()))
                .forEach(p -> problem(p.row().line(), Column.MANAGER_EMAIL, "makes a reporting cycle"));
        return diff(planned);
    }

    /** Rows that passed their own checks, without second occurrences of an e-mail; gives every e-mail its id. */
    private List<PersonRow> uniqueValidRows() {
        Map<String, Integer> firstLine = new HashMap<>();
        List<PersonRow> rows = new ArrayList<>(file.rows().size());
        for (ParsedFile.RawRow raw : file.rows()) {
            Optional<String> key = RowChecks.emailKey(raw);
            if (key.isPresent() && firstLine.containsKey(key.get())) {
                problem(raw.line(), Column.EMAIL, "appears again: first on line " + firstLine.get(key.get()));
                continue;
            }
            key.ifPresent(k -> {
                firstLine.put(k, raw.line());
                ExistingPerson existing = directory.get(k);
                idByEmail.put(k, existing == null ? TimeOrderedIds.next() : existing.id());
            });
            int before = problems.size();
            RowChecks.check(raw, problems).ifPresent(rows::add);
            if (problems.size() > before) {
                badLines.add(raw.line());
            }
        }
        return rows;
    }

    private UUID manager(PersonRow row, UUID id) {
        if (row.managerEmail() == null) {
            return null;
        }
        String key = key(row.managerEmail());
        UUID managerId = idByEmail.get(key);
        if (managerId == null && directory.containsKey(key)) {
            managerId = directory.get(key).id();
        }
        if (managerId == null) {
            problem(row.line(), Column.MANAGER_EMAIL, "names nobody in the file or the directory");
        } else if (managerId.equals(id)) {
            problem(row.line(), Column.MANAGER_EMAIL, "is the person themselves");
            return null;
        }
        return managerId;
    }

    private ImportPlan diff(List<ImportPlan.Planned> planned) {
        boolean setsLanguage = file.columns().contains(Column.LANGUAGE);
        boolean setsTimeZone = file.columns().contains(Column.TIME_ZONE);
        List<ImportPlan.Planned> creates = new ArrayList<>();
        List<ImportPlan.Planned> updates = new ArrayList<>();
        int unchanged = 0;
        for (ImportPlan.Planned p : planned) {
            if (badLines.contains(p.row().line())) {
                continue;
            }
            if (p.before() == null) {
                creates.add(p);
            } else if (changes(p, setsLanguage, setsTimeZone)) {
                updates.add(p);
            } else {
                unchanged++;
            }
        }
        problems.sort(Comparator.comparingInt(ImportProblem::line));
        return new ImportPlan(file.rows().size(), creates, updates, unchanged, problems, setsLanguage, setsTimeZone);
    }

    private static boolean changes(ImportPlan.Planned p, boolean setsLanguage, boolean setsTimeZone) {
        PersonRow r = p.row();
        ExistingPerson b = p.before();
        return !r.email().equals(b.email()) || !r.displayName().equals(b.displayName())
                || !Objects.equals(r.department(), b.department()) || !Objects.equals(r.location(), b.location())
                || !Objects.equals(r.jobTitle(), b.jobTitle()) || !Objects.equals(r.level(), b.level())
                || !Objects.equals(p.managerId(), b.managerId()) || !Objects.equals(r.hiredOn(), b.hiredOn())
                || !Objects.equals(r.leftOn(), b.leftOn())
                || setsLanguage && !Objects.equals(r.language(), b.language())
                || setsTimeZone && !Objects.equals(r.timeZone(), b.timeZone());
    }

    private void problem(int line, Column column, String message) {
        problems.add(new ImportProblem(line, column.header, message));
        badLines.add(line);
    }

    private static String key(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
