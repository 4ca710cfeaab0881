package com.mentorplatform.api.synthetic;

/**
 * The words of the synthetic history: names that the demo's own people never have (so no generated
 * person shares a name with a demo login), and short texts for roadmaps, check-ins and journals.
 */
final class Texts {

    /** 80 first names and 79 last names: 81 and 79 share no factor, which keeps every name distinct. */
    static final String[] FIRST_NAMES = ("Adaeze Alejandro Anika Arjun Astrid Bilal Bruno Camille Chidi Clara Daniel "
            + "Daria Diego Ebony Emeka Emil Esther Fatima Felix Freya Gabriel Hana Hassan Helena Ibrahim Ida Isaac Jae "
            + "Jana Javier Julia Kai Karin Kenji Lara Leon Lucia Luka Malik Mateo Mei Mira Nadia Naveen Niamh Noah "
            + "Oscar Priya Rafael Ravi Rhea Ruben Sara Sebastian Sofia Stefan Tomas Uma Valentina Victor Yara Yuki "
            + "Zainab Zara Alba Boris Cyrus Dalia Eitan Femi Greta Hugo Ilse Joao Kofi Lena Milan Nina Omar Petra")
            .split(" ");
    static final String[] LAST_NAMES = ("Abara Achterberg Almeida Andersen Baptiste Becker Bianchi Brennan Castillo "
            + "Chen Cruz Dahl Delgado Dubois Eriksen Esposito Ferreira Fontaine Gallagher Garcia Gupta Hansen Hoffmann "
            + "Holm Iyer Jovanovic Kamau Keller Kim Kowalczyk Kumar Lambert Lee Lindqvist Lopez Madsen Mahlaba Martins "
            + "Meyer Mohammed Nakamura Nielsen Nowak Ortiz Ozturk Pereira Petrov Popescu Quaresma Ramos Richter Romero "
            + "Russo Santos Schneider Shah Singh Sokolov Suzuki Svensson Takahashi Thomsen Usman Vasquez Vogel Wagner "
            + "Weber Wright Yamamoto Yilmaz Zhang Ziegler Adeyemi Bauer Carvalho Dimitrov Eze Fernandes Gomez")
            .split(" ");

    /** The demo's departments, in a fixed order (moves shift an index into this list). */
    static final String[] DEPARTMENTS = {"Engineering", "Product", "Sales", "Marketing", "Finance", "People",
            "Operations"};

    static final String[] WITHDRAWAL_REASONS = {"Moved to a customer-facing role and no longer has time",
            "Parental leave starts during the cohort", "Asked to join a later cohort instead",
            "Project deadline clashes with the programme"};
    static final String[] PAIR_REASONS = {"Covers the mentee's largest competency gaps",
            "Two levels of seniority apart", "Different departments: cross-functional exposure",
            "Shared language and overlapping working hours", "Shared interests in the work",
            "The mentee asked for this mentor"};
    static final String[] ROADMAP_REASONS = {"I want more say in what the team builds",
            "I enjoy helping others grow and want to do more of it", "I want to work on harder, wider problems",
            "I want my work to be seen beyond my team"};

    /** Milestone title, expected outcome and criteria, by topic (the same index in each list). */
    static final String[] MILESTONE_TITLES = {"Lead a design review end to end", "Own a quarter's plan for the team",
            "Present the team's results to senior leaders", "Coach a new joiner through their first months",
            "Run a cross-team project", "Write the proposal that decides a direction",
            "Build the measure the team steers by", "Handle a difficult stakeholder conversation",
            "Deliver a project on time and on budget", "Give structured feedback every week",
            "Shape the team's strategy for next year", "Represent the team in a company forum"};
    static final String[] MILESTONE_OUTCOMES = {"A design others adopt", "A plan the team agrees to",
            "Leaders who understand what the team achieved", "A new joiner who works independently",
            "Two teams delivering together", "A decision made on the proposal", "A metric reviewed every week",
            "An agreement both sides keep", "A project delivered as promised", "Teammates who ask for feedback",
            "A strategy the team can explain", "The team's view heard in the forum"};
    static final String[] MILESTONE_CRITERIA = {"The review happened and its decisions were recorded",
            "The plan was agreed and tracked for the quarter", "The presentation took place and questions were answered",
            "The new joiner's lead confirms they are independent", "Both teams' leads confirm the project delivered",
            "The proposal was decided on", "The measure is on the team's dashboard",
            "The stakeholder confirms the agreement", "Delivered within the agreed date and budget",
            "Feedback given in at least eight weekly one-to-ones", "The strategy was presented and adopted",
            "Spoke for the team in the forum twice"};

    /** Experiment objective, kind and success metric, by idea (the same index in each list). */
    static final String[] EXPERIMENT_OBJECTIVES = {"Run the team's design review for a month",
            "Take a course in stakeholder management", "Work two weeks alongside another team",
            "Lead the next incident review", "Write a weekly summary for leadership", "Mentor an intern"};
    static final String[] EXPERIMENT_KINDS = {"PROJECT", "TRAINING", "CROSS_FUNCTIONAL", "STRETCH_ASSIGNMENT",
            "OTHER", "STRETCH_ASSIGNMENT"};
    static final String[] EXPERIMENT_METRICS = {"Reviews run", "Course modules completed", "Days embedded",
            "Reviews led", "Summaries sent", "Sessions held"};

    static final String[] CHECK_IN_NOTES = {"Went through the milestone board and agreed next steps",
            "Talked about the promotion round and what evidence to gather",
            "Reviewed the experiment and decided to extend it by two weeks",
            "Prepared for the stakeholder meeting next week", "Discussed how to say no to side requests",
            "Looked back at the quarter: good progress on planning", "Practised the presentation together",
            "Agreed to focus on one milestone until the next check-in"};
    static final String[] OBSERVATIONS = {"You summarised the trade-offs clearly in the review",
            "You waited for others to speak first in the planning meeting",
            "The proposal draft jumped straight into the solution"};
    static final String[] IMPACTS = {"The team decided in one meeting instead of three",
            "Your view, which was the right one, came too late to change the plan",
            "Readers could not see which problem it solved"};
    static final String[] SUGGESTIONS = {"Do the same in next week's architecture forum",
            "Share your view in the first ten minutes next time", "Start with the problem and the options"};

    static final String[] JOURNAL_TITLES = {"What I learned from the review", "A hard conversation went well",
            "Planning the quarter", "Feedback I received", "Why the experiment stalled", "Presenting to leadership"};
    static final String[] JOURNAL_BODIES = {
            "Asked for input earlier this time and the review went faster. Next: write the decision log myself.",
            "Prepared the three points I needed to make and listened first. We agreed on a smaller scope.",
            "Drafted the plan and checked it against the team's capacity; cut two items to keep it honest.",
            "My mentor pointed out that I hedge when I am unsure. Trying to say what I think, then why.",
            "The experiment needed time I did not have this month. Moving it after the release.",
            "Kept it to five slides and one ask. The questions were about the ask, which is what I wanted."};

    /** Evidence kind, title and impact, by idea (the same index in each list); no files. */
    static final String[] EVIDENCE_KINDS = {"DASHBOARD", "CASE_STUDY", "DOCUMENTED_OUTCOME", "LINK"};
    static final String[] EVIDENCE_TITLES = {"Team delivery dashboard", "Case study: the migration project",
            "Outcome: planning process adopted", "Design review notes"};
    static final String[] EVIDENCE_IMPACTS = {"Shows delivery predictability rising over the quarter",
            "Led the migration across two teams with no downtime",
            "The planning process I proposed is now used by three teams",
            "Decisions from the review I led, adopted by the team"};

    static final String[] FLAG_NOTES = {"Ready for a bigger scope: consider for the next promotion round",
            "Would thrive leading the next cross-team project", "Ready to present to the leadership team",
            "Strong candidate for the team lead opening"};

    private Texts() {
    }
}
