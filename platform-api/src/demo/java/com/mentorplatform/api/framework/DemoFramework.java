package com.mentorplatform.api.framework;

import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.seeding.DemoWorld.Framework;
import com.mentorplatform.api.seeding.DemoWorld.RoleProfile;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A starter competency framework: twelve competencies in four categories and seven role profiles. Named, as the
 * scale command seeds it alone ({@code demo.ScaleTenant}).
 */
@Singleton
@Named("framework")
class DemoFramework implements DemoStep {

    /** Category, name, description, and the five level descriptors separated by " | ". */
    private static final String[][] COMPETENCIES = {
            {"Craft", "Technical depth", "Knows the tools and systems of the trade in depth.",
                    "Uses the team's tools with guidance | Works independently in familiar areas | Is the go-to person for one area | Is an expert across several areas | Sets technical direction for the organisation"},
            {"Craft", "System design", "Shapes systems that are simple, robust and able to change.",
                    "Follows existing designs | Designs small components | Designs services end to end | Designs across teams and systems | Defines the architecture of the platform"},
            {"Craft", "Code quality", "Writes and reviews work that others can read, test and change.",
                    "Writes working code with help | Writes tested, readable code | Raises the bar in reviews | Sets quality practices for the team | Shapes engineering standards company-wide"},
            {"Craft", "Data literacy", "Reads, questions and uses data to decide.",
                    "Reads prepared reports | Answers questions with existing data | Designs metrics and analyses | Builds the team's measurement approach | Makes data central to strategy"},
            {"Delivery", "Planning and prioritisation", "Decides what matters most and plans the way there.",
                    "Plans own tasks | Plans a feature with the team | Plans a quarter for the team | Balances priorities across teams | Sets priorities for the organisation"},
            {"Delivery", "Execution", "Gets work finished, predictably and well.",
                    "Finishes assigned tasks | Delivers features reliably | Delivers projects on time | Delivers programmes across teams | Builds an organisation that delivers"},
            {"Delivery", "Stakeholder management", "Understands and aligns the people with a stake in the work.",
                    "Keeps own lead informed | Works well with close partners | Manages expectations of a project's stakeholders | Aligns senior stakeholders across functions | Trusted partner of the executive team"},
            {"Leadership", "People leadership", "Builds teams where people do their best work.",
                    "Supports teammates | Onboards and helps new joiners | Leads a small team day to day | Leads managers or a large team | Shapes how the company leads people"},
            {"Leadership", "Coaching and feedback", "Helps others grow through coaching and honest feedback.",
                    "Asks for feedback | Gives useful feedback to peers | Coaches individuals regularly | Builds a coaching culture in the team | Develops leaders across the organisation"},
            {"Leadership", "Strategic thinking", "Connects today's work to where the organisation is heading.",
                    "Understands the team's goals | Connects own work to team strategy | Shapes the team's strategy | Shapes strategy across a function | Sets company-level strategy"},
            {"Communication", "Written communication", "Writes clearly for the reader and the purpose.",
                    "Writes clear messages | Writes clear documents for the team | Writes proposals that decide things | Writes for senior and wide audiences | Sets the tone of company communication"},
            {"Communication", "Influencing", "Moves decisions forward without relying on authority.",
                    "Shares views when asked | Persuades peers with evidence | Influences decisions across teams | Influences senior leaders | Influences the industry"},
    };

    /** Name, family, career level, and the required levels as "Competency=level" separated by ", ". */
    private static final String[][] ROLE_PROFILES = {
            {"Software Engineer II", "Engineering", "4",
                    "Technical depth=2, Code quality=3, System design=2, Execution=3, Written communication=2"},
            {"Senior Engineer", "Engineering", "5",
                    "Technical depth=4, Code quality=4, System design=3, Execution=4, Coaching and feedback=3, Written communication=3"},
            {"Staff Engineer", "Engineering", "6",
                    "Technical depth=5, System design=5, Strategic thinking=4, Influencing=4, Coaching and feedback=4, Written communication=4"},
            {"Engineering Manager", "Engineering", "6",
                    "People leadership=4, Coaching and feedback=4, Planning and prioritisation=4, Stakeholder management=4, Technical depth=3"},
            {"Product Manager", "Product", "5",
                    "Planning and prioritisation=3, Stakeholder management=3, Data literacy=3, Written communication=3, Influencing=3"},
            {"Senior Product Manager", "Product", "6",
                    "Planning and prioritisation=4, Stakeholder management=4, Strategic thinking=4, Data literacy=4, Influencing=4, Written communication=4"},
            {"Data Analyst", "Data", "4",
                    "Data literacy=3, Technical depth=2, Written communication=2, Stakeholder management=2"},
    };

    private final CompetencyService competencies;
    private final RoleProfileService roleProfiles;

    DemoFramework(CompetencyService competencies, RoleProfileService roleProfiles) {
        this.competencies = competencies;
        this.roleProfiles = roleProfiles;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void seed(DemoWorld world) {
        Map<String, UUID> ids = new LinkedHashMap<>();
        for (String[] c : COMPETENCIES) {
            CompetencyRequest request = new CompetencyRequest(c[1], c[0], c[2], Arrays.asList(c[3].split(" \\| ")));
            ids.put(c[1], competencies.create(world.admin(), world.valid(request)).id());
        }
        List<RoleProfile> roles = Arrays.stream(ROLE_PROFILES).map(p -> role(world, ids, p)).toList();
        world.put(DemoWorld.FRAMEWORK, new Framework(Collections.unmodifiableMap(ids), roles));
    }

    private RoleProfile role(DemoWorld world, Map<String, UUID> ids, String[] profile) {
        Map<UUID, Integer> required = new LinkedHashMap<>();
        for (String requirement : profile[3].split(", ")) {
            String[] nameAndLevel = requirement.split("=");
            required.put(ids.get(nameAndLevel[0]), Integer.parseInt(nameAndLevel[1]));
        }
        List<RoleProfileRequest.Requirement> requirements = required.entrySet().stream()
                .map(e -> new RoleProfileRequest.Requirement(e.getKey(), e.getValue())).toList();
        String description = "What a " + profile[0] + " (level " + profile[2] + ") is expected to show.";
        RoleProfileRequest request = new RoleProfileRequest(profile[0], profile[1], Integer.parseInt(profile[2]),
                description, requirements);
        UUID id = roleProfiles.create(world.admin(), world.valid(request)).id();
        return new RoleProfile(id, profile[0], profile[1], Collections.unmodifiableMap(required));
    }
}
