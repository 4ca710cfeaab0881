package com.mentorplatform.api.checkins;

import java.util.List;

/**
 * What the demo check-ins say: pools of notes, feedback and actions that any pair's history draws
 * from, and the whole story of the demo mentee's pair (in acme Tara Tanaka, a product analyst, with
 * Kemi Osei, the demo mentor), told in full. In every text {@value #MENTEE} stands for the mentee's first name.
 */
final class DemoCheckInTexts {

    static final String MENTEE = "{mentee}";

    private DemoCheckInTexts() {
    }

    /** An agreed action: who owns it, what, due this many days after the check-in, and whether it got done. */
    record Act(boolean menteeOwns, String description, int dueInDays, boolean done) {
    }

    /**
     * One conversation: held {@code daysFromToday} days ago (negative) or scheduled ahead (positive),
     * logged by the mentee or the mentor, perhaps with the logger's own private note.
     */
    record Meeting(int daysFromToday, int minutes, String agenda, String notes, List<String> feedback, Integer rating,
                   List<Act> actions, boolean byMentee, String privateNote) {

        /** The meeting with the mentee's first name put into its texts. */
        Meeting naming(String menteeFirstName) {
            return new Meeting(daysFromToday, minutes, agenda, named(notes, menteeFirstName), feedback, rating,
                    actions.stream().map(a -> new Act(a.menteeOwns(), named(a.description(), menteeFirstName),
                            a.dueInDays(), a.done())).toList(), byMentee, named(privateNote, menteeFirstName));
        }

        private static String named(String text, String firstName) {
            return text == null ? null : text.replace(MENTEE, firstName);
        }

        /** The same meeting logged by the mentee or the mentor, with that person's private note. */
        Meeting withNote(boolean loggedByMentee, String note) {
            return new Meeting(daysFromToday, minutes, agenda, notes, feedback, rating, actions, loggedByMentee, note);
        }
    }

    static final List<String> AGENDAS = List.of(
            "Progress on the stretch project; what got in the way; next two weeks",
            "Feedback from the last review; one thing to try before we meet again",
            "Stakeholder map for the new initiative; who to meet first",
            "Career conversation: where the next year could lead",
            "Preparing the quarterly presentation; structure and story",
            "Time management: what to stop doing to make room for growth");

    static final List<String> NOTES = List.of(
            "Walked through the project plan. The first milestone is on track; the data migration is the risk.",
            "Discussed how the last design review went and what the feedback really meant.",
            "Mapped the stakeholders for the initiative. Two of them have not been involved yet.",
            "Talked about the difference between being busy and making progress; picked one focus for the month.",
            "Rehearsed the opening of the quarterly presentation; the story is clearer when it starts with the customer.",
            "Reviewed the reading list and agreed which chapter is most useful right now.",
            "Looked back at the last month: more confident in meetings, still saying yes to too much.",
            "Explored a cross-team assignment with the platform group; it would stretch planning skills.");

    /** Observation, impact and suggestion: specific, about behaviour, and about what to do next. */
    static final List<List<String>> FEEDBACK = List.of(
            List.of("You opened the planning meeting by restating the goal in one sentence.",
                    "The discussion stayed on the decision and finished ten minutes early.",
                    "Do the same in the cross-team sync, where the goal is less obvious."),
            List.of("Your written update listed tasks but not the decision you needed.",
                    "Two readers replied with questions instead of approving.",
                    "Lead the next update with the decision and the deadline for it."),
            List.of("You asked the quietest person in the room for their view.",
                    "Their concern changed the rollout plan for the better.",
                    "Keep doing it, and follow up in writing so the idea keeps its owner."),
            List.of("You took on the extra analysis without asking what could move.",
                    "The main deliverable slipped by three days.",
                    "Next time, name the trade-off and let your lead choose."),
            List.of("You prepared the data before the stakeholder meeting and shared it a day early.",
                    "The meeting spent its time on options rather than on facts.",
                    "Try the same preparation for the steering group next month."),
            List.of("You summarised the disagreement fairly before giving your own view.",
                    "The other team felt heard and agreed to the compromise.",
                    "Use this when the budget discussion starts in the autumn."));

    /** Actions: true when the mentee usually owns it; whether one got done is decided by each pair's history. */
    static final List<Act> ACTIONS = List.of(
            new Act(true, "Draft a one-page proposal for the reporting change", 10, false),
            new Act(true, "Ask two stakeholders for feedback on the plan", 7, false),
            new Act(false, "Introduce to the platform team lead", 7, false),
            new Act(true, "Read the chapter on giving feedback and note one idea to try", 14, false),
            new Act(true, "Block two focus mornings a week in the calendar", 7, false),
            new Act(false, "Share the example of a good decision document", 5, false),
            new Act(true, "Run the retro for the team and collect three actions", 12, false),
            new Act(true, "Write the project update leading with the decision needed", 7, false));

    static final List<String> MENTOR_PRIVATE_NOTES = List.of(
            "Seems more stretched than they let on; check in on workload next time.",
            "Ready for a bigger assignment sooner than planned; mention to their manager carefully.",
            "Avoided the topic of the reorg; do not push, offer space.");

    static final List<String> MENTEE_PRIVATE_NOTES = List.of(
            "I want to ask about moving teams but not yet.",
            "Felt nervous before this one; it went better than I feared.",
            "Remember to thank them for the introduction.");

    /** The demo mentee's pair: five held check-ins over ten weeks and one next week. */
    static final List<Meeting> DEMO_PAIR = List.of(
            new Meeting(-70, 60, "Getting to know each other; goals for the cohort; how we work together",
                    "Agreed to meet every two weeks for an hour. {mentee} wants to grow towards product management within "
                            + "a year; the biggest gap is stakeholder management. We will use the reporting project as "
                            + "the practice ground.",
                    List.of(), 2,
                    List.of(new Act(true, "Write down three goals for the cohort and share them", 7, true),
                            new Act(false, "Send the stakeholder-mapping template", 3, true)),
                    false, "{mentee} undersells their analysis work; show them it is product work."),
            new Meeting(-56, 45, "Goals for the cohort; first stakeholder map for the reporting project",
                    "Reviewed {mentee}'s goals: lead a small initiative end to end, run a stakeholder meeting alone, and "
                            + "write a proposal that gets a decision. Drew the stakeholder map; finance is missing.",
                    List.of("You brought a finished stakeholder map rather than a blank page.",
                            "We spent the hour on what to do with it, not on drawing it.",
                            "Bring the same preparation to your first meeting with finance."), 3,
                    List.of(new Act(true, "Book a first meeting with the finance lead", 7, true)),
                    false, null),
            new Meeting(-42, 45, "The finance meeting; what went well and what to change",
                    "{mentee} ran the finance meeting alone. Finance agreed to share monthly figures; the open question "
                            + "is who owns the report afterwards.",
                    List.of("You opened the finance meeting by asking what they needed from the report.",
                            "They offered the monthly figures before you asked for them.",
                            "Open the next stakeholder meeting the same way, then state the decision you need."), 3,
                    List.of(new Act(true, "Draft a one-page proposal on report ownership", 10, true),
                            new Act(false, "Introduce {mentee} to the platform team lead", 7, true)),
                    true, "I was nervous before the finance meeting; it went better than I feared."),
            new Meeting(-28, 60, "The ownership proposal; feedback before it goes to the steering group",
                    "Went through the proposal line by line. It is clear but buries the decision on page two. "
                            + "{mentee} will lead with the decision and the deadline.",
                    List.of("Your proposal explained the options thoroughly before the recommendation.",
                            "A busy reader would stop before reaching what you need from them.",
                            "Put the decision and the deadline in the first three lines."), 4,
                    List.of(new Act(true, "Rewrite the proposal leading with the decision", 5, true),
                            new Act(true, "Ask the platform team lead for a second read", 7, false)),
                    false, null),
            new Meeting(-13, 45, "Steering group outcome; what the cohort's second half should focus on",
                    "The steering group approved the proposal; {mentee} owns the rollout. Next focus: planning a quarter "
                            + "for a small team, with a shadowing day in the platform team's planning.",
                    List.of("You answered the steering group's hardest question with the numbers from finance.",
                            "The decision was made in the meeting instead of being deferred.",
                            "Prepare the rollout plan with the same evidence for each risk."), 4,
                    List.of(new Act(true, "Draft the rollout plan with risks and owners", 14, false),
                            new Act(false, "Arrange a shadowing day at the platform team's quarterly planning", 10, false)),
                    false, "Ready for a bigger assignment sooner than planned; raise sponsorship with HR after the rollout."),
            new Meeting(7, 45, "Rollout plan review; the shadowing day; mid-cohort reflection", null, List.of(), null,
                    List.of(), false, null));
}
