package com.mentorplatform.ui.profile;

import com.mentorplatform.ui.api.Role;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What each kind of mail is called on the profile page, in the order shown, and who it can reach: a kind only a
 * mentor, mentee or programme manager ever gets is offered to them only. A kind the console does not know yet is
 * shown to everyone under its name.
 */
final class MailKindLabels {

    private record Kind(String name, String label, Set<Role> reaches) {
    }

    private static final Set<Role> PAIRED = Set.of(Role.MENTOR, Role.MENTEE);

    private static final List<Kind> KINDS = List.of(
            new Kind("PAIR_ACTIVE", "My mentoring pair starts", PAIRED),
            new Kind("PAIR_ENDED", "My mentoring pair ends", PAIRED),
            new Kind("CHECK_IN_INVITATION", "Calendar invitations for check-ins", PAIRED),
            new Kind("PAIR_OVERDUE", "Our check-ins fall behind the cohort's rhythm", PAIRED),
            new Kind("SURVEY_DUE", "A survey about my mentoring waits for my answer", PAIRED),
            new Kind("MILESTONE_REACHED", "My mentee reaches a milestone", Set.of(Role.MENTOR)),
            new Kind("MILESTONE_ENDORSED", "My mentor endorses a milestone", Set.of(Role.MENTEE)),
            new Kind("MILESTONE_SENT_BACK", "My mentor sends a milestone back", Set.of(Role.MENTEE)),
            new Kind("SPONSORSHIP_FLAGGED", "My mentor flags me for sponsorship", Set.of(Role.MENTEE)),
            new Kind("WEEKLY_DIGEST", "Weekly digest of my programmes", Set.of(Role.PROGRAMME_MANAGER)));

    private MailKindLabels() {
    }

    /** The kinds among {@code offered} that can reach someone with these roles, in the order shown. */
    static List<String> forRoles(Collection<String> offered, Collection<Role> roles) {
        List<String> known = KINDS.stream().map(Kind::name).filter(offered::contains)
                .filter(name -> find(name).map(k -> k.reaches().stream().anyMatch(roles::contains)).orElse(true))
                .toList();
        List<String> unknown = offered.stream().filter(name -> find(name).isEmpty()).sorted().toList();
        return Stream.concat(known.stream(), unknown.stream()).toList();
    }

    static String of(String kind) {
        return find(kind).map(Kind::label).orElse(kind);
    }

    private static Optional<Kind> find(String name) {
        return KINDS.stream().filter(k -> k.name().equals(name)).findFirst();
    }
}
